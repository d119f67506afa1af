/**
 * Old portal addresses (legacy.url, legacy.paths in the fixture articles) keep working: the nginx
 * map the build generates answers 301 with the new URL — query-string addresses (?id=) included —,
 * `_redirects` lists the same for Netlify/Cloudflare Pages, and a static page at each old path
 * redirects browsers and search engines on hosts without server redirects.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { absoluteUrl, articlePath } from '../../src/lib/urls.ts';
import { loadPage } from '../support/html.ts';
import { request, startNginx, type Nginx } from '../support/nginx.ts';

const site = inject('site');
const KENH = articlePath('kenh-muong-xem-nhieu');
const UY_BAN = articlePath('uy-ban-cach-viet-cu');

let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx(site.dist);
});
afterAll(async () => {
  await nginx?.close();
});

const get = (target: string) => request(`${nginx.origin}${target}`);

describe('legacy redirects on nginx (generated map)', () => {
  const cases: [string, string][] = [
    ['/wps/portal/tintuc?id=4211', KENH], // legacy.url with its query string
    ['/Pages/kenh-muong-moi.aspx', KENH], // legacy.paths
    ['/Pages/kenh-muong-moi.aspx?utm_source=zalo', KENH], // a path-only address with a query added by a link
    [`/${encodeURIComponent('tin-cũ')}/${encodeURIComponent('kênh-mương.html')}`, KENH], // Vietnamese letters, as browsers send them
    ['/hoat-dong/uy-ban-lai-chau/', UY_BAN],
  ];
  for (const [from, to] of cases) {
    it(`${from} → 301 ${to}`, async () => {
      const response = await get(from);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(to);
      expect(response.headers['content-security-policy']).toBeTruthy();
      expect((await get(to)).status).toBe(200);
    });
  }

  it('another id of the old query-string page, and a draft’s old address, are plain 404s', async () => {
    expect((await get('/wps/portal/tintuc?id=4212')).status).toBe(404);
    // ban-nhap-thu-nghiem is a draft: its new URL does not exist, so no redirect either.
    expect((await get('/wps/portal/tintuc?id=9999')).status).toBe(404);
  });
});

describe('redirect files for other hosts', () => {
  it('_redirects: one 301 line per old path; query-string addresses only as comments', () => {
    const lines = readFileSync(path.join(site.dist, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`/Pages/kenh-muong-moi.aspx ${KENH} 301`);
    expect(lines).toContain(`/hoat-dong/uy-ban-lai-chau/ ${UY_BAN} 301`);
    expect(lines).toContain(`/tin-c%C5%A9/k%C3%AAnh-m%C6%B0%C6%A1ng.html ${KENH} 301`);
    expect(lines).toContain(`# /wps/portal/tintuc?id=4211 ${KENH}`);
    expect(lines.join('\n')).not.toContain('9999');
  });

  it('static pages at the old paths: meta refresh, canonical, a visible link, no script', () => {
    const pages = [
      ['Pages/kenh-muong-moi.aspx/index.html', KENH],
      ['tin-cũ/kênh-mương.html', KENH],
      ['hoat-dong/uy-ban-lai-chau/index.html', UY_BAN],
    ] as const;
    for (const [file, to] of pages) {
      const page = loadPage(site.dist, file);
      expect(page.one('meta[http-equiv="refresh"]').properties.content, file).toBe(`0; url=${to}`);
      expect(page.one('link[rel="canonical"]').properties.href, file).toBe(absoluteUrl(to, site.siteUrl));
      expect(page.one('meta[name="robots"]').properties.content, file).toBe('noindex');
      const link = page.one('main a');
      expect(link.properties.href, file).toBe(to);
      expect(page.text('main'), file).toContain('Bài viết này đã chuyển sang địa chỉ mới');
      expect(page.all('script'), file).toHaveLength(0);
      expect(page.html.includes('style='), file).toBe(false);
    }
    expect(loadPage(site.dist, pages[0][0]).text('h1')).toBe(
      'Kênh mương mới giúp bà con vùng cao (xem nhiều)',
    );
    // A query-string address cannot have a static page.
    expect(existsSync(path.join(site.dist, 'wps/portal/tintuc/index.html'))).toBe(false);
  });

  it('the build removed its intermediate list from the site', () => {
    expect(existsSync(path.join(site.dist, 'legacy-redirects.json'))).toBe(false);
  });
});
