/**
 * Search on the fixture site in Chromium (issue 5): diacritic-insensitive queries, đ/d, old and
 * new tone placement, NFD input, phrase-first ranking, filters, sorting, the empty state, the
 * header search box, the back button, accessibility, and no search script outside /tim-kiem/.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeReport } from '../support/axe.ts';
import { DESKTOP, expectNoAxeViolations, PHONE, useSite } from '../support/site.ts';
import { SEARCH_IDS } from '../../src/lib/search/page-ids.ts';
import { SORT_RANKS_FILE } from '../../src/lib/search/sort-ranks.ts';

const site = inject('site');

const DOI_MOI = '/tin-tuc/doi-moi-phuong-thuc-ho-tro-dong-bao/';
const UY_OLD = '/tin-tuc/uy-ban-cach-viet-cu/';
const UY_NEW = '/tin-tuc/uy-ban-cach-viet-moi/';
const PHRASE = '/tin-tuc/cum-tu-lien-tiep-tren-cao-nguyen/';
const SCATTERED = '/tin-tuc/am-tiet-roi-rac-o-xa-nhau/';
const NFD_ARTICLE = '/tin-tuc/bai-van-ban-nfd/';
const VIEWS = [
  '/tin-tuc/kenh-muong-xem-nhieu/',
  '/tin-tuc/kenh-muong-xem-vua/',
  '/tin-tuc/kenh-muong-xem-it/',
];

describe('search in Chromium', () => {
  const web = useSite(site.dist);
  const { url } = web;

  async function waitForSearch() {
    await web.page.waitForFunction((ids) => {
      const root = document.getElementById(ids.results);
      const status = document.getElementById(ids.status)?.textContent ?? '';
      return (
        root &&
        !root.hasAttribute('hidden') &&
        !root.hasAttribute('aria-busy') &&
        status !== '' &&
        status !== 'Đang tìm…'
      );
    }, SEARCH_IDS);
  }

  /** Result URLs shown for a search page URL (all pages of results). */
  async function search(params: Record<string, string>): Promise<string[]> {
    await web.page.goto(url(`/tim-kiem/?${new URLSearchParams(params)}`));
    await waitForSearch();
    while (await web.page.locator(`#${SEARCH_IDS.more}`).isVisible()) {
      const before = await web.page.locator('.search-result').count();
      await web.page.locator(`#${SEARCH_IDS.more}`).click();
      await web.page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    }
    return web.page
      .locator('.search-result__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  }

  /** Pagefind's own ranking, without our query handling, for comparison. */
  async function rawPagefind(query: string): Promise<string[]> {
    // A string, so that Vitest does not rewrite the browser's dynamic import().
    return web.page.evaluate(`(async () => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
      const found = await pagefind.search(${JSON.stringify(query)});
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
  }

  it('"hội nghị", "hoi nghi", "Hoi Nghi" and the NFD-typed query give the same results', async () => {
    const nfc = await search({ q: 'hội nghị' });
    expect(nfc).toContain(PHRASE);
    expect(nfc).toContain(NFD_ARTICLE);
    expect(nfc.length).toBeGreaterThanOrEqual(4);
    const nfd = 'hội nghị'.normalize('NFD');
    expect(nfd).not.toBe('hội nghị');
    for (const q of ['hoi nghi', 'Hoi Nghi', nfd]) expect(await search({ q }), q).toEqual(nfc);
  });

  it('ranks the syllables as a phrase before pages that merely contain each syllable', async () => {
    const results = await search({ q: 'hoi nghi' });
    expect(results.indexOf(PHRASE)).toBeGreaterThanOrEqual(0);
    expect(results.indexOf(PHRASE)).toBeLessThan(results.indexOf(SCATTERED));
    // Without the phrase step Pagefind itself puts the scattered page first: the test can fail.
    const raw = await rawPagefind('hội nghị');
    expect(raw.indexOf(SCATTERED)).toBeLessThan(raw.indexOf(PHRASE));
    // A quoted query keeps only the phrase matches.
    const quoted = await search({ q: '"hoi nghi"' });
    expect(quoted).toContain(PHRASE);
    expect(quoted).not.toContain(SCATTERED);
  });

  it('"doi moi" finds the "Đổi mới …" article first (đ/d), which Pagefind alone misses', async () => {
    expect((await search({ q: 'doi moi' }))[0]).toBe(DOI_MOI);
    expect((await search({ q: 'Đổi mới' }))[0]).toBe(DOI_MOI);
    expect(await rawPagefind('doi moi')).not.toContain(DOI_MOI);
    // The excerpt shows the article's own spelling, with the whole phrase highlighted as one mark.
    await search({ q: 'doi moi' });
    expect(await web.page.locator('.search-result').first().locator('mark').first().textContent()).toBe(
      'Đổi mới',
    );
  });

  it('keeps boilerplate out of the index: missing-photo placeholder, source line, view count', async () => {
    await web.page.goto(url('/tim-kiem/'));
    expect(await rawPagefind('"Ảnh gốc chưa được chuyển"')).toEqual([]);
    // Three fixture articles show "Trích nguồn: …"; only the one with it in its title matches.
    expect(await rawPagefind('"Trích nguồn"')).toEqual(['/tin-tuc/tin-co-anh-bia-moi-nhat/']);
    expect(await rawPagefind('"Lượt xem"')).toEqual([]);
  });

  it('"doan cong tac" finds "Đoàn công tác" first, with the cover thumbnail', async () => {
    const results = await search({ q: 'doan cong tac' });
    expect(results[0]).toBe('/tin-tuc/tin-co-anh-bia-moi-nhat/');
    const image = web.page.locator('.search-result').first().locator('img');
    expect(await image.getAttribute('alt')).toBe('Toàn cảnh buổi làm việc tại tỉnh');
    // Wait for the thumbnail to finish loading (it may still be in flight), then require real pixels.
    const loaded = await image.evaluate((img: HTMLImageElement) =>
      img.complete
        ? img.naturalWidth > 0
        : new Promise<boolean>((resolve) => {
            img.addEventListener('load', () => resolve(img.naturalWidth > 0), { once: true });
            img.addEventListener('error', () => resolve(false), { once: true });
          }),
    );
    expect(loaded).toBe(true);
  });

  it('"Uỷ ban" (old tone placement) and "Ủy ban" give the same results', async () => {
    const old = await search({ q: 'Uỷ ban' });
    expect(old).toContain(UY_OLD);
    expect(old).toContain(UY_NEW);
    expect(await search({ q: 'Ủy ban' })).toEqual(old);
    expect(await search({ q: 'uy ban' })).toEqual(expect.arrayContaining([UY_OLD, UY_NEW]));
  });

  it('a category filter chosen in the form narrows the results and goes into the URL', async () => {
    const all = await search({ q: 'hội nghị' });
    // On the phone the filters are collapsed: open them first.
    await web.page.locator(`#${SEARCH_IDS.filtersSummary}`).click();
    await web.page.locator(`#${SEARCH_IDS.category}`).selectOption('hoat-dong-dia-phuong');
    await web.page.locator('.search-form button[type="submit"]').click();
    await web.page.waitForURL(/chuyen-muc=hoat-dong-dia-phuong/);
    await waitForSearch();
    const filtered = await web.page
      .locator('.search-result__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const meta of await web.page.locator('.search-result__meta').allTextContents())
      expect(meta).toMatch(/^Hoạt động địa phương/);
    expect(await web.page.locator(`#${SEARCH_IDS.category}`).inputValue()).toBe('hoat-dong-dia-phuong');
  });

  it('filters by year and by source', async () => {
    expect(await search({ q: 'kenh muong', nam: '2024' })).toEqual(['/tin-tuc/kenh-muong-xem-vua/']);
    expect(await search({ q: 'kenh muong', nguon: 'Báo Chính phủ' })).toEqual([
      '/tin-tuc/kenh-muong-xem-vua/',
    ]);
  });

  it('sorts by views and by date', async () => {
    expect(await search({ q: 'kenh muong', 'sap-xep': 'xem-nhieu' })).toEqual(VIEWS);
    expect(await search({ q: 'kenh muong', 'sap-xep': 'moi-nhat' })).toEqual([VIEWS[1], VIEWS[2], VIEWS[0]]);
    // Several spellings (d/đ) are merged in sorted order too.
    const newest = await search({ q: 'dan toc', 'sap-xep': 'moi-nhat' });
    const times = await web.page
      .locator('.search-result__meta time')
      .evaluateAll((els) => els.map((t) => t.getAttribute('datetime')!));
    expect(times.length).toBe(newest.length);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('a query with no results says so helpfully and offers the category archives (axe clean)', async () => {
    const results = await search({ q: 'xyzqwv hội nghị', 'chuyen-muc': 'tin-tong-hop' });
    expect(results).toEqual([]);
    expect(await web.page.locator(`#${SEARCH_IDS.status}`).textContent()).toBe(
      'Không tìm thấy kết quả nào cho “xyzqwv hội nghị”.',
    );
    const empty = web.page.locator(`#${SEARCH_IDS.empty}`);
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('a[href="/chuyen-muc/chinh-sach-dan-toc/"]').count()).toBe(1);
    expect(await empty.locator(`#${SEARCH_IDS.clear} a`).getAttribute('href')).toBe(
      '/tim-kiem/?q=xyzqwv+h%E1%BB%99i+ngh%E1%BB%8B',
    );
    const report = await axeReport(web.page);
    expect(report, report).toBe('');
  });

  it('the results page passes axe on phone and desktop', async () => {
    await search({ q: 'dân tộc' });
    await expectNoAxeViolations(web.page);
  });

  it('the header search box works from any page, and the back button returns to earlier searches', async () => {
    await web.page.goto(url(DOI_MOI));
    await web.page.locator(`#${SEARCH_IDS.headerQuery}`).fill('hoi nghi');
    await web.page.locator(`#${SEARCH_IDS.headerQuery}`).press('Enter');
    await web.page.waitForURL(/\/tim-kiem\/\?q=hoi\+nghi$/);
    await waitForSearch();
    expect(await web.page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await web.page.locator(`#${SEARCH_IDS.query}`).inputValue()).toBe('hoi nghi');
    expect(await web.page.title()).toContain('“hoi nghi”');

    await web.page.locator(`#${SEARCH_IDS.query}`).fill('Uỷ ban');
    await web.page.locator(`#${SEARCH_IDS.query}`).press('Enter');
    await web.page.waitForURL(/q=U/);
    await waitForSearch();
    expect(await web.page.locator('.search-result__title a').first().getAttribute('href')).toBe(UY_NEW);

    await web.page.goBack();
    await waitForSearch();
    expect(await web.page.locator(`#${SEARCH_IDS.query}`).inputValue()).toBe('hoi nghi');
    expect(
      await web.page
        .locator('.search-result__title a', { hasText: 'Tổng kết năm trên cao nguyên đá' })
        .count(),
    ).toBe(1);
    await web.page.goBack();
    await web.page.waitForURL(new RegExp(`${DOI_MOI}$`));
  });

  it('keyboard: "Xem thêm kết quả" moves focus to the first new result', async () => {
    await web.page.goto(url('/tim-kiem/?q=n'));
    await waitForSearch();
    const more = web.page.locator(`#${SEARCH_IDS.more}`);
    expect(await more.isVisible()).toBe(true);
    await more.focus();
    await web.page.keyboard.press('Enter');
    await web.page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    expect(
      await web.page.evaluate(
        () => document.activeElement === document.querySelectorAll('.search-result a')[10],
      ),
    ).toBe(true);
  });

  it('every excerpt of a phrase result shows the phrase, highlighted whole, not its syllables alone', async () => {
    const results = await search({ q: 'hoi nghi' });
    expect(results.indexOf(PHRASE)).toBeGreaterThanOrEqual(0);
    const phraseResult = web.page.locator('.search-result', {
      has: web.page.locator(`a[href="${PHRASE}"]`),
    });
    const marks = await phraseResult.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('hội nghị');
    // Pagefind's own excerpt marks the syllables one by one: the test can fail.
    const raw: string = await web.page.evaluate(`(async () => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
      const found = await pagefind.search('hội nghị');
      for (const r of found.results) { const d = await r.data(); if (d.url === ${JSON.stringify(PHRASE)}) return d.excerpt; }
    })()`);
    expect(raw).toMatch(/<mark>hội<\/mark> <mark>nghị<\/mark>/i);
  });

  it('on a 360×800 phone the first result is above the fold, filters collapsed with a count', async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    const phone = await context.newPage();
    try {
      await phone.goto(url('/tim-kiem/?q=hoi+nghi&nam=2024&sap-xep=moi-nhat'));
      await phone.waitForFunction((id) => document.getElementById(id)?.children.length, SEARCH_IDS.list);
      const filters = phone.locator(`#${SEARCH_IDS.filters}`);
      expect(await filters.getAttribute('open')).toBeNull();
      expect(await phone.locator(`#${SEARCH_IDS.filtersSummary}`).textContent()).toBe(
        'Lọc và sắp xếp (2 đang chọn)',
      );
      expect(await phone.locator(`#${SEARCH_IDS.year}`).isVisible()).toBe(false);
      const title = (await phone.locator('.search-result__title a').first().boundingBox())!;
      expect(title.y + title.height).toBeLessThanOrEqual(800);
      expect(title.x + title.width).toBeLessThanOrEqual(360);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // The first screen as the reader sees it (viewport only), for a person to look at.
      const shot = path.join(mkdtempSync(path.join(tmpdir(), 'cema-search-phone-')), 'search-360x800.png');
      await phone.screenshot({ path: shot });
      console.log(`search phone screenshot: ${shot}`);
      // The disclosure opens the filters, filled from the URL.
      await phone.locator(`#${SEARCH_IDS.filtersSummary}`).click();
      expect(await phone.locator(`#${SEARCH_IDS.year}`).inputValue()).toBe('2024');
      expect(await phone.locator(`#${SEARCH_IDS.sort}`).inputValue()).toBe('moi-nhat');
      await expectNoAxeViolations(phone);
    } finally {
      await context.close();
    }
  });

  it('on a wide screen the filters start open', async () => {
    await web.page.setViewportSize(DESKTOP);
    try {
      await search({ q: 'hoi nghi' });
      expect(await web.page.locator(`#${SEARCH_IDS.filters}`).getAttribute('open')).not.toBeNull();
      expect(await web.page.locator(`#${SEARCH_IDS.filtersSummary}`).textContent()).toBe('Lọc và sắp xếp');
    } finally {
      await web.page.setViewportSize(PHONE);
    }
  });

  it('the header box shows the current query; the result count is announced (aria-live)', async () => {
    await search({ q: 'Uỷ ban' });
    expect(await web.page.locator(`#${SEARCH_IDS.headerQuery}`).inputValue()).toBe('Uỷ ban');
    const status = web.page.locator(`#${SEARCH_IDS.status}`);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    const total = /\/ ([\d.]+) kết quả/.exec(
      (await web.page.locator(`#${SEARCH_IDS.count}`).textContent()) ?? '',
    )?.[1];
    expect(total).toBeDefined();
    expect(await status.textContent()).toBe(`Tìm thấy ${total} kết quả cho “Uỷ ban”.`);
  });

  it('loads search JavaScript only on the search page', async () => {
    const requested: string[] = [];
    web.page.on('request', (request) => requested.push(request.url()));
    for (const p of ['/', DOI_MOI, '/chuyen-muc/tin-tong-hop/']) {
      await web.page.goto(url(p));
      await web.page.waitForLoadState('networkidle');
    }
    // Only the print button's module (article pages) besides: no Pagefind, no search script.
    const scripts = requested.filter((u) => u.includes('/pagefind/') || u.endsWith('.js'));
    expect(scripts.filter((u) => !/\/_astro\/PrintButton[^/]*\.js$/.test(u))).toEqual([]);
    await web.page.goto(url('/tim-kiem/?q=dan+toc'));
    await waitForSearch();
    expect(requested.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    web.page.removeAllListeners('request');
  });

  it('without JavaScript the search page says so and links the category archives', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(url('/tim-kiem/?q=hoi+nghi'));
    const notice = noJs.locator('noscript .search-notice, .search-notice').first();
    expect(await noJs.locator('body').innerText()).toContain('Chức năng tìm kiếm cần JavaScript');
    expect(await notice.locator('a[href="/chuyen-muc/hoat-dong-ban/"]').count()).toBe(1);
    expect(await noJs.locator(`#${SEARCH_IDS.results}`).isVisible()).toBe(false);
    await context.close();
  });
});

describe('search index', () => {
  const entry = JSON.parse(readFileSync(path.join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));

  it('indexes the articles only, in Vietnamese', () => {
    const articles =
      readFileSync(path.join(site.dist, 'sitemap-0.xml'), 'utf8').match(/\/tin-tuc\/[^<]+\/<\/loc>/g) ?? [];
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi.page_count).toBe(articles.length);
  });

  it('article pages carry the metadata and filters; the sort orders are a file beside the index', () => {
    const html = readFileSync(path.join(site.dist, 'tin-tuc/kenh-muong-xem-vua/index.html'), 'utf8');
    expect(html).toContain('<span data-pagefind-filter="category">hoat-dong-dia-phuong</span>');
    expect(html).toContain('<span data-pagefind-filter="year">2024</span>');
    expect(html).toContain('<span data-pagefind-filter="source">Báo Chính phủ</span>');
    expect(html).toContain('<span data-pagefind-meta="views">700</span>');
    expect(html).toContain('<span data-pagefind-meta="datetime">2024-06-01T08:00:00+07:00</span>');
    expect(html).toContain('<span data-pagefind-meta="date">01/06/2024 | 08:00</span>');
    // No Pagefind sort keys: their page orders would be in the metadata every search loads.
    expect(html).not.toContain('data-pagefind-sort');
    const ranks = JSON.parse(readFileSync(path.join(site.dist, 'pagefind', SORT_RANKS_FILE), 'utf8'));
    expect(ranks.views.length).toBe(entry.languages.vi.page_count);
    expect(ranks.ids.length).toBe(ranks.width * entry.languages.vi.page_count);
  });
});
