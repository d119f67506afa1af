// Static server for a built site (Astro `build.format: 'directory'`, `trailingSlash: 'always'`),
// close enough to a real host for browser tests: sirv serves the files (index.html for folders,
// HEAD, ranges, no path traversal); around it, what a static host adds — a 301 to the folder's
// URL with its slash, 404.html as the not-found page, and our content types.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** The types hosts send for the site's files (RSS as application/xml, HTML with its charset). */
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

const isDirectory = (path: string) =>
  stat(path).then(
    (st) => st.isDirectory(),
    () => false,
  );

/** Serve `root` on 127.0.0.1 at a random free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const notFound = async (res: import('node:http').ServerResponse, head: boolean) => {
    const page = await readFile(join(base, '404.html')).catch(() => undefined);
    res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']!, 'content-length': page?.length ?? 0 });
    res.end(head ? undefined : page);
  };
  const files = sirv(base, {
    dev: true, // no file list cached at start, and `cache-control: no-store`
    extensions: ['html'], // folder/ → folder/index.html
    setHeaders: (res, pathname) => {
      // A path without an extension was served from an .html file (folder/index.html, x.html).
      const type = CONTENT_TYPES[extname(pathname).toLowerCase() || '.html'];
      if (type) res.setHeader('content-type', type);
    },
  });

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
      const target = resolve(base, '.' + pathname);
      if (target !== base && !target.startsWith(base + sep)) return notFound(res, head);
      if (!pathname.endsWith('/') && (await isDirectory(target))) {
        res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
        return;
      }
      // A file asked for as a folder ("/robots.txt/") is not found, as on static hosts.
      if (pathname.endsWith('/') && pathname !== '/' && !(await isDirectory(target)))
        return notFound(res, head);
      files(req, res, () => void notFound(res, head));
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
