import { describe, expect, it } from 'vitest';
import { hasRun, mergeByScore, mergeSorted, phraseFirst, viewsSortKey } from '../../src/lib/search/rank.ts';

const hit = (id: string, score: number) => ({ id, score });

describe('mergeByScore', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeByScore([
      [hit('a', 0.5), hit('b', 0.4)],
      [hit('b', 0.9), hit('c', 0.1)],
    ]);
    expect(merged).toEqual([hit('b', 0.9), hit('a', 0.5), hit('c', 0.1)]);
  });
  it('breaks ties by id so the order is stable', () => {
    expect(mergeByScore([[hit('z', 1), hit('a', 1)]]).map((h) => h.id)).toEqual(['a', 'z']);
  });
});

describe('phraseFirst', () => {
  const ranked = [
    hit('scattered', 0.9),
    hit('phrase-strong', 0.6),
    hit('phrase-weak', 0.3),
    hit('other', 0.1),
  ];
  it('puts phrase matches before scattered ones, each group by score', () => {
    expect(phraseFirst(ranked, new Set(['phrase-weak', 'phrase-strong'])).map((h) => h.id)).toEqual([
      'phrase-strong',
      'phrase-weak',
      'scattered',
      'other',
    ]);
  });
  it('keeps only phrase matches for a quoted query', () => {
    expect(phraseFirst(ranked, new Set(['phrase-weak']), true).map((h) => h.id)).toEqual(['phrase-weak']);
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

describe('mergeSorted', () => {
  it('merges sorted lists lazily, without duplicates, reading keys only for list heads', async () => {
    const keys: Record<string, string> = { a: '2024', b: '2023', c: '2022', d: '2021', e: '2020' };
    const reads: string[] = [];
    const key = async (item: { id: string }) => {
      reads.push(item.id);
      return keys[item.id]!;
    };
    const lists = [
      [{ id: 'a' }, { id: 'c' }, { id: 'e' }],
      [{ id: 'b' }, { id: 'c' }, { id: 'd' }],
    ];
    const first: string[] = [];
    for await (const item of mergeSorted(lists, key)) {
      first.push(item.id);
      if (first.length === 2) break;
    }
    expect(first).toEqual(['a', 'b']);
    expect(new Set(reads)).toEqual(new Set(['a', 'b', 'c']));
    const all: string[] = [];
    for await (const item of mergeSorted(lists, key)) all.push(item.id);
    expect(all).toEqual(['a', 'b', 'c', 'd', 'e']);
    const asc: string[] = [];
    for await (const item of mergeSorted([[...lists[0]!].reverse(), [...lists[1]!].reverse()], key, 'asc'))
      asc.push(item.id);
    expect(asc).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});

describe('viewsSortKey', () => {
  it('orders as strings the way the numbers order', () => {
    expect(viewsSortKey(9) < viewsSortKey(10)).toBe(true);
    expect(viewsSortKey(12450)).toBe('000000012450');
    expect(viewsSortKey(-3)).toBe('000000000000');
  });
});
