/**
 * Issue 14's reader pages on the fixture build: date archives (Vietnam time, not UTC), authors,
 * the English section and the accessibility statement. vnu, the link checker and the sitemap
 * test (site-build, feeds-build) and axe (e2e/site) cover these pages with every other page.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPage, textOf } from '../support/html.ts';

const site = inject('site');
const origin = site.siteUrl;

const FEBRUARY_ARTICLE = 'Bài đăng rạng sáng mùng Một tháng Hai, giờ Việt Nam';
const JANUARY_ARTICLE = 'Bài đăng đêm cuối tháng Một, giờ Việt Nam';

const cardTitles = (urlPath: string) => loadPage(site.dist, urlPath).all('.card h2').map(textOf);

/** Year and month of every built article from its page's <time datetime> (Vietnam time, ISO). */
function publishedMonths(): { years: Map<string, number>; months: Map<string, number> } {
  const years = new Map<string, number>();
  const months = new Map<string, number>();
  for (const slug of readdirSync(path.join(site.dist, 'tin-tuc'))) {
    const datetime = String(
      loadPage(site.dist, `/tin-tuc/${slug}/`).one('.article__meta time').properties.dateTime,
    );
    const year = datetime.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    if (datetime.length > 4) {
      const month = `${year}/${datetime.slice(5, 7)}`;
      months.set(month, (months.get(month) ?? 0) + 1);
    }
  }
  return { years, months };
}

function jsonLdAuthor(urlPath: string): unknown {
  const page = loadPage(site.dist, urlPath);
  for (const script of page.all('script[type="application/ld+json"]')) {
    const data = JSON.parse(textOf(script)) as { '@type': string; author?: unknown };
    if (data['@type'] === 'NewsArticle') return data.author;
  }
  throw new Error(`${urlPath}: no NewsArticle JSON-LD`);
}

describe('date archives (/luu-tru/)', () => {
  it('files an article by its Vietnamese date: 2024-01-31T18:30Z is February', () => {
    expect(cardTitles('/luu-tru/2024/02/')).toEqual([FEBRUARY_ARTICLE]);
    expect(cardTitles('/luu-tru/2024/01/')).toEqual([JANUARY_ARTICLE]);
    const article = loadPage(site.dist, '/tin-tuc/luu-tru-dau-thang-hai/');
    const dateLink = article.one('.article__meta a:has(time)');
    expect(dateLink.properties.href).toBe('/luu-tru/2024/02/');
    expect(textOf(dateLink)).toBe('Thứ Năm, 01/02/2024 | 01:30 (GMT+7) — xem các bài cùng tháng');
  });

  it('counts every year and month on the index, newest first, with links', () => {
    const { years, months } = publishedMonths();
    const index = loadPage(site.dist, '/luu-tru/');
    expect(index.text('h1')).toBe('Lưu trữ tin bài');
    const yearLinks = index.all('.archive__year h2 a');
    expect(yearLinks.map((a) => a.properties.href)).toEqual(
      [...years.keys()]
        .sort()
        .reverse()
        .map((y) => `/luu-tru/${y}/`),
    );
    for (const [year, count] of years) {
      expect(index.text(`#nam-${year}`)).toBe(`Năm ${year} ${count} bài viết`);
    }
    const monthItems = index.all('.archive__months li');
    expect(monthItems.map(textOf).sort()).toEqual(
      [...months]
        .map(([key, count]) => {
          const [year, month] = key.split('/');
          return `Tháng ${month}/${year} ${count} bài viết`;
        })
        .sort(),
    );
    for (const key of months.keys())
      expect(existsSync(path.join(site.dist, 'luu-tru', key, 'index.html'))).toBe(true);
    expect(index.all('footer a').map((a) => a.properties.href)).toContain('/luu-tru/');
  });

  it('paginates a month, newest first, and links it from its year', () => {
    const first = cardTitles('/luu-tru/2020/01/');
    expect(first).toHaveLength(20);
    expect(first[0]).toBe('Bài phân trang số 25');
    expect(cardTitles('/luu-tru/2020/01/trang-2/').at(-1)).toBe('Bài phân trang số 1');
    const page = loadPage(site.dist, '/luu-tru/2020/01/trang-2/');
    expect(page.all('.breadcrumbs a').map((a) => a.properties.href)).toEqual([
      '/',
      '/luu-tru/',
      '/luu-tru/2020/',
      '/luu-tru/2020/01/',
    ]);
    expect(page.text('h1')).toBe('Tin bài tháng 01/2020');
    expect(existsSync(path.join(site.dist, 'luu-tru/2020/01/trang-3'))).toBe(false);
  });

  it('keeps an article known only to its year in the year, in no month, and says so', () => {
    const year = loadPage(site.dist, '/luu-tru/2021/');
    expect(year.all('.card h2').map(textOf)).toHaveLength(1);
    expect(year.text('.listing')).toContain('chỉ ghi năm đăng');
    expect(existsSync(path.join(site.dist, 'luu-tru/2021/01'))).toBe(false);
  });
});

