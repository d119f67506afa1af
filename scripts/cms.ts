/**
 * The browser editor on this computer:
 *
 *   npm run cms            # decap-server (local backend) + astro dev; open http://localhost:4321/admin/
 *
 * The editor saves straight into content/ (or CEMA_CONTENT_DIR); review the change with
 * `git status` / `npm run check:content`, then commit. Ctrl+C stops both servers.
 * Options after `--` go to astro dev (e.g. `npm run cms -- --port 4322`).
 * CEMA_CMS_PROXY_MODE=git rehearses the editorial workflow offline: each article is committed on
 * its own branch (cms/news/<slug>) of this repository and merged when published.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { contentDir } from '../src/site.config.ts';
import { startCmsProxy } from './lib/cms-proxy.ts';
import { runMain } from './lib/main.ts';

async function main(args: string[]): Promise<number> {
  const mode = process.env.CEMA_CMS_PROXY_MODE === 'git' ? 'git' : 'fs';
  const proxy = await startCmsProxy(contentDir, Number(process.env.CEMA_CMS_PROXY_PORT) || undefined, mode);
  console.log(
    `✓ decap-server (kho nội dung: ${path.relative(process.cwd(), contentDir) || contentDir}) tại ${proxy.url}`,
  );
  const astro = path.join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
  const dev = spawn(process.execPath, [astro, 'dev', ...args], {
    stdio: 'inherit',
    env: { ...process.env, CEMA_CMS_PROXY_URL: proxy.url, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  console.log('→ Trình soạn thảo: http://localhost:4321/admin/ (Ctrl+C để dừng)');
  const stopDev = () => dev.kill('SIGTERM');
  process.once('SIGINT', stopDev);
  process.once('SIGTERM', stopDev);
  const code = await new Promise<number>((resolve) =>
    dev.once('exit', (c, signal) => resolve(signal ? 0 : (c ?? 1))),
  );
  await proxy.stop();
  return code;
}

runMain(import.meta.url, main, { label: 'Lỗi', exitCode: 1 });
