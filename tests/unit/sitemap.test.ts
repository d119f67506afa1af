import { describe, expect, it } from 'vitest';
import { inNewsWindow, newsSitemapXml, robotsTxt, sitemapFilter } from '../../src/lib/sitemap.ts';

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
  it('excludes the 404 page only', () => {
    expect(sitemapFilter('https://a/404/')).toBe(false);
    expect(sitemapFilter('https://a/404.html')).toBe(false);
    expect(sitemapFilter('https://a/tin-tuc/404-nguoi/')).toBe(true);
  });
  it('robots.txt points to both sitemaps', () => {
    expect(robotsTxt('https://a.vn', ['/sitemap-index.xml', '/sitemap-news.xml'])).toContain(
      'Sitemap: https://a.vn/sitemap-index.xml\nSitemap: https://a.vn/sitemap-news.xml',
    );
  });
});
