/**
 * Debian's nginx serving a built site with the shipped configuration (deploy/nginx/), on a free
 * loopback port, for the nginx-* tests. Only the install paths of the shipped files are replaced
 * (site root, config folder, access log, listen port); each must be found, so a renamed path in
 * deploy/nginx/ fails here instead of silently testing another configuration.
 * scripts/ensure-nginx.sh installs nginx and the brotli module; a missing binary is an error.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';

export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so';
const DEPLOY_DIR = path.resolve(import.meta.dirname, '../../deploy/nginx');

/** The production paths written in deploy/nginx/*.conf. */
const SITE_ROOT = '/var/www/cema-news/current';
const CONF_DIR = '/etc/nginx/cema-news/';
const ACCESS_LOG = '/var/log/nginx/cema-news.access.log';

export interface Nginx {
  /** http://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  accessLog: string;
  /** Text nginx wrote to its error log so far (for failure messages). */
  errors(): string;
  close(): Promise<void>;
}

function replaceAll(text: string, from: string, to: string, file: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx/${file} no longer contains "${from}"`);
  return text.split(from).join(to);
}

/** deploy/nginx/<file> with its install paths pointed at this test's folders. */
function localised(file: string, dist: string, confDir: string, accessLog: string, port: number): string {
  let text = readFileSync(path.join(DEPLOY_DIR, file), 'utf8');
  if (text.includes(SITE_ROOT)) text = replaceAll(text, SITE_ROOT, dist, file);
  if (text.includes(CONF_DIR)) text = replaceAll(text, CONF_DIR, `${confDir}/`, file);
  if (file === 'cema-news.conf') {
    text = replaceAll(text, ACCESS_LOG, accessLog, file);
    text = replaceAll(text, '    listen 80;', `    listen 127.0.0.1:${port};`, file);
  }
  return text;
}

export async function startNginx(dist: string): Promise<Nginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `nginx not found at ${NGINX_PATH}: run \`bash scripts/ensure-nginx.sh\` (apt-get install nginx)`,
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cema-nginx-'));
  const confDir = path.join(dir, 'conf');
  mkdirSync(confDir);
  const port = await freePort();
  const accessLog = path.join(dir, 'access.log');
  const errorLog = path.join(dir, 'error.log');
  for (const file of ['cema-news.conf', 'headers.conf', 'static.conf']) {
    writeFileSync(path.join(confDir, file), localised(file, dist, confDir, accessLog, port));
  }
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  // Root's workers would run as "nobody", who cannot read the test's private temp folders.
  const user = process.getuid?.() === 0 ? 'user root root;' : '';
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : ''}
${user}
daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  access_log off;
  include ${path.join(confDir, 'cema-news.conf')};
}
`,
  );
  const args = ['-p', dir, '-e', errorLog, '-c', path.join(dir, 'nginx.conf')];
  const check = spawnSync(NGINX_PATH, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);

  const child: ChildProcess = spawn(NGINX_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const errors = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await request(`${origin}/robots.txt`);
      break;
    } catch (error) {
      if (child.exitCode !== null || attempt > 100) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not start: ${(error as Error).message}\n${errors()}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    accessLog,
    errors,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (still compressed when Content-Encoding says so). */
  body: Buffer;
}

/** One HTTP request, no redirect following, no decompression: what a client really receives. */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
