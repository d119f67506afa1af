/**
 * View counts as readers see them on the shared fixture site, built from the fixture snapshot
 * (tests/fixtures/site-content/view-counts.json): totals on article pages, "Xem nhiều nhất" boxes,
 * the category listing ordered by views, the unmatched-key report, and no counts in feeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPage, textOf } from '../support/html.ts';

const site = inject('site');
const SEED_1 = '/tin-tuc/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/';

function titles(urlPath: string): string[] {
  return loadPage(site.dist, urlPath).all('.listing__items .card__title').map(textOf);
}

describe('view counts on the fixture site', () => {
  it('adds counted views to the legacy count on the article page (legacy 12.450 + 0; 0 + 543.210)', () => {
    expect(loadPage(site.dist, SEED_1).text('.article__views')).toBe('Lượt xem: 12.450');
    expect(loadPage(site.dist, '/tin-tuc/bai-viet-mdx/').text('.article__views')).toBe('Lượt xem: 543.210');
    // Keyed by URL path in the snapshot, resolved to the slug.
    expect(loadPage(site.dist, '/tin-tuc/bai-phan-trang-so-7/').text('.article__views')).toBe(
      'Lượt xem: 200.000',
    );
  });

  it('lists the most viewed articles on the home page, with counts, never a draft', () => {
    const home = loadPage(site.dist, '/');
    expect(home.text('.most-viewed h2')).toBe('Xem nhiều nhất');
    const hrefs = home.all('.most-viewed li a').map((a) => a.properties.href);
    const counts = home.all('.most-viewed__count').map(textOf);
    expect(hrefs).toHaveLength(5);
    expect(hrefs.slice(0, 3)).toEqual([
      '/tin-tuc/bai-viet-mdx/',
      '/tin-tuc/bai-phan-trang-so-7/',
      '/tin-tuc/bai-phan-trang-so-3/',
    ]);
    expect(counts.slice(0, 3)).toEqual(['543.210 lượt xem', '200.000 lượt xem', '100.000 lượt xem']);
    const numbers = counts.map((c) => Number(c.replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    // The draft has the largest count of all (999.999) and must still never be listed.
    expect(hrefs).not.toContain('/tin-tuc/ban-nhap-thu-nghiem/');
    expect(home.html).not.toContain('999.999');
  });

  it('offers "Mới nhất | Xem nhiều nhất" on a category listing, linking the two orders', () => {
    const newest = loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/');
    const links = newest.all('.sort-switch a');
    expect(links.map(textOf)).toEqual(['Mới nhất', 'Xem nhiều nhất']);
    expect(links.map((a) => a.properties.href)).toEqual([
      '/chuyen-muc/hoat-dong-lanh-dao/',
      '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/',
    ]);
    expect(links[0]!.properties.ariaCurrent).toBe('page');
    expect(links[1]!.properties.ariaCurrent).toBeUndefined();
    expect(newest.all('.most-viewed li a').map((a) => a.properties.href)).toEqual([
      '/tin-tuc/bai-phan-trang-so-7/',
      '/tin-tuc/bai-phan-trang-so-3/',
    ]);

    expect(
      loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/trang-2/').maybe('.most-viewed'),
    ).toBeUndefined();

    const byViews = loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/');
    expect(byViews.one('.sort-switch a[aria-current="page"]').properties.href).toBe(
      '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/',
    );
    expect(byViews.text('h1')).toBe('Hoạt động của Lãnh đạo Ủy ban: tin xem nhiều nhất');
  });

  it("shows each card's view count on the views listing only", () => {
    const byViews = loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/');
    const cards = byViews.all('.listing__items .card');
    const counts = byViews.all('.listing__items .card__views').map(textOf);
    expect(counts).toHaveLength(cards.length);
    expect(counts.slice(0, 3)).toEqual(['200.000 lượt xem', '100.000 lượt xem', '0 lượt xem']);
    expect(
      loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/trang-2/').all('.card__views'),
    ).not.toHaveLength(0);
    expect(loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/').maybe('.card__views')).toBeUndefined();
    expect(loadPage(site.dist, '/').maybe('.card__views')).toBeUndefined();
  });

  it('orders the views listing most viewed first, then newest, over every page', () => {
    const newest = [
      ...titles('/chuyen-muc/hoat-dong-lanh-dao/'),
      ...titles('/chuyen-muc/hoat-dong-lanh-dao/trang-2/'),
    ];
    const byViews = [
      ...titles('/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/'),
      ...titles('/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/trang-2/'),
    ];
    const top = ['Bài phân trang số 7', 'Bài phân trang số 3'];
    expect(byViews.slice(0, 2)).toEqual(top);
    expect(byViews.slice(2)).toEqual(newest.filter((t) => !top.includes(t)));
    const second = loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/trang-2/');
    expect(second.one('.pagination a[rel="prev"]').properties.href).toBe(
      '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/',
    );
  });

  it('offers the same two orders on a tag listing, each paginated (25 articles: 20 + 5)', () => {
    const base = '/tu-khoa/thu-nghiem-phan-trang/';
    const newestPage = loadPage(site.dist, base);
    const links = newestPage.all('.sort-switch a');
    expect(links.map(textOf)).toEqual(['Mới nhất', 'Xem nhiều nhất']);
    expect(links.map((a) => a.properties.href)).toEqual([base, `${base}xem-nhieu/`]);
    expect(links[0]!.properties.ariaCurrent).toBe('page');
    expect(newestPage.maybe('.card__views')).toBeUndefined();

    const newest = [...titles(base), ...titles(`${base}trang-2/`)];
    const byViewsFirst = loadPage(site.dist, `${base}xem-nhieu/`);
    const byViews = [...titles(`${base}xem-nhieu/`), ...titles(`${base}xem-nhieu/trang-2/`)];
    expect(newest).toHaveLength(25);
    expect(titles(`${base}xem-nhieu/`)).toHaveLength(20);
    expect(byViews).toHaveLength(25);
    expect(byViews.toSorted()).toEqual(newest.toSorted());
    const top = ['Bài phân trang số 7', 'Bài phân trang số 3'];
    expect(byViews.slice(0, 2)).toEqual(top);
    expect(byViews.slice(2)).toEqual(newest.filter((t) => !top.includes(t)));

    expect(byViewsFirst.text('h1')).toBe('Từ khóa: Thử nghiệm phân trang — tin xem nhiều nhất');
    expect(byViewsFirst.one('.sort-switch a[aria-current="page"]').properties.href).toBe(`${base}xem-nhieu/`);
    expect(byViewsFirst.all('.card__views').map(textOf).slice(0, 3)).toEqual([
      '200.000 lượt xem',
      '100.000 lượt xem',
      '0 lượt xem',
    ]);
    const second = loadPage(site.dist, `${base}xem-nhieu/trang-2/`);
    expect(second.one('.pagination a[rel="prev"]').properties.href).toBe(`${base}xem-nhieu/`);
    expect(second.one('.sort-switch a[aria-current="page"]').properties.href).toBe(`${base}xem-nhieu/`);
    expect(second.all('.card__views')).toHaveLength(5);
  });

  it('reports snapshot keys that match no article, by name, in the build log', () => {
    expect(site.buildLog).toMatch(/Lượt xem: 1 địa chỉ .* không khớp bài viết nào/);
    expect(site.buildLog).toContain('"/tin-tuc/bai-khong-con-tren-trang/"');
  });

  it('keeps counts out of every feed', () => {
    const feeds: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.xml') && !entry.name.startsWith('sitemap')) feeds.push(full);
      }
    };
    walk(site.dist);
    expect(feeds.some((f) => f.endsWith('rss.xml'))).toBe(true);
    for (const feed of feeds) {
      const xml = readFileSync(feed, 'utf8');
      expect(xml, feed).not.toMatch(/lượt xem|interactionStatistic|3\.210|12\.450/i);
    }
  });
});
