/**
 * Bad photos stop the build with the article file, line and image path: a missing file, a file
 * that is not an image, a photo without alt text — also when the article itself did not change
 * since the last build (cached) and only its photo disappeared. Oversized originals only warn.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../support/articles.ts';
import { runBuild } from '../setup/fixture-site.ts';
import { makePhoto } from '../support/photos.ts';
import { OVERSIZED_BYTES } from '../../src/lib/images.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const meta = (title: string, extra = '') =>
  `title: "${title}"\nlede: "Sapo"\npublishedAt: 2024-01-02 08:00\ncategory: tin-tong-hop${extra ? `\n${extra}` : ''}`;

describe('builds with bad photos', () => {
  let root: string;
  let contentDir: string;
  const env = () => ({
    CEMA_CONTENT_DIR: contentDir,
    CEMA_DIST: path.join(root, 'dist'),
    CEMA_CACHE_DIR: path.join(root, 'cache'),
  });
  let first: { status: number; log: string };
  let afterDelete: { status: number; log: string };
  let broken: { status: number; log: string };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cema-image-errors-'));
    contentDir = path.join(root, 'content');
    mkdirSync(contentDir);
    for (const file of ['categories.yaml', 'sources.yaml'])
      cpSync(path.join(repo, 'content', file), path.join(contentDir, file));

    // 1. A valid article with a photo, and one with an oversized original: builds, with a warning.
    writeArticle(
      contentDir,
      '2024',
      'bai-co-anh',
      meta('Bài có ảnh'),
      '![Toàn cảnh](./anh.jpg)\n*Chú thích*',
    );
    await makePhoto(path.join(contentDir, 'news/2024/bai-co-anh/anh.jpg'), 400, 300);
    writeArticle(
      contentDir,
      '2024',
      'bai-anh-nang',
      meta('Bài ảnh nặng'),
      'Mở đầu.\n\n![Ảnh rất lớn](./lon.jpg)',
    );
    const big = path.join(contentDir, 'news/2024/bai-anh-nang/lon.jpg');
    await makePhoto(big, 400, 300);
    // A valid JPEG padded past the limit (decoders ignore bytes after the end marker).
    truncateSync(big, OVERSIZED_BYTES + 512 * 1024);
    first = runBuild(env());

    // 2. The unchanged article loses its photo: the cached entry must still be checked.
    rmSync(path.join(contentDir, 'news/2024/bai-co-anh/anh.jpg'));
    afterDelete = runBuild(env());

    // 3. New articles: missing alt, unreadable file, missing cover file.
    writeArticle(contentDir, '2024', 'bai-co-anh', meta('Bài có ảnh'), 'Không còn ảnh.');
    writeArticle(contentDir, '2024', 'thieu-alt', meta('Thiếu alt'), 'Mở đầu.\n\n![](./anh.jpg)');
    await makePhoto(path.join(contentDir, 'news/2024/thieu-alt/anh.jpg'), 200, 100);
    writeArticle(contentDir, '2024', 'anh-hong', meta('Ảnh hỏng'), '![Ảnh hỏng](./hong.jpg)');
    writeFileSync(path.join(contentDir, 'news/2024/anh-hong/hong.jpg'), 'không phải ảnh');
    broken = runBuild(env());
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds valid photos, and lists an oversized original with its size as a warning', () => {
    expect(first.status, first.log.slice(-3000)).toBe(0);
    expect(first.log).toMatch(/1 ảnh gốc quá nặng/);
    expect(first.log).toMatch(/news\/2024\/bai-anh-nang\/index\.md:10 — ảnh "\.\/lon\.jpg" nặng 5,5 MB/);
  });

  it('fails when a photo of an unchanged (cached) article disappears, naming article and path', () => {
    expect(afterDelete.status).not.toBe(0);
    expect(afterDelete.log).toMatch(
      /news\/2024\/bai-co-anh\/index\.md:8 — ảnh: không tìm thấy tệp ảnh "\.\/anh\.jpg"/,
    );
  });

  it('fails on missing alt text and unreadable files, reporting every article at once', () => {
    expect(broken.status).not.toBe(0);
    expect(broken.log).toMatch(
      /news\/2024\/thieu-alt\/index\.md:10 — ảnh: ảnh "\.\/anh\.jpg" thiếu mô tả \(alt\)/,
    );
    expect(broken.log).toMatch(
      /news\/2024\/anh-hong\/index\.md:8 — ảnh: không đọc được tệp ảnh "\.\/hong\.jpg"/,
    );
    expect(broken.log).not.toMatch(/bai-anh-nang\/index\.md:\d+ — ảnh:/);
  });
});
