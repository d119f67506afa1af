/**
 * Bad input gets a clear error and loses nothing: a broken article fails the build with a
 * message naming its file and field, and the site that was built before stays untouched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../support/articles.ts';
import { runBuild } from '../setup/fixture-site.ts';

const repo = path.resolve(import.meta.dirname, '../..');

describe('a build with broken articles', () => {
  let root: string;
  let result: { status: number; log: string };
  const sentinel = '<!doctype html><title>trang cũ</title>';

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cema-broken-'));
    const contentDir = path.join(root, 'content');
    mkdirSync(contentDir);
    for (const file of ['categories.yaml', 'sources.yaml']) {
      cpSync(path.join(repo, 'content', file), path.join(contentDir, file));
    }
    writeArticle(
      contentDir,
      '2022',
      'bai-hop-le',
      'title: "Bài hợp lệ"\nlede: "Sapo"\npublishedAt: 2022-01-01 08:00\ncategory: hoat-dong-ban',
      'Nội dung.',
    );
    writeArticle(
      contentDir,
      '2022',
      'thieu-tieu-de',
      'lede: "Sapo"\npublishedAt: 2022-01-02 08:00\ncategory: hoat-dong-ban',
      'Nội dung.',
    );
    writeArticle(
      contentDir,
      '2022',
      'sai-ngay',
      'title: "Sai ngày"\nlede: "Sapo"\npublishedAt: 2022-02-30 08:00\ncategory: hoat-dong-ban',
      'Nội dung.',
    );
    writeArticle(
      contentDir,
      '2022',
      'sai-chuyen-muc',
      'title: "Sai chuyên mục"\nlede: "Sapo"\npublishedAt: 2022-01-03 08:00\ncategory: khong-ton-tai',
      'Nội dung.',
    );
    // Same slug in another year: must not silently replace the first.
    writeArticle(
      contentDir,
      '2023',
      'bai-hop-le',
      'title: "Trùng địa chỉ"\nlede: "Sapo"\npublishedAt: 2023-01-01 08:00\ncategory: hoat-dong-ban',
      'Nội dung.',
    );

    const dist = path.join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'index.html'), sentinel);
    result = runBuild({
      CEMA_CONTENT_DIR: contentDir,
      CEMA_DIST: dist,
      CEMA_CACHE_DIR: path.join(root, 'cache'),
    });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it('names each broken file with its line and field, in Vietnamese', () => {
    expect(result.log).toMatch(/news\/2022\/thieu-tieu-de\/index\.md:1 — title \(tiêu đề\): thiếu tiêu đề/);
    expect(result.log).toMatch(
      /news\/2022\/sai-ngay\/index\.md:4 — publishedAt \(ngày đăng\): ngày 30 không có trong tháng 2\/2022/,
    );
    expect(result.log).toMatch(
      /news\/2022\/sai-chuyen-muc\/index\.md:5 — category \(chuyên mục\): chuyên mục "khong-ton-tai" không có trong categories\.yaml/,
    );
    expect(result.log).toMatch(/trùng địa chỉ bài viết "bai-hop-le"/);
  });

  it('leaves the previous dist/ untouched and no staging folder behind', () => {
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe(sentinel);
    expect(result.log).toMatch(/cũ được giữ nguyên/);
    const leftovers = readdirSync(root).filter((name: string) => name.startsWith('.dist-'));
    expect(leftovers).toEqual([]);
  });
});
