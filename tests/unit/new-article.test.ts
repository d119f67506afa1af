import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticle, main, NewArticleError } from '../../scripts/new-article.ts';
import { checkContent } from '../../scripts/check-content.ts';
import { readRegistries } from '../../src/lib/content/registries.ts';
import { validateArticle } from '../../src/lib/content/validate.ts';

const repo = path.resolve(import.meta.dirname, '../..');
// 17:30 UTC on 31 December is already 00:30 on 1 January in Vietnam.
const NOW = new Date('2025-12-31T17:30:42Z');

let root = '';
let contentDir = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-article-'));
  contentDir = path.join(root, 'content');
  mkdirSync(contentDir);
  for (const name of ['categories.yaml', 'sources.yaml'])
    cpSync(path.join(repo, 'content', name), path.join(contentDir, name));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('npm run new (non-interactive)', () => {
  it('writes a draft in Vietnam time with a diacritic-free slug, a source id and the captioned-photo example', async () => {
    const out = sink();
    const code = await main(
      [
        '--dir',
        contentDir,
        '--title',
        'Đoàn công tác Ủy ban Dân tộc thăm Điện Biên',
        '--category',
        'hoat-dong-ban',
        '--source',
        'Báo Dân tộc',
        '--tags',
        'Điện Biên, Đoàn công tác',
      ],
      { input: new PassThrough(), output: out.stream, now: NOW },
    );
    expect(code).toBe(0);
    const file = path.join(contentDir, 'news/2026/doan-cong-tac-uy-ban-dan-toc-tham-dien-bien/index.md');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n---\n')[0]).toBe(
      [
        '---',
        'title: "Đoàn công tác Ủy ban Dân tộc thăm Điện Biên"',
        'lede: "Tóm tắt nội dung chính của bài trong một, hai câu (sapo)."',
        'publishedAt: 2026-01-01T00:30:00+07:00',
        'category: hoat-dong-ban',
        'tags: [ "Điện Biên", "Đoàn công tác" ]',
        'source:',
        '  id: bao-dan-toc',
        'draft: true',
      ].join('\n'),
    );
    expect(text).toContain(
      '\n![Toàn cảnh hội nghị](./anh-1.jpg)\n*Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc chủ trì hội nghị (Ảnh: Tên người chụp)*\n-->\n',
    );
    expect(out.text()).toContain('Đã tạo bài nháp:');
    // What it writes passes the build's validation and the linter.
    const checked = validateArticle(text, file, readRegistries(contentDir));
    expect(checked.problems).toEqual([]);
    expect(checked.parsed?.draft).toBe(true);
    expect((await checkContent(contentDir)).issues).toEqual([]);
  });

  it('resolves slug collisions across all years and keeps a free source name', () => {
    mkdirSync(path.join(contentDir, 'news/2019/hoi-nghi-giao-ban'), { recursive: true });
    mkdirSync(path.join(contentDir, 'news/2024/hoi-nghi-giao-ban-2'), { recursive: true });
    const file = createArticle(
      contentDir,
      { title: 'Hội nghị giao ban', category: 'tin-tong-hop', source: 'Báo Tuổi trẻ' },
      NOW,
    );
    expect(path.relative(contentDir, file).split(path.sep).join('/')).toBe(
      'news/2026/hoi-nghi-giao-ban-3/index.md',
    );
    expect(readFileSync(file, 'utf8')).toContain('\nsource:\n  name: "Báo Tuổi trẻ"\n');
  });

  it('refuses to overwrite an existing article, and rejects unknown categories', () => {
    const existing = path.join(contentDir, 'news/2020/bai-co-san/index.md');
    mkdirSync(path.dirname(existing), { recursive: true });
    writeFileSync(existing, 'nội dung cũ');
    expect(() =>
      createArticle(contentDir, { title: 'Bài mới', category: 'hoat-dong-ban', slug: 'bai-co-san' }, NOW),
    ).toThrow(new NewArticleError('đã có bài ở địa chỉ "bai-co-san"; không ghi đè — chọn địa chỉ khác'));
    expect(readFileSync(existing, 'utf8')).toBe('nội dung cũ');
    expect(() => createArticle(contentDir, { title: 'Bài mới', category: 'hoat-dong' }, NOW)).toThrow(
      /chuyên mục "hoat-dong" không có trong categories\.yaml \(các mã hợp lệ: hoat-dong-ban, /,
    );
    expect(() =>
      createArticle(contentDir, { title: 'Bài mới', category: 'hoat-dong-ban', slug: 'Bài-Mới' }, NOW),
    ).toThrow(/không hợp lệ/);
    expect(readdirSync(path.join(contentDir, 'news'))).toEqual(['2020']);
  });
});

describe('npm run new (interactive)', () => {
  it('asks title, category (by number), source (by number), lede and tags, reading piped answers in order', async () => {
    const input = new PassThrough();
    const out = sink();
    input.end('Hội nghị giao ban tháng 11\n9\n1\n1\nSapo ngắn về hội nghị.\nGiao ban, Ủy ban Dân tộc\n');
    expect(await main(['--dir', contentDir], { input, output: out.stream, now: NOW })).toBe(0);
    const prompts = out.text();
    expect(prompts).toContain('Tiêu đề bài viết: ');
    expect(prompts).toContain('  2. Hoạt động của Lãnh đạo Ủy ban (hoat-dong-lanh-dao)');
    // "9" is not a category: asked again.
    expect(prompts.split('Chọn số hoặc mã chuyên mục: ')).toHaveLength(3);
    const text = readFileSync(path.join(contentDir, 'news/2026/hoi-nghi-giao-ban-thang-11/index.md'), 'utf8');
    expect(text).toContain('\nlede: "Sapo ngắn về hội nghị."\n');
    expect(text).toContain(
      '\ncategory: hoat-dong-ban\ntags: [ "Giao ban", "Ủy ban Dân tộc" ]\nsource:\n  id: bao-dan-toc\ndraft: true\n',
    );
  });

  it('stops with a message when the answers run out', async () => {
    const input = new PassThrough();
    input.end('Chỉ có tiêu đề\n');
    await expect(main(['--dir', contentDir], { input, output: sink().stream, now: NOW })).rejects.toThrow(
      'đã hết dữ liệu nhập',
    );
  });
});
