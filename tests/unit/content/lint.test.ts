import { describe, expect, it } from 'vitest';
import {
  isSiteLink,
  lintArticle,
  lintCollection,
  nonNfcLines,
  toneStyles,
  type ArticleSummary,
} from '../../../src/lib/content/lint.ts';

describe('lint: pure checks', () => {
  it('finds lines that are not NFC', () => {
    const text = ['Ủy ban Dân tộc', 'Ủy ban Dân tộc'.normalize('NFD'), 'abc'].join('\n');
    expect(nonNfcLines(text)).toEqual([2]);
    expect(nonNfcLines('hoàn toàn NFC')).toEqual([]);
  });

  it('tells old ("hoà", "Uỷ") from new ("hòa", "Ủy") tone placement, ignoring closed syllables and "qu"', () => {
    const styles = toneStyles(
      'Uỷ ban hoà giải, khoẻ mạnh\nỦy ban hòa bình, khỏe, thủy lợi\nquý, hoàng, khuyến, toán, Thuý',
    );
    expect(styles.old.map((u) => u.word)).toEqual(['Uỷ', 'hoà', 'khoẻ', 'Thuý']);
    expect(styles.new.map((u) => u.word)).toEqual(['Ủy', 'hòa', 'khỏe', 'thủy']);
    expect(styles.old.map((u) => u.line)).toEqual([1, 1, 1, 3]);
    // NFD text is compared as NFC.
    expect(toneStyles('Uỷ ban'.normalize('NFD')).old).toHaveLength(1);
  });

  it('recognises links on the site, not on other sites', () => {
    expect(isSiteLink('/tin-tuc/x/')).toBe(true);
    expect(isSiteLink('https://tin.cema.gov.vn/tin-tuc/x/')).toBe(true);
    expect(isSiteLink('https://baodantoc.vn/tin-tuc/x/')).toBe(false);
    expect(isSiteLink('//evil.example/tin-tuc/x/')).toBe(false);
  });

  it('reports duplicate slugs and titles and links to missing or draft articles, in one linear pass', () => {
    const a = (over: Partial<ArticleSummary>): ArticleSummary => ({
      file: 'a.md',
      slug: 'a',
      title: 'A',
      titleLine: 2,
      draft: false,
      links: [],
      ...over,
    });
    const issues = lintCollection([
      a({
        file: '2021/a/index.md',
        slug: 'a',
        title: 'Hội nghị giao ban',
        links: [{ url: '/tin-tuc/khong-co/', line: 9 }],
      }),
      a({
        file: '2022/a/index.md',
        slug: 'a',
        title: 'hội nghị  giao ban',
        links: [{ url: '/tin-tuc/nhap/#doan-2', line: 12 }],
      }),
      a({
        file: '2022/nhap/index.md',
        slug: 'nhap',
        title: 'Bản nháp',
        draft: true,
        links: [{ url: 'https://example.org/tin-tuc/khong-co/', line: 8 }],
      }),
    ]);
    expect(issues.map((i) => [i.file, i.line, i.severity, i.message.slice(0, 40)])).toEqual([
      ['2022/a/index.md', 1, 'error', 'trùng địa chỉ bài viết "a" với 2021/a/in'],
      ['2022/a/index.md', 2, 'warning', 'trùng tiêu đề với 2021/a/index.md; người'],
      ['2021/a/index.md', 9, 'error', 'liên kết "/tin-tuc/khong-co/" trỏ tới bà'],
      ['2022/a/index.md', 12, 'warning', 'liên kết "/tin-tuc/nhap/#doan-2" trỏ tới'],
    ]);
  });
});

describe('lint: authors', () => {
  const facts = (author: string) => ({
    file: 'a.md',
    slug: 'a',
    source: `---\nauthor: ${author}\n---\n`,
    data: { author },
    body: '',
    bodyStartLine: 4,
    lineOf: () => 2,
  });
  const authors = [{ id: 'minh-thu', name: 'Minh Thu' }];
  const authorIssues = (author: string) =>
    lintArticle(facts(author), [], { images: [] }, authors).filter((i) => i.field === 'author (tác giả)');

  it('warns when a registered author is written by name (any case or tone placement) instead of id', () => {
    expect(authorIssues('minh  thu.')).toEqual([
      {
        file: 'a.md',
        line: 2,
        field: 'author (tác giả)',
        severity: 'warning',
        message:
          'tác giả "minh  thu." đã đăng ký trong authors.yaml: viết "author: minh-thu" để bài liên kết đến trang tác giả',
      },
    ]);
  });

  it('accepts the id and any other free-text name', () => {
    expect(authorIssues('minh-thu')).toEqual([]);
    expect(authorIssues('Nhóm phóng viên')).toEqual([]);
  });
});
