/**
 * `npm run dev` is the writers' preview: drafts are shown marked "BẢN NHÁP" and scheduled
 * articles marked with their publication time — while the production build of the same kind of
 * content (the shared fixture site) contains neither. Runs a real `astro dev` over HTTP.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { writeArticle } from '../support/articles.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { loadPage, textOf } from '../support/html.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const site = inject('site');

let root = '';
let dev: DevServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'cema-dev-'));
  const contentDir = path.join(root, 'content');
  cpSync(path.join(repo, 'content'), contentDir, { recursive: true });
  writeArticle(
    contentDir,
    '2025',
    'ban-nhap-xem-truoc',
    'title: "Bản nháp xem trước"\nlede: "Chỉ người viết thấy bài này khi chạy npm run dev."\npublishedAt: 2025-03-04 09:15\ncategory: tin-tong-hop\ndraft: true',
    'Nội dung bản nháp.',
  );
  writeArticle(
    contentDir,
    '2099',
    'bai-hen-gio-xem-truoc',
    'title: "Bài hẹn giờ xem trước"\nlede: "Bài sẽ tự đăng khi tới giờ."\npublishedAt: 2099-01-02 08:30\ncategory: tin-tong-hop',
    'Nội dung bài hẹn giờ.',
  );
  // A typo'd article from the start: the preview must survive it (every other test here runs with it).
  writeArticle(
    contentDir,
    '2025',
    'bai-co-loi-xem-truoc',
    'title: "Bài có lỗi"\nlede: "Sapo."\npublishedAt: 09/02/2022\ncategory: Hoạt động ban',
    'Nội dung [xem](javascript:alert(1)).',
  );
  dev = await startDevServer({ CEMA_CONTENT_DIR: contentDir, CEMA_CACHE_DIR: path.join(root, 'cache') });
}, 300_000);

afterAll(async () => {
  await dev?.stop();
  rmSync(root, { recursive: true, force: true });
});

async function page(pathname: string) {
  const { status, html } = await dev.get(pathname);
  expect(status, `${pathname}\n${dev.log().slice(-2000)}`).toBe(200);
  return fromHtml(html);
}

describe('npm run dev (writers’ preview)', () => {
  it('shows a draft article marked "BẢN NHÁP"', async () => {
    const tree = await page('/tin-tuc/ban-nhap-xem-truoc/');
    expect(textOf(select('h1', tree)!)).toBe('Bản nháp xem trước');
    expect(selectAll('.badge--draft', tree).map(textOf)).toEqual(['BẢN NHÁP']);
    expect(select('.badge--scheduled', tree)).toBeUndefined();
  });

  it('shows a scheduled article marked with its publication time in Vietnam time', async () => {
    const tree = await page('/tin-tuc/bai-hen-gio-xem-truoc/');
    expect(selectAll('.badge--scheduled', tree).map(textOf)).toEqual(['Hẹn giờ đăng: 02/01/2099 | 08:30']);
    expect(select('.badge--draft', tree)).toBeUndefined();
  });

  it('lists both, marked, on the home page and their category; published articles carry no badge', async () => {
    for (const pathname of ['/', '/chuyen-muc/tin-tong-hop/']) {
      const tree = await page(pathname);
      const badges = selectAll('.badge', tree).map(textOf);
      expect(badges, pathname).toContain('BẢN NHÁP');
      expect(badges, pathname).toContain('Hẹn giờ đăng: 02/01/2099 | 08:30');
    }
    const seed = await page(
      '/tin-tuc/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/',
    );
    expect(selectAll('.badge', seed)).toEqual([]);
  });

  it('leaves a broken article out, shows its errors in Vietnamese at its URL and on the home page', async () => {
    const broken = await page('/tin-tuc/bai-co-loi-xem-truoc/');
    const items = selectAll('.content-problems li', broken).map(textOf);
    expect(items.join('\n')).toMatch(
      /bai-co-loi-xem-truoc\/index\.md:4 — publishedAt \(ngày đăng\): "09\/02\/2022" không phải ngày giờ hợp lệ/,
    );
    expect(items.join('\n')).toMatch(/index\.md:5 — category \(chuyên mục\)/);
    expect(items.join('\n')).toMatch(
      /index\.md:8 — \(liên kết\): liên kết "javascript:alert\(1\)" không an toàn/,
    );
    const home = await page('/');
    expect(textOf(select('.content-problems h2', home)!)).toMatch(/^1 bài viết có lỗi/);
    expect(select('.content-problems a[href="/tin-tuc/bai-co-loi-xem-truoc/"]', home)).toBeDefined();
  });

  it('brings a fixed article back without a restart', async () => {
    writeArticle(
      path.join(root, 'content'),
      '2025',
      'bai-co-loi-xem-truoc',
      'title: "Bài đã sửa"\nlede: "Sapo."\npublishedAt: 2022-02-09\ncategory: hoat-dong-ban',
      'Nội dung đã sửa.',
    );
    let title = '';
    for (let i = 0; i < 60 && title !== 'Bài đã sửa'; i++) {
      const { status, html } = await dev.get('/tin-tuc/bai-co-loi-xem-truoc/');
      const heading = status === 200 ? select('h1', fromHtml(html)) : undefined;
      title = heading ? textOf(heading) : '';
      if (title !== 'Bài đã sửa') await sleep(500);
    }
    expect(title).toBe('Bài đã sửa');
    expect(select('.content-problems', await page('/'))).toBeUndefined();
  });

  it('picks up a new draft written while the preview runs', async () => {
    writeArticle(
      path.join(root, 'content'),
      '2025',
      'bai-moi-viet',
      'title: "Bài mới viết trong lúc xem trước"\nlede: "Sapo."\npublishedAt: 2025-05-06 10:00\ncategory: tin-tong-hop\ndraft: true',
      'Nội dung.',
    );
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      status = (await dev.get('/tin-tuc/bai-moi-viet/')).status;
      if (status !== 200) await sleep(500);
    }
    const tree = await page('/tin-tuc/bai-moi-viet/');
    expect(selectAll('.badge--draft', tree).map(textOf)).toEqual(['BẢN NHÁP']);
  });
});

describe('production build of drafts and scheduled articles (shared fixture site)', () => {
  it('contains neither, and no badge anywhere', () => {
    expect(existsSync(path.join(site.dist, 'tin-tuc/ban-nhap-thu-nghiem'))).toBe(false);
    expect(existsSync(path.join(site.dist, 'tin-tuc/bai-hen-gio-tuong-lai'))).toBe(false);
    for (const pathname of ['/', '/chuyen-muc/hoat-dong-ban/']) {
      expect(loadPage(site.dist, pathname).all('.badge')).toEqual([]);
    }
  });
});
