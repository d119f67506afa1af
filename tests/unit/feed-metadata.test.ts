/** JSON-LD that cannot break out of <script>, NewsArticle fields, sitemap helpers. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { breadcrumbList, jsonLd, newsArticle, truncateHeadline } from '../../src/lib/structured-data.ts';
import {
  inNewsWindow,
  newsSitemapXml,
  robotsTxt,
  SITEMAP_ENTRY_LIMIT,
  sitemapFilter,
  sitemapIndexXml,
  sitemapXml,
} from '../../src/lib/sitemap.ts';
import { feedHtml, absoluteSrcset } from '../../src/lib/feed/html.ts';

const publisher = {
  name: 'Ủy ban Dân tộc',
  url: 'https://tin.cema.gov.vn/',
  logo: { url: 'https://tin.cema.gov.vn/logo-512.png', width: 512, height: 512 },
};

describe('jsonLd', () => {
  it('no field can close the script element, and the JSON is unchanged', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
    const serialised = jsonLd(data);
    expect(serialised).not.toMatch(/[<>&\u2028]/);
    const html = `<script type="application/ld+json">${serialised}</script><p>after</p>`;
    const scripts = selectAll('script', fromHtml(html, { fragment: true }));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(toText(scripts[0]!))).toEqual(data);
  });
});

describe('newsArticle', () => {
  const base = {
    url: 'https://tin.cema.gov.vn/tin-tuc/x/',
    headline: 'Tiêu đề',
    description: 'Sapo',
    published: { date: new Date('2021-01-01T00:00:00+07:00'), precision: 'year' as const },
    section: 'Hoạt động ban',
    keywords: ['A', 'B'],
    images: [],
    publisher,
  };
  it('gives a year-precision article a full +07:00 timestamp', () => {
    const ld = newsArticle(base);
    expect(ld.datePublished).toBe('2021-01-01T00:00:00+07:00');
    expect(ld.dateModified).toBe('2021-01-01T00:00:00+07:00');
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('interactionStatistic');
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld.author).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Ủy ban Dân tộc' });
  });
  it('has isBasedOn, ReadAction views, image and a person author when known', () => {
    const ld = newsArticle({
      ...base,
      published: { date: new Date('2022-02-09T07:54:00Z'), precision: 'minute' },
      updated: { date: new Date('2022-02-10T01:00:00Z'), precision: 'minute' },
      images: ['https://tin.cema.gov.vn/_astro/a.jpg'],
      author: 'Minh Thu',
      basedOn: { name: 'Báo Dân tộc', url: 'https://baodantoc.vn/a.htm' },
      views: 12450,
    });
    expect(ld.datePublished).toBe('2022-02-09T14:54:00+07:00');
    expect(ld.dateModified).toBe('2022-02-10T08:00:00+07:00');
    expect(ld.image).toEqual(['https://tin.cema.gov.vn/_astro/a.jpg']);
    expect(ld.author).toEqual({ '@type': 'Person', name: 'Minh Thu' });
    expect(ld.isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'Báo Dân tộc',
      url: 'https://baodantoc.vn/a.htm',
    });
    expect(ld.interactionStatistic).toEqual({
      '@type': 'InteractionCounter',
      interactionType: { '@type': 'ReadAction' },
      userInteractionCount: 12450,
    });
  });
  it('keeps headlines within Google’s 110 characters and the full title as alternativeHeadline', () => {
    const long = 'Hội nghị '.repeat(30).trim();
    const ld = newsArticle({ ...base, headline: long });
    expect([...(ld.headline as string)].length).toBeLessThanOrEqual(110);
    expect(ld.alternativeHeadline).toBe(long);
    expect(truncateHeadline('ngắn')).toBe('ngắn');
    expect([...truncateHeadline('😀'.repeat(200))].length).toBe(110);
  });
  it('BreadcrumbList numbers its items', () => {
    const ld = breadcrumbList([{ name: 'Trang chủ', url: 'https://a/' }, { name: 'Bài' }]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://a/' },
      { '@type': 'ListItem', position: 2, name: 'Bài' },
    ]);
  });
});

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

describe('feedHtml', () => {
  it('resolves relative URLs against the article, drops unsafe ones', () => {
    const html = feedHtml('<p><a href="./a/">a</a> <img src="x.jpg" alt=""> <a href="vbscript:x">v</a></p>', {
      base: 'https://tin.cema.gov.vn/tin-tuc/bai/',
    });
    expect(html).toBe(
      '<p><a href="https://tin.cema.gov.vn/tin-tuc/bai/a/">a</a> <img src="https://tin.cema.gov.vn/tin-tuc/bai/x.jpg" alt=""> <a>v</a></p>',
    );
    expect(absoluteSrcset('a.jpg 1x,  /b.jpg 2x', 'https://s/t/')).toBe(
      'https://s/t/a.jpg 1x, https://s/b.jpg 2x',
    );
  });
});
