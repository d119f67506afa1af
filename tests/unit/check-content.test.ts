import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../src/lib/content/lint.ts';
import { checkContent, formatReport } from '../../scripts/check-content.ts';

const repo = path.resolve(import.meta.dirname, '../..');

describe('npm run check:content', () => {
  let root = '';
  const write = (rel: string, text: string) => {
    const file = path.join(root, 'content/news', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'check-content-'));
    cpSync(path.join(repo, 'content'), path.join(root, 'content'), { recursive: true });
    const long = 'Hội nghị '.repeat(13).trim();
    expect(long.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    write(
      '2023/bai-loi/index.md',
      [
        '---',
        `title: "${long}"`,
        'lede: "Uỷ ban Dân tộc và Ủy ban nhân dân tỉnh."',
        'publishedAt: 2023-02-30 09:00',
        'category: hoat-dong',
        'source: { name: "Báo Dân tộc và Phát triển" }',
        '---',
        '',
        'Đọc thêm [bài cũ](/tin-tuc/bai-khong-ton-tai/).',
        '',
        '![](./anh-1.jpg)',
        '*Toàn cảnh hội nghị (Ảnh: Minh Thu)*',
        '',
        'Văn bản dán từ Word: Hội nghị.'.normalize('NFD'),
        '',
      ].join('\n'),
    );
    write(
      '2024/bai-tot/index.md',
      '---\ntitle: "Bài tốt"\nlede: "Sapo."\npublishedAt: 2024-01-02 08:00\ncategory: hoat-dong-ban\n---\n\n![Ảnh thiếu](#anh-thieu)\n\nXem [bài lỗi](/tin-tuc/bai-loi/).\n',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists every problem grouped by file with line numbers, in Vietnamese, and exits 1', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(repo, 'scripts/check-content.ts'), '--dir', 'content'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    const out = result.stderr;
    const lines = out.split('\n');
    const start = lines.indexOf('content/news/2023/bai-loi/index.md');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lines.slice(start, start + 9)).toEqual([
      'content/news/2023/bai-loi/index.md',
      `  dòng 2 · cảnh báo · title (tiêu đề): tiêu đề dài ${'Hội nghị '.repeat(13).trim().length} ký tự, quá 110: kết quả tìm kiếm (Google…) sẽ cắt bớt; nên rút gọn`,
      '  dòng 3 · cảnh báo · (chính tả): bỏ dấu thanh không thống nhất trong bài: kiểu cũ “Uỷ” (dòng 3) và kiểu mới “Ủy” (dòng 3); chọn một kiểu cho cả bài (vd. "Ủy", "hòa")',
      '  dòng 4 · lỗi · publishedAt (ngày đăng): ngày 30 không có trong tháng 2/2023 ("2023-02-30 09:00")',
      '  dòng 5 · lỗi · category (chuyên mục): chuyên mục "hoat-dong" không có trong categories.yaml (các mã hợp lệ: hoat-dong-ban, hoat-dong-lanh-dao, chuong-trinh-mtqg, chinh-sach-dan-toc, hoat-dong-dia-phuong, tin-tong-hop)',
      '  dòng 6 · cảnh báo · source.name (nguồn): nguồn "Báo Dân tộc và Phát triển" đã đăng ký trong sources.yaml: viết "source: { id: bao-dan-toc }" để tên và liên kết nguồn thống nhất',
      '  dòng 9 · lỗi · (liên kết): liên kết "/tin-tuc/bai-khong-ton-tai/" trỏ tới bài "bai-khong-ton-tai" không tồn tại; kiểm tra tên thư mục của bài đích',
      '  dòng 11 · lỗi · (ảnh): ảnh "./anh-1.jpg" thiếu mô tả (alt) cho người khiếm thị: viết mô tả trong ngoặc vuông, vd. ![Toàn cảnh hội nghị](./anh-1.jpg)',
      '  dòng 14 · lỗi · (văn bản): chữ tiếng Việt ở dạng tổ hợp (không phải NFC, thường do dán từ Word/macOS); chạy "npm run check:content -- --fix" để chuyển sang NFC',
    ]);
    expect(out).not.toContain('bai-tot');
    expect(lines.at(-2) ?? lines.at(-1)).toMatch(
      /^Đã kiểm tra 4 bài: 5 lỗi, 3 cảnh báo\. Sửa các lỗi rồi chạy lại "npm run check:content"\.$/,
    );
  });

  it('--fix rewrites only the non-NFC text; the real content/ passes with no error', async () => {
    const file = path.join(root, 'content/news/2023/bai-loi/index.md');
    const before = readFileSync(file, 'utf8');
    const result = await checkContent(path.join(root, 'content'), { fix: true });
    expect(result.fixed).toEqual([file]);
    expect(readFileSync(file, 'utf8')).toBe(before.normalize('NFC'));
    expect(result.issues.some((i) => i.message.includes('NFC'))).toBe(false);

    const real = await checkContent(path.join(repo, 'content'));
    expect(formatReport(real)).toMatch(/^Đã kiểm tra \d+ bài: 0 lỗi, \d+ cảnh báo\./m);
    expect(real.articles).toBeGreaterThanOrEqual(2);
  });

  it('warns when a registered author is written by name instead of id', async () => {
    const dir = path.join(root, 'content-authors');
    cpSync(path.join(repo, 'content'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'authors.yaml'), '- id: minh-thu\n  name: Minh Thu\n');
    const article = (slug: string, author: string) => {
      const file = path.join(dir, 'news/2024', slug, 'index.md');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(
        file,
        `---\ntitle: "Bài ${slug}"\nlede: "Sapo."\npublishedAt: 2024-01-02 08:00\ncategory: hoat-dong-ban\nauthor: "${author}"\n---\n\nNội dung.\n`,
      );
    };
    article('tac-gia-bang-ten', 'minh thu');
    article('tac-gia-bang-ma', 'minh-thu');
    article('tac-gia-tu-do', 'Nhóm phóng viên');
    const { issues } = await checkContent(dir);
    const authorIssues = issues.filter((i) => i.field === 'author (tác giả)');
    expect(authorIssues).toEqual([
      expect.objectContaining({
        file: path.join(dir, 'news/2024/tac-gia-bang-ten/index.md'),
        line: 6,
        severity: 'warning',
        message:
          'tác giả "minh thu" đã đăng ký trong authors.yaml: viết "author: minh-thu" để bài liên kết đến trang tác giả',
      }),
    ]);
  });

  it('stops on a broken authors.yaml with its file, line and field, exit 1', () => {
    const dir = path.join(root, 'content-bad-authors');
    cpSync(path.join(repo, 'content'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'authors.yaml'),
      '- id: a\n  name: A\n- id: b\n  name: B\n  photo: tac-gia/b.jpg\n',
    );
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts/check-content.ts'), '--dir', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'content-bad-authors/authors.yaml:3 — photo: không tìm thấy ảnh "tac-gia/b.jpg" (đường dẫn tính từ thư mục content/, vd. tac-gia/minh-thu.jpg)',
    );
  });
});
