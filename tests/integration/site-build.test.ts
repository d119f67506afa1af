/**
 * The fixture site as readers get it: seed articles rendered faithfully, listings, drafts and
 * scheduled articles kept out, valid HTML and no broken internal link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listArticleFiles } from '../../src/lib/content/files.ts';
import { ARTICLE_PAGE_FILES, articlePath, languageOfPath, urlOfBuiltFile } from '../../src/lib/urls.ts';
import { loadPage, textOf, type Page } from '../support/html.ts';
import { checkLinks, formatBroken } from '../../scripts/check-links.ts';
import { formatMessages, validateHtml } from '../../scripts/validate-html.ts';

const site = inject('site');
const repo = path.resolve(import.meta.dirname, '../..');
// The scraped pages the seed articles were imported from (copies of ../shared/seeds, kept in the repo).
const seedsDir = path.join(repo, 'tests/fixtures/legacy/seeds');

/** URL path of the article whose front matter carries this legacy id. */
function articleUrlByLegacyId(legacyId: string): string {
  const found = listArticleFiles(path.join(site.contentDir, 'news')).find(({ file }) =>
    readFileSync(file, 'utf8').includes(legacyId),
  );
  if (!found) throw new Error(`no article with legacy id ${legacyId} in content/`);
  return articlePath(found.slug);
}

/** Body paragraphs of a scraped seed page: everything but portal chrome, title, date and captions. */
function seedParagraphs(file: string, exclude: RegExp[]): string[] {
  return readFileSync(path.join(seedsDir, file), 'utf8')
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '' && !exclude.some((pattern) => pattern.test(block)));
}

function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `paragraph missing or out of order: "${needle.slice(0, 80)}…"`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

describe('seed article 1: Hội nghị triển khai Chương trình MTQG (09/02/2022)', () => {
  let page: Page;
  const title =
    'Hội nghị triển khai Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN năm 2022 của Ủy ban Dân tộc';
  const captions = [
    'Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị',
    'Ông Hà Việt Quân, Chánh Văn phòng Chương trình MTQG báo cáo tại Hội nghị',
  ];
  beforeAll(() => {
    page = loadPage(site.dist, articleUrlByLegacyId('48cf783dc6e4e2ed'));
  });

  it('has the title as the only h1, its category and a breadcrumb', () => {
    expect(page.all('h1')).toHaveLength(1);
    expect(page.text('h1')).toBe(title);
    expect(page.text('.article__category')).toContain('Hoạt động ban');
    const crumbs = page.all('.breadcrumbs li').map(textOf);
    expect(crumbs).toEqual(['Trang chủ', 'Hoạt động ban', title]);
    expect(page.one('.breadcrumbs li:nth-child(2) a').properties.href).toBe('/chuyen-muc/hoat-dong-ban/');
  });

  it('shows the date in Vietnam time with a machine-readable datetime', () => {
    const time = page.one('.article__meta time');
    expect(time.properties.dateTime).toBe('2022-02-09T14:54:00+07:00');
    expect(textOf(time)).toBe('Thứ Tư, 09/02/2022 | 14:54 (GMT+7)');
  });

  it('shows the legacy view count with Vietnamese grouping', () => {
    expect(page.text('.article__views')).toBe('Lượt xem: 12.450');
  });

  it('shows the lede once, as the opening paragraph, and keeps every paragraph of the old page in order', () => {
    // The old page had no separate lede: its first paragraph is the lede, shown once.
    expect(page.maybe('.article__lede')).toBeUndefined();
    expect(page.one('.article__body').properties.className).toContain('article__body--lede-first');
    const opening = 'Ngày 09/2, tại Hà Nội, Ủy viên Ban Chấp hành Trung ương Đảng';
    expect(page.text('article').split(opening)).toHaveLength(2);
    const body = page.text('.article__body');
    const paragraphs = seedParagraphs('000_48cf783dc6e4e2ed.txt', [
      /^Hoạt động ban$/,
      /Ngày đăng \d/,
      /^Trích nguồn/,
      ...captions.map((c) => new RegExp(`^${c}$`)),
    ]);
    expect(paragraphs.length).toBe(8);
    expectInOrder(body, paragraphs);
  });

  it('renders each caption of a lost photo as a plain figcaption at its place, no placeholder box', () => {
    const figures = page.all('.article__body figure');
    expect(
      figures.map((f) =>
        textOf(f.children.find((c) => c.type === 'element' && c.tagName === 'figcaption') as never),
      ),
    ).toEqual(captions);
    for (const figure of figures) {
      expect(figure.properties.className).toContain('figure--missing');
      expect(textOf(figure)).not.toContain('Ảnh gốc chưa được chuyển');
      expect(
        figure.children.filter((c) => c.type === 'element').map((c) => (c as { tagName: string }).tagName),
      ).toEqual(['figcaption']);
    }
    const body = page.text('.article__body');
    // The first caption stands after the first paragraph, the second after the sixth.
    expect(body.indexOf(captions[0]!)).toBeGreaterThan(body.indexOf('Thứ trưởng, Phó Chủ nhiệm'));
    expect(body.indexOf(captions[1]!)).toBeGreaterThan(body.indexOf('không còn bất kỳ vướng mắc nào'));
    expect(body.indexOf(captions[1]!)).toBeLessThan(
      body.indexOf('Để triển khai các nhiệm vụ đạt kết quả cao'),
    );
  });

  it('attributes the source as structured data, linked, not as body text', () => {
    expect(page.text('.source')).toBe('Trích nguồn: Báo Dân tộc');
    expect(page.one('.source a').properties.href).toMatch(/^https:\/\/baodantoc\.vn/);
    expect(page.text('.article__body')).not.toContain('Trích nguồn');
  });

  it('lists other articles of the category as "Tin khác đã đăng", outside the article', () => {
    expect(page.text('.related h2')).toBe('Tin khác đã đăng');
    expect(page.all('.related li').length).toBeGreaterThan(0);
    expect(page.text('article')).not.toContain('Tin khác đã đăng');
  });

  it('offers printing', () => {
    expect(page.text('.print-button')).toBe('In bài viết');
  });
});

