import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../../src/lib/content/validate.ts';

const registries = {
  categories: new Set(['hoat-dong-ban']),
  sources: new Set(['bao-dan-toc']),
};
const FILE = '/site/content/news/2022/bai/index.md';

function article(frontmatter: string, body = 'Nội dung.'): string {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

const valid = [
  'title: "Hội nghị triển khai"',
  'lede: "Sapo của bài"',
  'publishedAt: 2022-02-09 14:54',
  'category: hoat-dong-ban',
  'source:',
  '  id: bao-dan-toc',
].join('\n');

describe('validateArticle', () => {
  it('accepts a valid article and reads an offset-less time as Vietnam time', () => {
    const result = validateArticle(article(valid), FILE, registries);
    expect(result.problems).toEqual([]);
    expect(result.parsed?.publishedAt.date.toISOString()).toBe('2022-02-09T07:54:00.000Z');
    expect(result.parsed?.source).toEqual({ id: 'bao-dan-toc', kind: 'trich-nguon' });
    expect(result.parsed?.tags).toEqual([]);
  });

  it('names the line and field of each problem, in Vietnamese', () => {
    const broken = valid
      .replace('title: "Hội nghị triển khai"\n', '')
      .replace('2022-02-09 14:54', '2022-02-30');
    const { problems } = validateArticle(article(broken + '\ncategory2: x'), FILE, registries);
    // File lines: 1 is the opening ---, so the first field is on line 2.
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'title (tiêu đề)'],
      [3, 'publishedAt (ngày đăng)'],
      [7, 'category2'],
    ]);
    expect(problems[0]!.message).toMatch(/thiếu tiêu đề/);
    expect(problems[1]!.message).toMatch(/ngày 30 không có trong tháng 2\/2022/);
    expect(problems[2]!.message).toMatch(/không có trong mẫu bài viết/);
  });

  it('fails unknown categories and sources, even alongside other errors', () => {
    const text = valid
      .replace('hoat-dong-ban', 'khong-co')
      .replace('bao-dan-toc', 'bao-la')
      .replace('Sapo của bài', '');
    const { problems } = validateArticle(article(text), FILE, registries);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['category (chuyên mục)']?.message).toMatch(/"khong-co" không có trong categories.yaml/);
    expect(byField['category (chuyên mục)']?.line).toBe(5);
    expect(byField['source.id (nguồn)']?.message).toMatch(/"bao-la" chưa đăng ký/);
    expect(byField['source.id (nguồn)']?.line).toBe(7);
    expect(byField['lede (sapo)']?.message).toMatch(/để trống/);
  });

  it('requires exactly one of source id and name', () => {
    const both = valid.replace('  id: bao-dan-toc', '  id: bao-dan-toc\n  name: Báo khác');
    expect(validateArticle(article(both), FILE, registries).problems[0]?.message).toMatch(
      /đúng một trong hai/,
    );
    const named = valid.replace('  id: bao-dan-toc', '  name: Báo Nhân Dân\n  kind: theo');
    expect(validateArticle(article(named), FILE, registries).problems).toEqual([]);
  });

  it('reports YAML syntax errors with their line', () => {
    const { problems } = validateArticle(article('title: "Không đóng ngoặc\nlede: x'), FILE, registries);
    expect(problems[0]?.field).toBe('(YAML)');
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('requires front matter at all', () => {
    const { problems } = validateArticle('Chỉ có nội dung', FILE, registries);
    expect(problems[0]?.message).toMatch(/front matter/);
  });

  it('requires alt text for a cover image', () => {
    const { problems } = validateArticle(article(valid + '\ncover: ./khong-co.jpg'), FILE, registries);
    const fields = problems.map((p) => p.field);
    expect(fields).toContain('coverAlt (mô tả ảnh bìa)');
    expect(fields).toContain('cover (ảnh bìa)');
  });

  it('normalises text to NFC', () => {
    const nfd = valid.replace('Hội nghị triển khai', 'Hội nghị triển khai'.normalize('NFD'));
    expect(validateArticle(article(nfd), FILE, registries).parsed?.title).toBe('Hội nghị triển khai');
  });
});
