import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECORATIVE_ALT, OVERSIZED_BYTES } from '../../../src/lib/images.ts';
import {
  checkArticleImages,
  checkImageFiles,
  findMarkdownImages,
  isLocalImage,
} from '../../../src/lib/content/image-checks.ts';
import { makePhoto } from '../../support/photos.ts';

describe('image checks', () => {
  let dir: string;
  const file = () => path.join(dir, 'index.md');
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cema-images-'));
    await makePhoto(path.join(dir, 'anh-1.jpg'), 120, 80);
    writeFileSync(path.join(dir, 'hong.jpg'), 'đây không phải ảnh');
    writeFileSync(path.join(dir, 'qua-nang.jpg'), Buffer.alloc(OVERSIZED_BYTES + 1));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds Markdown images with their alt text and line, including reference images', () => {
    const body = 'Đoạn.\n\n![Ảnh một](./anh-1.jpg)\n*Chú thích*\n\n![Ảnh hai][h]\n\n[h]: ./anh%20hai.jpg';
    expect(findMarkdownImages(body)).toEqual([
      { url: './anh-1.jpg', alt: 'Ảnh một', line: 3 },
      { url: './anh hai.jpg', alt: 'Ảnh hai', line: 6 },
    ]);
    expect([
      isLocalImage('./a.jpg'),
      isLocalImage('a.jpg'),
      isLocalImage('https://x.vn/a.jpg'),
      isLocalImage('/a.jpg'),
      isLocalImage('#anh-thieu'),
    ]).toEqual([true, true, false, false, false]);
  });

  it('accepts a valid article: photos with alt, a decorative image, a missing-photo marker', async () => {
    const body = `![Ảnh](./anh-1.jpg)\n\n![${DECORATIVE_ALT}](./anh-1.jpg)\n\n![](#anh-thieu)\n*Chú thích*`;
    const result = await checkArticleImages({
      file: file(),
      body,
      bodyStartLine: 8,
      cover: { path: './anh-1.jpg', line: 5 },
    });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.localImages).toEqual(['./anh-1.jpg']);
  });

  it('fails on a missing alt, a missing file and an unreadable file, naming the file, line and path', async () => {
    const body = '![](./anh-1.jpg)\n\n![Ảnh](./khong-co.jpg)\n\n![Ảnh hỏng](./hong.jpg)';
    const result = await checkArticleImages({
      file: file(),
      body,
      bodyStartLine: 6,
      cover: { path: './bia-khong-co.jpg', line: 4 },
    });
    expect(result.problems.map((p) => [p.line, p.field, p.message.split(' (')[0]])).toEqual([
      [4, 'cover (ảnh bìa)', 'không tìm thấy tệp ảnh "./bia-khong-co.jpg" cạnh bài viết'],
      [6, 'ảnh', 'ảnh "./anh-1.jpg" thiếu mô tả'],
      [8, 'ảnh', 'không tìm thấy tệp ảnh "./khong-co.jpg" cạnh bài viết'],
      [10, 'ảnh', 'không đọc được tệp ảnh "./hong.jpg"'],
    ]);
    expect(result.problems.every((p) => p.file === file())).toBe(true);
    expect(result.problems[1]!.message).toContain(`![${DECORATIVE_ALT}](./anh-1.jpg)`);
  });

  it('refuses remote and site-root images (not optimised, no width/height)', async () => {
    const body = '![Ảnh](https://baodantoc.vn/a.jpg)\n\n![Ảnh](/uploads/b.jpg)';
    const result = await checkArticleImages({ file: file(), body, bodyStartLine: 7 });
    expect(result.problems.map((p) => [p.line, p.message.split(' phải')[0]])).toEqual([
      [7, 'ảnh "https://baodantoc.vn/a.jpg"'],
      [9, 'ảnh "/uploads/b.jpg"'],
    ]);
    expect(result.localImages).toEqual([]);
  });

  it('warns about oversized originals with their size, without failing', () => {
    const result = checkImageFiles(file(), [{ url: './qua-nang.jpg', line: 9, field: 'ảnh' }]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/index\.md:9 — ảnh "\.\/qua-nang\.jpg" nặng 5 MB$/);
  });
});