describe('seed article 2: lede run into the title, no date line', () => {
  let page: Page;
  const title =
    'Cần đổi mới phương pháp, nâng cao tinh thần, quyết tâm cao nhất hoàn thành kế hoạch công tác năm 2021';
  beforeAll(() => {
    page = loadPage(site.dist, articleUrlByLegacyId('531e5b16549e7494'));
  });

  it('separates title and lede, without the portal\'s "[…]"', () => {
    expect(page.text('h1')).toBe(title);
    expect(page.text('.article__lede')).toMatch(/^Đó là chỉ đạo của Bộ trưởng, Chủ nhiệm Hầu A Lềnh/);
    expect(page.text('.article__lede')).not.toContain('[…]');
    // Cut by the old portal: the ellipsis tells readers the sentence does not end there.
    expect(page.text('.article__lede')).toMatch(/năm 2021 của các vụ…$/);
  });

  it('shows only the year it knows, and says so', () => {
    const time = page.one('.article__meta time');
    expect(time.properties.dateTime).toBe('2021');
    expect(textOf(time)).toBe('Năm 2021');
    expect(page.text('.article__meta')).toContain('không ghi ngày đăng chính xác');
  });

  it('keeps every paragraph, the caption in place, and drops the portal blocks', () => {
    const caption = 'Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì buổi làm việc.';
    const paragraphs = seedParagraphs('003_531e5b16549e7494.txt', [
      /^Cần đổi mới phương pháp.*\[…\]$/,
      /^Tin khác đã đăng$/,
      new RegExp(`^${caption}$`),
    ]);
    expect(paragraphs.length).toBe(6);
    expectInOrder(page.text('.article__body'), paragraphs);
    expect(page.all('.article__body figcaption').map(textOf)).toEqual([caption]);
    expect(page.text('article')).not.toContain('Tin khác đã đăng');
    expect(page.maybe('.article__views')).toBeUndefined();
    expect(page.maybe('.source')).toBeUndefined();
  });
});

describe('every page', () => {
  const htmlFiles: string[] = [];
  beforeAll(() => {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.html')) htmlFiles.push(path.relative(site.dist, full));
      }
    };
    walk(site.dist);
    // The browser editor is for staff, not readers (tests/integration/cms-build.test.ts).
    htmlFiles.splice(0, htmlFiles.length, ...htmlFiles.filter((file) => !file.startsWith('admin/')));
  });

  it('is Vietnamese (English under /en/), NFC, with a title, description and canonical URL', () => {
    expect(htmlFiles.length).toBeGreaterThan(40);
    for (const file of htmlFiles) {
      const page = loadPage(site.dist, file);
      expect(page.one('html').properties.lang, file).toBe(languageOfPath(urlOfBuiltFile(file)));
      expect(page.html.normalize('NFC') === page.html, `${file} is not NFC`).toBe(true);
      expect(page.text('title').length, file).toBeGreaterThan(5);
      expect(String(page.one('meta[name="description"]').properties.content).length, file).toBeGreaterThan(
        10,
      );
      expect(String(page.one('link[rel="canonical"]').properties.href), file).toMatch(
        /^https:\/\/tin\.cema\.gov\.vn\//,
      );
      expect(page.one('a.skip-link').properties.href, file).toBe('#noi-dung');
    }
  });

  it('is among the files Pagefind reads (ARTICLE_PAGE_FILES) when it has a search body', () => {
    const searchable = htmlFiles.filter((file) => loadPage(site.dist, file).maybe('[data-pagefind-body]'));
    expect(searchable.length).toBeGreaterThan(10);
    for (const file of searchable) expect(path.matchesGlob(file, ARTICLE_PAGE_FILES), file).toBe(true);
  });

  it('passes the Nu Html Checker with no error', async () => {
    const result = await validateHtml(site.dist);
    expect(result.errors, formatMessages(result.errors)).toEqual([]);
  });

  it('has no broken internal link, image or fragment', async () => {
    const result = await checkLinks(site.dist, { site: site.siteUrl });
    expect(result.broken, formatBroken(result.broken)).toEqual([]);
  });
});

