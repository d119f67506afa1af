/**
 * The shipped nginx configuration (deploy/nginx/) on Debian's nginx, serving the fixture site as
 * production would: cache headers per kind of file, precompressed brotli/gzip chosen by
 * Accept-Encoding, the strict CSP and the other security headers on every answer, a real 404
 * with the site's page, the trailing-slash 301, legacy redirects, deploy files kept private.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/deploy/headers.ts';
import { articlePath, categoryPath, tagPath } from '../../src/lib/urls.ts';
import { request, startNginx, type Nginx, type RawResponse } from '../support/nginx.ts';

const site = inject('site');
const ARTICLE = articlePath('kenh-muong-xem-nhieu');
const CSP = readFileSync(path.join(site.dist, '_deploy/csp.txt'), 'utf8').trim();

let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx(site.dist);
});
afterAll(async () => {
  await nginx?.close();
});

const get = (urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  request(`${nginx.origin}${urlPath}`, { headers, method });

function expectSecurityHeaders(response: RawResponse, what: string) {
  expect(response.headers['content-security-policy'], what).toBe(CSP);
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(response.headers['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(response.headers['x-frame-options'], what).toBe('DENY');
  // HSTS only over HTTPS: this server speaks plain HTTP.
  expect(response.headers['strict-transport-security'], what).toBeUndefined();
}

const firstFile = (dir: string, pattern: RegExp) => {
  const found = readdirSync(path.join(site.dist, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()[0];
  if (!found) throw new Error(`no ${pattern} under ${dir}`);
  return `/${dir}/${found.split(path.sep).join('/')}`;
};

describe('nginx with deploy/nginx/ serving the built site', () => {
  it('serves the strict CSP the build emitted, without unsafe-inline', () => {
    expect(CSP).toMatch(/^default-src 'self'; script-src 'self'/);
    expect(CSP).toContain("style-src 'self'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).not.toContain('unsafe-inline');
  });

  it('article page: 200, brotli for br clients, gzip for gzip-only ones, identity otherwise', async () => {
    const plain = readFileSync(path.join(site.dist, ARTICLE, 'index.html'));
    const br = await get(ARTICLE, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 2);
    expectSecurityHeaders(br, ARTICLE);

    const gz = await get(ARTICLE, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);

    const identity = await get(ARTICLE);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
  });

  it('HTML, feeds and sitemaps: short caching with revalidation (ETag → 304)', async () => {
    for (const urlPath of [
      '/',
      ARTICLE,
      categoryPath('tin-tong-hop'),
      '/rss.xml',
      '/sitemap-index.xml',
      '/sitemap-news.xml',
    ]) {
      const response = await get(urlPath, { 'Accept-Encoding': 'br' });
      expect(response.status, urlPath).toBe(200);
      expect(response.headers['cache-control'], urlPath).toBe(REVALIDATE);
      expectSecurityHeaders(response, urlPath);
      const etag = response.headers.etag;
      expect(etag, urlPath).toBeTruthy();
      const again = await get(urlPath, { 'Accept-Encoding': 'br', 'If-None-Match': etag! });
      expect(again.status, urlPath).toBe(304);
    }
    const feed = await get('/rss.xml', { 'Accept-Encoding': 'gzip' });
    expect(feed.headers['content-encoding']).toBe('gzip');
  });

  it('hashed assets (styles, scripts, photos, Pagefind chunks): a year, immutable', async () => {
    const assets = [
      firstFile('_astro', /\.css$/),
      firstFile('_astro', /\.js$/),
      firstFile('_astro', /\.(avif|webp|jpg)$/),
      firstFile('pagefind/fragment', /\.pf_fragment$/),
      firstFile('pagefind/index', /\.pf_index$/),
    ];
    for (const asset of assets) {
      const response = await get(asset, { 'Accept-Encoding': 'br, gzip' });
      expect(response.status, asset).toBe(200);
      expect(response.headers['cache-control'], asset).toBe(IMMUTABLE);
      expectSecurityHeaders(response, asset);
    }
    const css = await get(assets[0]!, { 'Accept-Encoding': 'br' });
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    // Pagefind's entry script is not hashed: revalidated like pages, but still precompressed.
    const entry = await get('/pagefind/pagefind.js', { 'Accept-Encoding': 'br' });
    expect(entry.headers['cache-control']).toBe(REVALIDATE);
    expect(entry.headers['content-encoding']).toBe('br');
  });

  it('a missing page is a real 404 with the site’s own 404 page and the security headers', async () => {
    const response = await get('/tin-tuc/khong-co-bai-nay/', { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(404);
    const html = brotliDecompressSync(response.body).toString('utf8');
    expect(html).toBe(readFileSync(path.join(site.dist, '404.html'), 'utf8'));
    expectSecurityHeaders(response, '404');
  });

  it('a page address without its slash is a 301 to the address with it (query kept)', async () => {
    for (const urlPath of [ARTICLE, tagPath('Thử nghiệm tìm kiếm'), '/tim-kiem/']) {
      const bare = urlPath.replace(/\/$/, '');
      const response = await get(bare);
      expect(response.status, bare).toBe(301);
      expect(response.headers.location, bare).toBe(urlPath);
    }
    const withQuery = await get('/tim-kiem?q=k%C3%AAnh');
    expect(withQuery.status).toBe(301);
    expect(withQuery.headers.location).toBe('/tim-kiem/?q=k%C3%AAnh');
  });

  it('never serves the deploy files the build leaves beside the site', async () => {
    for (const urlPath of ['/_deploy/redirects.map', '/_deploy/headers.conf', '/_headers', '/_redirects']) {
      expect((await get(urlPath)).status, urlPath).toBe(404);
    }
  });

  it('HEAD answers like GET without a body', async () => {
    const response = await get(ARTICLE, {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
    expect(response.headers['content-security-policy']).toBe(CSP);
  });
});
