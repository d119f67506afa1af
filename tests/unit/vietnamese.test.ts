import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import {
  canonicalTones,
  comparisonKey,
  findControlChars,
  foldDd,
  stripControlChars,
  toneStyleOf,
} from '../../src/lib/vietnamese.ts';
import { lintArticle } from '../../src/lib/content/lint.ts';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { remarkNfc } from '../../src/lib/markdown/remark-nfc.ts';
import { bodyOpensWithLede } from '../../src/lib/lede.ts';

/** Every character XML 1.0 forbids or discourages, and the whitespace that must stay. */
const ILLEGAL = [
  ...Array.from({ length: 9 }, (_, i) => i),
  0x0b,
  0x0c,
  ...Array.from({ length: 0x20 - 0x0e }, (_, i) => 0x0e + i),
  ...Array.from({ length: 0xa0 - 0x7f }, (_, i) => 0x7f + i),
].map((code) => String.fromCodePoint(code));

describe('control characters', () => {
  it('strips U+0000–U+0008, U+000B, U+000C, U+000E–U+001F and U+007F–U+009F, keeping tab, LF and CR', () => {
    expect(ILLEGAL).toHaveLength(9 + 2 + 18 + 33);
    expect(stripControlChars(`Hội${ILLEGAL.join('')} nghị`)).toBe('Hội nghị');
    expect(stripControlChars('a\tb\nc\r\nd\u00A0đ ~')).toBe('a\tb\nc\r\nd\u00A0đ ~');
    expect(stripControlChars('Ủy ban')).toBe('Ủy ban');
  });

  it('finds each one with its line, column and code point', () => {
    expect(findControlChars('dòng một\nHội\u000Bnghị\u0001\nxong\u009F')).toEqual([
      { line: 2, column: 4, code: 'U+000B' },
      { line: 2, column: 9, code: 'U+0001' },
      { line: 3, column: 5, code: 'U+009F' },
    ]);
    expect(findControlChars('sạch\tsẽ\r\n')).toEqual([]);
  });

  it('is an error of check:content naming the line and the character', () => {
    const source = '---\ntitle: "Hội\u000Cnghị"\n---\n\nĐoạn một.\n\nĐoạn\u0007 hai\u007F.\n';
    const parsed = parseFrontmatter(source);
    const issues = lintArticle(
      {
        file: 'a.md',
        slug: 'a',
        source,
        data: parsed.data,
        body: parsed.body,
        bodyStartLine: parsed.bodyStartLine,
        lineOf: parsed.lineOf,
      },
      [],
    ).filter((i) => i.message.includes('ký tự điều khiển'));
    expect(issues.map((i) => [i.file, i.line, i.severity])).toEqual([
      ['a.md', 2, 'error'],
      ['a.md', 7, 'error'],
    ]);
    expect(issues[0]!.message).toContain('U+000C (cột 12)');
    expect(issues[1]!.message).toContain('U+0007 (cột 5), U+007F (cột 10)');
  });

  it('never reaches front matter text or the rendered body', async () => {
    const { data } = parseFrontmatter('---\ntitle: "Hội\u000Bnghị"\ntags: ["Dân\u0008 tộc"]\n---\n');
    expect(data).toEqual({ title: 'Hộinghị', tags: ['Dân tộc'] });
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkNfc)
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(
          'Đoạn\u000C văn [liên\u0001 kết](/a "tiêu\u0002 đề") ![ảnh\u001F](/b.jpg)\n\n```\nmã\u0003\n```\n',
        ),
    );
    expect(findControlChars(html)).toEqual([]);
    expect(html).toContain('Đoạn văn');
    expect(html).toContain('title="tiêu đề"');
    expect(html).toContain('alt="ảnh"');
    // The lede pasted as the body's opening paragraph is still recognised as the same text.
    expect(bodyOpensWithLede('Sapo\u000B bài.\n\nThân bài.', 'Sapo bài.')).toBe(true);
  });
});

describe('canonicalTones', () => {
  it('writes the old tone placement the new way', () => {
    expect(canonicalTones('hoà bình, khoẻ mạnh, thuỷ lợi')).toBe('hòa bình, khỏe mạnh, thủy lợi');
    expect(canonicalTones('HOÀ')).toBe('HÒA');
  });

  it('leaves syllables where both placements agree', () => {
    // "quý": u belongs to "qu"; closed syllables; marks on a vowel that already has a quality mark.
    for (const word of [
      'quý',
      'quỳnh',
      'hoàng',
      'khoảng',
      'thuế',
      'huyền',
      'hoặc',
      'toán',
      'Ủy',
      'ủy',
      'lòa',
      'a',
      'hoa',
      'tuy',
    ]) {
      expect(canonicalTones(word), word).toBe(word);
    }
  });
});

describe('toneStyleOf', () => {
  it('tells the old placement from the new, and words with one spelling from both', () => {
    expect(['hoà', 'khoẻ', 'Uỷ', 'thuỷ'].map(toneStyleOf)).toEqual(['old', 'old', 'old', 'old']);
    expect(['hòa', 'khỏe', 'Ủy', 'thủy'].map(toneStyleOf)).toEqual(['new', 'new', 'new', 'new']);
    expect(['quý', 'hoàng', 'khuyến', 'a', 'hoa'].map(toneStyleOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('agrees with canonicalTones: an old-style word is exactly one that canonicalTones rewrites', () => {
    for (const word of ['hoà', 'khoẻ', 'Uỷ', 'hòa', 'Ủy', 'quý', 'hoàng', 'toán']) {
      expect(toneStyleOf(word) === 'old', word).toBe(canonicalTones(word) !== word);
    }
  });
});

describe('comparisonKey', () => {
  it('compares names across case, tone placement, NFD, spacing and a trailing dot', () => {
    expect(comparisonKey('Hoạt động của  Uỷ ban.')).toBe(comparisonKey('hoạt động của Ủy ban'));
    expect(comparisonKey('Báo Dân tộc'.normalize('NFD'))).toBe('báo dân tộc');
    expect(comparisonKey('Báo Dân tộc')).not.toBe(comparisonKey('Báo Dân trí'));
  });
});

describe('foldDd', () => {
  it('folds đ and Đ to d and D and nothing else', () => {
    expect(foldDd('Đổi mới, đoàn công tác')).toBe('Dổi mới, doàn công tác');
  });
});