describe('publishing rules', () => {
  it('never builds drafts or articles scheduled after the build time', () => {
    expect(existsSync(path.join(site.dist, 'tin-tuc/ban-nhap-thu-nghiem'))).toBe(false);
    expect(existsSync(path.join(site.dist, 'tin-tuc/bai-hen-gio-tuong-lai'))).toBe(false);
    const home = loadPage(site.dist, '/');
    expect(home.html).not.toContain('Bản nháp chưa được đăng');
    expect(home.html).not.toContain('Bài hẹn giờ đăng');
    expect(home.html).not.toContain('BẢN NHÁP');
  });

  it('serves decomposed (NFD) source text as NFC', () => {
    const page = loadPage(site.dist, '/tin-tuc/bai-van-ban-nfd/');
    expect(page.text('h1')).toBe('Hội nghị tổng kết công tác dân tộc');
    expect(page.text('.article__body')).toContain('Uỷ ban Dân tộc tổ chức hội nghị');
  });

  it('renders MDX with the same figures and a "Theo:" attribution', () => {
    const page = loadPage(site.dist, '/tin-tuc/bai-viet-mdx/');
    expect(page.text('.article__body')).toContain('Năm 2023, chính sách dân tộc');
    expect(page.text('.article__body figcaption')).toBe('Quang cảnh buổi làm việc Ảnh: Phòng Thông tin');
    expect(page.text('.source')).toBe('Theo: Báo Nhân Dân');
    expect(page.one('.article__meta time').properties.dateTime).toBe('2023-03-15');
  });

  it('lists captions still missing their photo as build warnings', () => {
    expect(site.buildLog).toMatch(/chú thích ảnh chưa có ảnh/);
    expect(site.buildLog).toMatch(/bai-viet-mdx\/index\.mdx \(1 ảnh\)/);
  });
});

describe('listings', () => {
  it('paginates a category, newest first, 20 per page', () => {
    const first = loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/');
    const second = loadPage(site.dist, '/chuyen-muc/hoat-dong-lanh-dao/trang-2/');
    expect(first.all('.card')).toHaveLength(20);
    expect(second.all('.card')).toHaveLength(5);
    expect(first.text('.card h2')).toBe('Bài phân trang số 25');
    expect(second.all('.card h2').map(textOf).at(-1)).toBe('Bài phân trang số 1');
    expect(first.one('.pagination a[rel="next"]').properties.href).toBe(
      '/chuyen-muc/hoat-dong-lanh-dao/trang-2/',
    );
    expect(second.one('.pagination a[rel="prev"]').properties.href).toBe('/chuyen-muc/hoat-dong-lanh-dao/');
    expect(first.text('.listing__count')).toContain('25 bài viết');
    expect(existsSync(path.join(site.dist, 'chuyen-muc/hoat-dong-lanh-dao/trang-3'))).toBe(false);
  });

  it('paginates a tag page', () => {
    const page = loadPage(site.dist, '/tu-khoa/thu-nghiem-phan-trang/trang-2/');
    expect(page.text('h1')).toBe('Từ khóa: Thử nghiệm phân trang');
    expect(page.all('.card')).toHaveLength(5);
  });

  it('has a home page with a lead story, featured cards and latest news', () => {
    const home = loadPage(site.dist, '/');
    expect(home.text('#featured-heading')).toBe('Tin nổi bật');
    expect(home.text('#latest-heading')).toBe('Tin mới nhất');
    expect(home.all('.card').length).toBeGreaterThan(10);
    // The newest article has a cover: it leads, with its photo fetched first.
    expect(home.text('.lead__title')).toBe('Tin có ảnh bìa, ảnh trong bài và trích nguồn');
    const lead = home.one('.lead__photo img');
    expect(lead.properties.fetchPriority).toBe('high');
    expect(lead.properties.loading).not.toBe('lazy');
    // Each story once above the category blocks.
    const above = [...home.all('.lead__title a'), ...home.all('.home__cards .card__title a')].map(
      (a) => a.properties.href,
    );
    expect(new Set(above).size).toBe(above.length);
  });

  it('shows the Decree 42 footer from src/site-identity.ts on every page', () => {
    const footer = loadPage(site.dist, '/').one('footer');
    const text = textOf(footer);
    for (const part of [
      'Ủy ban Dân tộc',
      'Địa chỉ:',
      'Điện thoại:',
      'Thư điện tử:',
      'Người chịu trách nhiệm:',
      'Giấy phép',
      'Bản quyền',
    ]) {
      expect(text).toContain(part);
    }
    const hrefs = loadPage(site.dist, '/')
      .all('footer a')
      .map((a) => String(a.properties.href));
    expect(hrefs.some((h) => h.startsWith('tel:+84'))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('mailto:'))).toBe(true);
  });

  it('has a Vietnamese 404 page', () => {
    const page = loadPage(site.dist, '404.html');
    expect(page.text('h1')).toBe('Không tìm thấy trang');
    expect(page.one('meta[name="robots"]').properties.content).toBe('noindex');
  });
});
