import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { makeDist, page } from '../support/fixture.ts';

const fx = makeDist({
  'index.html': page('<h1>Trang chủ</h1>'),
  'tin-tuc/bai-mot/index.html': page('<h1>Bài một</h1>'),
  'tin-tuc/khong-co-index/anh.jpg': Buffer.from([0xff, 0xd8, 0xff]),
  '404.html': page('<h1>Không tìm thấy trang</h1>', '404'),
  '_astro/site.css': 'body{}',
  '_astro/app.js': 'void 0',
  'rss.xml': '<rss/>',
  'data.json': '{}',
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'f.woff2': 'x',
  'a.avif': 'x',
  'a.webp': 'x',
  'a.png': 'x',
  'robots.txt': 'User-agent: *',
});
// A file outside the served root: traversal must never reach it.
const secret = makeDist({ 'secret.txt': 'TOP SECRET' });

let srv: StaticServer;
beforeAll(async () => {
  srv = await startStaticServer(fx.dir);
});
afterAll(async () => {
  await srv.close();
  fx.cleanup();
  secret.cleanup();
});

const get = (path: string, init?: RequestInit) =>
  fetch(new URL(path, srv.url), { redirect: 'manual', ...init });

describe('static server', () => {
  it('listens on 127.0.0.1 with a random port', () => {
    expect(srv.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves / and /a/b/ from index.html', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('Trang chủ');
    const article = await get('/tin-tuc/bai-mot/');
    expect(article.status).toBe(200);
    expect(await article.text()).toContain('Bài một');
  });

  it('redirects a folder without trailing slash (301), keeping the query', async () => {
    const r = await get('/tin-tuc/bai-mot?x=1');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/tin-tuc/bai-mot/?x=1');
  });

  it('answers 404 with the body of 404.html for missing paths', async () => {
    for (const path of ['/khong-ton-tai/', '/khong-ton-tai', '/tin-tuc/khong-co-index/', '/robots.txt/']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await r.text()).toContain('Không tìm thấy trang');
    }
  });

  it('blocks path traversal', async () => {
    const rel = `../${secret.dir.split('/').pop()}/secret.txt`;
    for (const path of [
      `/${rel}`,
      `/%2e%2e/${rel.slice(3)}`,
      `/..%2f..%2f..${secret.dir}/secret.txt`,
      `/%2e%2e%2f%2e%2e%2f%2e%2e${secret.dir}/secret.txt`,
    ]) {
      // Raw request paths: fetch() would normalise `..` away before sending.
      const r = await rawGet(path);
      expect(r.status, path).not.toBe(200);
      expect(r.body, path).not.toContain('TOP SECRET');
    }
  });

  it('sends correct content types', async () => {
    const types: Record<string, string> = {
      '/_astro/site.css': 'text/css',
      '/_astro/app.js': 'text/javascript',
      '/rss.xml': 'application/xml',
      '/data.json': 'application/json',
      '/logo.svg': 'image/svg+xml',
      '/f.woff2': 'font/woff2',
      '/a.avif': 'image/avif',
      '/a.webp': 'image/webp',
      '/tin-tuc/khong-co-index/anh.jpg': 'image/jpeg',
      '/a.png': 'image/png',
      '/robots.txt': 'text/plain',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')?.split(';')[0], path).toBe(type);
    }
  });

  it('answers HEAD without a body', async () => {
    const r = await get('/', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(Number(r.headers.get('content-length'))).toBeGreaterThan(0);
  });
});

import { request } from 'node:http';
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const u = new URL(srv.url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}
