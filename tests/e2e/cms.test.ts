/**
 * The browser editor end to end, in Debian's Chromium: a site built with the editor pointed at a
 * local decap-server (as `npm run cms` does), on a temp copy of content/. A staff member's path:
 * open /admin/, log in, create an article with title, lede, category, tag and a captioned photo,
 * publish. The article must land at content/news/<year>/<slug>/index.md with the photo beside
 * it, pass `check:content`, and appear in the next build with its figure and caption.
 *
 * CEMA_CMS_SCREENSHOTS=docs/images also saves the screenshots of the staff guide (docs/HUONG-DAN.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsProxy, type CmsProxy } from '../../scripts/lib/cms-proxy.ts';
import { articleFrontmatterSchema } from '../../src/lib/content/schema.ts';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { vnYear } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slug.ts';
import { runBuild } from '../setup/fixture-site.ts';
import { launchBrowser } from '../support/browser.ts';
import { loadPage, textOf } from '../support/html.ts';
import { makePhoto } from '../support/photos.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const screenshots = process.env.CEMA_CMS_SCREENSHOTS
  ? path.resolve(repo, process.env.CEMA_CMS_SCREENSHOTS)
  : '';

const TITLE = 'Đoàn công tác Ủy ban Dân tộc thăm đồng bào Điện Biên';
const LEDE = 'Ngày 1/12, đoàn công tác của Ủy ban Dân tộc đã làm việc với tỉnh Điện Biên.';
const ALT = 'Đoàn công tác trò chuyện với người dân';
const CAPTION = 'Đoàn công tác thăm hỏi người dân bản Mường Phăng';
const CREDIT = 'Minh Thu';

let root = '';
let contentDir = '';
let proxy: CmsProxy | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `cms-${name}.png`) });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'cema-cms-'));
  contentDir = path.join(root, 'content');
  cpSync(path.join(repo, 'content'), contentDir, { recursive: true });
  await makePhoto(path.join(root, 'anh-dien-bien.jpg'), 800, 533);
  await makePhoto(path.join(root, 'anh-bia.jpg'), 1200, 675, 2);
  proxy = await startCmsProxy(contentDir);
  const build = runBuild({
    CEMA_CONTENT_DIR: contentDir,
    CEMA_DIST: path.join(root, 'dist'),
    CEMA_CACHE_DIR: path.join(root, 'cache'),
    CEMA_CMS_PROXY_URL: proxy.url,
  });
  if (build.status !== 0) throw new Error(`build with the editor failed:\n${build.log}`);
  server = await startStaticServer(path.join(root, 'dist'));
  browser = await launchBrowser();
  // Vietnam time and a Vietnamese browser, as in the newsroom.
  page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await proxy?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the admin bundle', () => {
  it('is loaded by /admin/ and by no public page (home, article, category, search)', async () => {
    const dist = path.join(root, 'dist');
    const adminScript = /<script type="module" src="([^"]+)"/.exec(
      readFileSync(path.join(dist, 'admin/index.html'), 'utf8'),
    )?.[1];
    expect(adminScript).toMatch(/^\/_astro\/.+\.js$/);
    const article = readdirSync(path.join(dist, 'tin-tuc'))[0]!;
    const visit = async (pathname: string) => {
      const requested: string[] = [];
      const listener = (request: { url(): string }) => requested.push(new URL(request.url()).pathname);
      page.on('request', listener);
      await page.goto(new URL(pathname.slice(1), server!.url).href, { waitUntil: 'networkidle' });
      page.off('request', listener);
      return requested;
    };
    for (const pathname of [
      '/',
      `/tin-tuc/${article}/`,
      '/chuyen-muc/hoat-dong-ban/',
      '/tim-kiem/?q=hoi+nghi',
    ]) {
      const requested = await visit(pathname);
      expect(requested.length, pathname).toBeGreaterThan(1);
      expect(requested, pathname).not.toContain(adminScript);
      expect(
        requested.filter((p) => p.startsWith('/admin/')),
        pathname,
      ).toEqual([]);
    }
    expect(await visit('/admin/')).toContain(adminScript);
  });
});

describe('the browser editor against the local backend', () => {
  const slug = slugify(TITLE);
  const folder = () => path.join(contentDir, 'news', String(vnYear(new Date())), slug);

  it('creates an article with a captioned photo, written where the site reads it', async () => {
    const admin = new URL('admin/', server!.url).href;
    await page.goto(admin);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: /Tạo bài thuộc loại/ }).waitFor();
    await shot('danh-sach');
    await page.getByRole('link', { name: /Tạo bài thuộc loại/ }).click();

    await page.locator('[id^="title-field"]').fill(TITLE);
    await page.locator('[id^="lede-field"]').fill(LEDE);
    await page.locator('[id^="category-field"]').click();
    await page.getByText('Hoạt động địa phương (hoat-dong-dia-phuong)', { exact: true }).click();
    await page.getByRole('button', { name: /từ khóa/i }).click();
    await page.locator('input[id^="item-field"]').fill('Điện Biên');
    await shot('bai-moi');
    // New articles start as drafts; publish this one so the build shows it.
    const draft = page.locator('[id^="draft-field"]');
    expect(await draft.getAttribute('aria-checked')).toBe('true');
    await draft.click();

    // A cover photo, from the photo already uploaded to the article's folder.
    await page.getByRole('button', { name: 'Chọn một hình' }).first().click();
    await page.locator('input[type="file"]').last().setInputFiles(path.join(root, 'anh-bia.jpg'));
    await page.getByText('anh-bia.jpg').waitFor();
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.locator('[id^="coverAlt-field"]').fill('Quang cảnh bản Mường Phăng');

    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Đoàn công tác đã đến thăm bản làng và tặng quà cho các hộ gia đình.');
    await page.keyboard.press('Enter');
    await page.getByTitle('Add Component').click();
    await page.getByRole('menuitem', { name: 'Ảnh có chú thích' }).click();
    await page.getByRole('button', { name: 'Chọn một hình' }).last().click();
    await page.locator('input[type="file"]').last().setInputFiles(path.join(root, 'anh-dien-bien.jpg'));
    await page.getByText('anh-dien-bien.jpg').waitFor();
    await shot('thu-vien-anh');
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.locator('[id^="alt-field"]').fill(ALT);
    await page.locator('[id^="caption-field"]').fill(CAPTION);
    await page.locator('[id^="credit-field"]').fill(CREDIT);

    // The preview pane shows the uploaded photo with its alt text and the italic caption line.
    const preview = page.locator('iframe').first().contentFrame();
    await expect
      .poll(() => preview.locator('p > em').last().textContent(), { timeout: 10_000 })
      .toBe(`${CAPTION} (Ảnh: ${CREDIT})`);
    expect(await preview.locator(`img[alt="${ALT}"]`).getAttribute('src')).toMatch(/^blob:/);
    expect(await preview.locator('h1').textContent()).toBe(TITLE);
    expect(await preview.locator('.preview__category').textContent()).toBe('Hoạt động địa phương');
    expect(await preview.locator('.preview__date').textContent()).toMatch(
      /^Thứ .+, \d{2}\/\d{2}\/\d{4} \| \d{2}:\d{2} \(GMT\+7\)$/,
    );
    await page.locator('[id^="credit-field"]').scrollIntoViewIfNeeded();
    await shot('anh-chu-thich');

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: /Công bố ngay/ }).click();
    await expect.poll(() => existsSync(path.join(folder(), 'index.md')), { timeout: 20_000 }).toBe(true);
    await page
      .getByText(/đã được lưu/i)
      .first()
      .waitFor();
    await shot('da-luu');
    expect(pageErrors).toEqual([]);
  });

  it('wrote valid front matter, the photo beside the article, and the caption syntax', () => {
    // The slug is the site's own (đ → d, no diacritics).
    expect(slug).toBe('doan-cong-tac-uy-ban-dan-toc-tham-dong-bao-dien-bien');
    expect(readdirSync(folder()).sort()).toEqual(['anh-bia.jpg', 'anh-dien-bien.jpg', 'index.md']);
    const source = readFileSync(path.join(folder(), 'index.md'), 'utf8');
    const { data, body, yamlErrors } = parseFrontmatter(source);
    expect(yamlErrors).toEqual([]);
    const parsed = articleFrontmatterSchema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toMatchObject({
      title: TITLE,
      lede: LEDE,
      category: 'hoat-dong-dia-phuong',
      tags: ['Điện Biên'],
      coverAlt: 'Quang cảnh bản Mường Phăng',
      draft: false,
    });
    expect(parsed.data!.cover).toMatch(/^(\.\/)?anh-bia\.jpg$/);
    expect(String(data.publishedAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    expect(Math.abs(parsed.data!.publishedAt.date.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    expect(Object.keys(data)).not.toContain('source');
    expect(body).toContain(`![${ALT}](./anh-dien-bien.jpg)\n_${CAPTION} (Ảnh: ${CREDIT})_`);
  });

  it('passes check:content and the next build shows it with its figure', () => {
    const lint = spawnSync(
      process.execPath,
      [path.join(repo, 'scripts/check-content.ts'), '--dir', contentDir],
      {
        encoding: 'utf8',
      },
    );
    expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
    expect(lint.stdout).toMatch(/0 lỗi, 0 cảnh báo/);

    const dist = path.join(root, 'dist-after');
    const build = runBuild({
      CEMA_CONTENT_DIR: contentDir,
      CEMA_DIST: dist,
      CEMA_CACHE_DIR: path.join(root, 'cache'),
      CEMA_BUILD_TIME: new Date(Date.now() + 60 * 60_000).toISOString(),
    });
    expect(build.status, build.log).toBe(0);
    const article = loadPage(dist, `/tin-tuc/${slug}/`);
    expect(article.text('h1')).toBe(TITLE);
    expect(textOf(article.one('.article__body figure figcaption'))).toBe(`${CAPTION} Ảnh: ${CREDIT}`);
    expect(article.one('.article__body figure img').properties.alt).toBe(ALT);
    expect(article.html).toMatch(/<meta property="og:image" content="[^"]+\.jpg"/);
    const home = loadPage(dist, '/');
    expect(home.html).toContain(`/tin-tuc/${slug}/`);
  });
});
