/**
 * The static server the search benchmark measures against: like a production host (nginx with
 * `gzip on` for text and long caching of hashed files) or like a bare one, per option, so that
 * compressed transfer and a warm HTTP cache (Pagefind prefetched) can be measured as levers.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../../tests/support/static-server.ts';

export interface BenchServerOptions {
  /** gzip text responses (HTML, JS, CSS, JSON, SVG) when the browser accepts it. */
  compress: boolean;
  /** Let the browser cache /pagefind/ and /_astro/ files (hashed names, except pagefind*.js). */
  cache: boolean;
}

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

export async function startBenchServer(root: string, options: BenchServerOptions): Promise<BenchServer> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let target = resolve(base, '.' + decodeURIComponent(url.pathname));
      if (target !== base && !target.startsWith(base + sep)) return void res.writeHead(403).end();
      let info = await stat(target).catch(() => null);
      if (info?.isDirectory()) {
        target = join(target, 'index.html');
        info = await stat(target).catch(() => null);
      }
      if (!info?.isFile()) return void res.writeHead(404).end();
      const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      const cacheable = options.cache && /^\/(pagefind|_astro)\//.test(url.pathname);
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': cacheable ? 'public, max-age=3600' : 'no-store',
      };
      let body: Buffer = await readFile(target);
      if (options.compress && TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        let zipped = gzipped.get(target);
        if (!zipped) gzipped.set(target, (zipped = gzipSync(body, { level: 6 })));
        body = zipped;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers).end(body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
