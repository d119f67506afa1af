import { describe, expect, it } from 'vitest';
import {
  inNewsWindow,
  newsSitemapXml,
  robotsTxt,
  SITEMAP_ENTRY_LIMIT,
  sitemapFilter,
  sitemapIndexXml,
  sitemapXml,
} from '../../src/lib/sitemap.ts';

describe('sitemaps and robots', () => {
  const now = new Date('2026-06-01T00:00:00+07:00');
  it('the news window is the two days before the build, never the future', () => {
    expect(inNewsWindow(new Date('2026-05-30T00:00:00+07:00'), now)).toBe(true);
    expect(inNewsWindow(new Date('2026-05-29T23:59:00+07:00'), now)).toBe(false);
    expect(inNewsWindow(new Date('2026-06-01T00:01:00+07:00'), now)).toBe(false);
  });
  it('escapes titles in the news sitemap', () => {
    const xml = newsSitemapXml(
      [{ url: 'https://a/x/', title: 'A & <b>\u0001', published: now }],
      'Ủy ban Dân tộc',
    );
    expect(xml).toContain('<news:title>A &amp; &lt;b&gt;</news:title>');
    expect(xml).toContain('<news:publication_date>2026-06-01T00:00:00+07:00</news:publication_date>');
  });
  it('excludes the 404 page and the browser editor only', () => {
    expect(sitemapFilter('https://a/404/')).toBe(false);
    expect(sitemapFilter('https://a/404.html')).toBe(false);
    expect(sitemapFilter('https://a/admin/')).toBe(false);
    expect(sitemapFilter('https://a/tin-tuc/404-nguoi/')).toBe(true);
  });
  it('writes sitemap files with lastmod in Vietnam time, escaped, and an index of them', () => {
    const xml = sitemapXml([
      { url: 'https://a/tin-tuc/x/?a=1&b=2', lastmod: now },
      { url: 'https://a/tim-kiem/' },
    ]);
    expect(xml).toContain(
      '<url><loc>https://a/tin-tuc/x/?a=1&amp;b=2</loc><lastmod>2026-06-01T00:00:00+07:00</lastmod></url>',
    );
    expect(xml).toContain('<url><loc>https://a/tim-kiem/</loc></url>');
    expect(sitemapIndexXml(['https://a/sitemap-0.xml'])).toContain(
      '<sitemap><loc>https://a/sitemap-0.xml</loc></sitemap>',
    );
    expect(SITEMAP_ENTRY_LIMIT).toBeLessThanOrEqual(50_000);
  });
  it('robots.txt points to both sitemaps', () => {
    expect(robotsTxt('https://a.vn', ['/sitemap-index.xml', '/sitemap-news.xml'])).toContain(
      'Sitemap: https://a.vn/sitemap-index.xml\nSitemap: https://a.vn/sitemap-news.xml',
    );
  });
});