describe('authors (/tac-gia/)', () => {
  it('gives a registered author a page with photo, title, bio and articles', () => {
    const page = loadPage(site.dist, '/tac-gia/tac-gia-thu-nghiem/');
    expect(page.text('h1')).toBe('Tác giả: Nguyễn Thị Thử Nghiệm');
    expect(page.text('.listing__description')).toBe('Phóng viên, Phòng Thông tin');
    expect(page.one('.author__photo').properties.alt).toBe('Nguyễn Thị Thử Nghiệm');
    expect(page.text('.author__bio')).toMatch(/^Phóng viên thử nghiệm/);
    expect(page.all('.card h2').map(textOf)).toEqual([FEBRUARY_ARTICLE]);
    const empty = loadPage(site.dist, '/tac-gia/tac-gia-chua-co-bai/');
    expect(empty.text('.listing')).toContain('Tác giả chưa có bài viết.');
  });

  it('links a registered author from the article, and in JSON-LD as a Person with that URL', () => {
    const article = loadPage(site.dist, '/tin-tuc/luu-tru-dau-thang-hai/');
    expect(article.text('.article__author')).toBe('Tác giả: Nguyễn Thị Thử Nghiệm');
    expect(article.one('.article__author a').properties.href).toBe('/tac-gia/tac-gia-thu-nghiem/');
    expect(jsonLdAuthor('/tin-tuc/luu-tru-dau-thang-hai/')).toEqual({
      '@type': 'Person',
      name: 'Nguyễn Thị Thử Nghiệm',
      url: `${origin}/tac-gia/tac-gia-thu-nghiem/`,
      jobTitle: 'Phóng viên, Phòng Thông tin',
    });
  });

  it('still shows a free-text author, without a link', () => {
    const article = loadPage(site.dist, '/tin-tuc/luu-tru-cuoi-thang-mot/');
    expect(article.text('.article__author')).toBe('Tác giả: Nhóm phóng viên thường trú');
    expect(article.maybe('.article__author a')).toBeUndefined();
    expect(jsonLdAuthor('/tin-tuc/luu-tru-cuoi-thang-mot/')).toEqual({
      '@type': 'Person',
      name: 'Nhóm phóng viên thường trú',
    });
  });
});

describe('English section (/en/)', () => {
  const hreflang = (urlPath: string) =>
    loadPage(site.dist, urlPath)
      .all('link[rel="alternate"][hreflang]')
      .map((l) => `${l.properties.hrefLang} ${l.properties.href}`);

  it('is English, with an English frame and a way back to the Vietnamese site', () => {
    for (const urlPath of ['/en/', '/en/about/', '/en/contact/']) {
      const page = loadPage(site.dist, urlPath);
      expect(page.one('html').properties.lang, urlPath).toBe('en');
      expect(page.text('a.skip-link')).toBe('Skip to main content');
      expect(page.maybe('.search-box'), urlPath).toBeUndefined();
      const back = page.one('.site-nav a[hreflang="vi"]');
      expect([back.properties.href, back.properties.lang, textOf(back)]).toEqual(['/', 'vi', 'Tiếng Việt']);
    }
    expect(loadPage(site.dist, '/en/about/').text('h1')).toBe('About the Committee');
    expect(loadPage(site.dist, '/en/contact/').text('main')).toContain('349 Doi Can');
  });

  it('pairs /en/ and the Vietnamese home page with hreflang alternates, and only them', () => {
    const pair = [`en ${origin}/en/`, `vi ${origin}/`];
    expect(hreflang('/en/')).toEqual(pair);
    expect(hreflang('/')).toEqual(pair);
    expect(hreflang('/en/about/')).toEqual([]);
    expect(hreflang('/luu-tru/')).toEqual([]);
  });

  it('lists the latest news titles, linking to the Vietnamese articles marked lang="vi"', () => {
    const links = loadPage(site.dist, '/en/').all('.content-page__latest a');
    expect(links.length).toBe(10);
    for (const link of links) {
      expect(String(link.properties.href)).toMatch(/^\/tin-tuc\/[^/]+\/$/);
      expect(link.properties.lang).toBe('vi');
    }
    const home = loadPage(site.dist, '/');
    const english = home.one('footer a[href="/en/"]');
    expect([english.properties.lang, textOf(english)]).toEqual(['en', 'English']);
  });
});

describe('accessibility statement (/tuyen-bo-tiep-can/)', () => {
  it('states the WCAG 2.2 AA target, how it is tested and whom to contact, linked from every footer', () => {
    const page = loadPage(site.dist, '/tuyen-bo-tiep-can/');
    expect(page.one('html').properties.lang).toBe('vi');
    expect(page.text('h1')).toBe('Tuyên bố về khả năng tiếp cận');
    const text = page.text('main');
    for (const needed of [
      'WCAG) 2.2, mức AA',
      'axe',
      'Nu Html Checker',
      'bàn phím',
      'trình đọc màn hình',
      '349 Đội Cấn',
    ]) {
      expect(text).toContain(needed);
    }
    expect(page.text('.content-page__updated')).toBe('Cập nhật lần cuối: Thứ Ba, 01/12/2026');
    for (const urlPath of ['/', '/luu-tru/', '/en/']) {
      expect(
        loadPage(site.dist, urlPath)
          .all('footer a')
          .map((a) => a.properties.href),
      ).toContain('/tuyen-bo-tiep-can/');
    }
  });
});
