// Minimal static server for a built site (Astro `build.format: 'directory'`,
// `trailingSlash: 'always'`), close enough to a real host for browser tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Base URL with trailing slash, e.g. http://127.0.0.1:43210/ */
  url: string;
  close(): Promise<void>;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Serve `root` on 127.0.0.1 at a random free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);

  const sendFile = (res: ServerResponse, file: string, status: number, size: number, head: boolean) => {
    res.writeHead(status, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (head) res.end();
    else createReadStream(file).pipe(res);
  };

  const notFound = async (res: ServerResponse, head: boolean) => {
    const page = join(base, '404.html');
    const st = await statOrNull(page);
    if (st?.isFile()) return sendFile(res, page, 404, st.size, head);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(head ? undefined : 'Not found');
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const head = req.method === 'HEAD';
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      // Reject traversal: the WHATWG URL parser already collapses `..`, but encoded
      // `%2e%2e/` and backslashes survive decoding, so check the resolved path too.
      const target = resolve(base, '.' + pathname);
      if (pathname.includes('\0') || (target !== base && !target.startsWith(base + sep))) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
        return;
      }
      const st = await statOrNull(target);
      if (st?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          // Directory without slash: redirect like static hosts do for trailingSlash 'always'.
          res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
          return;
        }
        const index = join(target, 'index.html');
        const ist = await statOrNull(index);
        if (ist?.isFile()) return sendFile(res, index, 200, ist.size, head);
        return notFound(res, head);
      }
      if (st?.isFile() && !pathname.endsWith('/')) return sendFile(res, target, 200, st.size, head);
      return notFound(res, head);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
