import { describe, expect, it } from 'vitest';
import { hasRun, mergeVariants, phraseInTitle, relevanceOrder } from '../../src/lib/search/rank.ts';

const hit = (id: string, score: number, words: number[] = [], title = false) => ({
  id,
  score,
  words,
  title,
});
const ids = (hits: readonly { id: string }[]) => hits.map((h) => h.id);
const byTitleField = (h: { title: boolean }) => h.title;

describe('mergeVariants', () => {
  it('keeps each page once with its best score', () => {
    const merged = mergeVariants(
      [
        [hit('a', 0.5), hit('b', 0.4)],
        [hit('b', 0.9), hit('c', 0.1)],
      ],
      1,
      byTitleField,
    );
    expect(relevanceOrder(merged).map((h) => [h.id, h.score])).toEqual([
      ['b', 0.9],
      ['a', 0.5],
      ['c', 0.1],
    ]);
  });
  it('breaks ties by id so the order is stable', () => {
    expect(ids(relevanceOrder(mergeVariants([[hit('z', 1), hit('a', 1)]], 1, byTitleField)))).toEqual([
      'a',
      'z',
    ]);
  });
  it('takes the phrase from whichever spelling has it, with that spelling’s positions for the excerpt', () => {
    const [page] = mergeVariants([[hit('p', 0.9, [3, 9])], [hit('p', 0.2, [40, 41])]], 2, byTitleField);
    expect(page).toMatchObject({ id: 'p', score: 0.9, phrase: true, words: [40, 41] });
  });
  it('marks a title match found under any spelling, and phrases found by a quoted search', () => {
    const merged = mergeVariants(
      [[hit('t', 0.1)], [hit('t', 0.1, [], true), hit('q', 0.2)]],
      2,
      byTitleField,
      new Set(['q']),
    );
    expect(merged.find((h) => h.id === 't')!.title).toBe(true);
    expect(merged.find((h) => h.id === 'q')!.phrase).toBe(true);
    expect(merged.find((h) => h.id === 't')!.phrase).toBe(false);
  });
  it('needs two syllables or more for a phrase', () => {
    expect(mergeVariants([[hit('a', 1, [4])]], 1, byTitleField)[0]!.phrase).toBe(false);
  });
});

describe('relevanceOrder', () => {
  const ranked = [
    { ...hit('scattered', 0.9), phrase: false },
    { ...hit('phrase-strong', 0.6), phrase: true },
    { ...hit('phrase-weak', 0.3), phrase: true },
    { ...hit('other', 0.1), phrase: false },
  ];
  it('puts phrase matches before scattered ones, each group by score', () => {
    expect(ids(relevanceOrder(ranked))).toEqual(['phrase-strong', 'phrase-weak', 'scattered', 'other']);
  });
  it('keeps only phrase matches for a quoted query', () => {
    expect(ids(relevanceOrder(ranked, true))).toEqual(['phrase-strong', 'phrase-weak']);
  });
  it('puts title matches above body matches within each group, then the score', () => {
    const withTitles = [
      { ...hit('phrase-body', 0.9), phrase: true },
      { ...hit('phrase-title', 0.2, [], true), phrase: true },
      { ...hit('scattered-body', 0.8), phrase: false },
      { ...hit('scattered-title', 0.1, [], true), phrase: false },
    ];
    expect(ids(relevanceOrder(withTitles))).toEqual([
      'phrase-title',
      'phrase-body',
      'scattered-title',
      'scattered-body',
    ]);
  });
});

describe('hasRun', () => {
  it('finds the query syllables standing together among the matched positions', () => {
    expect(hasRun([40, 3, 12, 13], 2)).toBe(true);
    expect(hasRun([3, 5, 12, 14], 2)).toBe(false);
    expect(hasRun([7, 8, 20, 21, 22, 9], 4)).toBe(false);
    expect(hasRun([7, 8, 20, 21, 22, 23], 4)).toBe(true);
    expect(hasRun([5, 5, 6], 3)).toBe(false);
    expect(hasRun([], 1)).toBe(false);
    expect(hasRun([9], 1)).toBe(true);
  });
});

describe('phraseInTitle', () => {
  it('needs the syllables of one spelling in order on adjacent title words, as prefixes, marks ignored, đ kept', () => {
    const hoiNghi = [['hoi', 'nghi']];
    expect(phraseInTitle('Hội nghị sơ kết năm 2024', hoiNghi)).toBe(true);
    expect(phraseInTitle('Ý kiến tại HỘI NGHỊ.', hoiNghi)).toBe(true);
    // Both syllables, apart: Pagefind's title match, not the phrase.
    expect(phraseInTitle('Phát triển kinh tế - xã hội theo Nghị quyết 88', hoiNghi)).toBe(false);
    expect(phraseInTitle('Nghị hội', hoiNghi)).toBe(false);
    // Adjacent matches of one syllable are not the phrase.
    const doiMoi = [
      ['doi', 'moi'],
      ['đoi', 'moi'],
    ];
    expect(phraseInTitle('Đồng bào đổi đời nhờ cây hồi', doiMoi)).toBe(false);
    expect(phraseInTitle('Đổi mới phương thức', doiMoi)).toBe(true);
    expect(phraseInTitle('Đổi mới phương thức', [['doi', 'moi']])).toBe(false);
  });
});
