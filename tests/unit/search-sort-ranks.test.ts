import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/corpus/generate.ts';
import { decodeSortRanks, encodeSortRanks, type SortablePage } from '../../src/lib/search/sort-ranks.ts';

const PAGES: SortablePage[] = [
  { id: 'vi_3a2846c', date: '2023-05-01T08:00:00+07:00', views: 10 },
  { id: 'vi_56dea04', date: '2024-01-02T09:00:00+07:00', views: 900 },
  { id: 'vi_ee3cc5b', date: '2021-12-31T23:00:00+07:00', views: 900 },
  { id: 'vi_3a29f00', date: '2024-01-02T09:00:00+07:00', views: 0 },
];

describe('sort ranks (the search page’s newest / most viewed orders)', () => {
  it('keeps the shortest unique id prefixes, newest first, and views as positions', () => {
    const file = encodeSortRanks(PAGES);
    expect(file.common).toBe('vi_');
    // "3a28…" and "3a29…" differ at the fourth character.
    expect(file.width).toBe(4);
    // Equal times by id: 3a29f00 before 56dea04.
    expect(file.ids).toBe('3a2956de3a28ee3c');
    // 900 views twice: the newer first; then 10, then 0.
    expect(file.views).toEqual([1, 3, 2, 0]);
  });

  it('ranks every page as sorting the full list would, unknown ids last', () => {
    const ranks = decodeSortRanks(encodeSortRanks(PAGES));
    const order = (by: 'date' | 'views') =>
      [...PAGES].sort((a, b) => ranks.rank(by, a.id) - ranks.rank(by, b.id)).map((p) => p.id);
    expect(order('date')).toEqual(['vi_3a29f00', 'vi_56dea04', 'vi_3a2846c', 'vi_ee3cc5b']);
    expect(order('views')).toEqual(['vi_56dea04', 'vi_ee3cc5b', 'vi_3a2846c', 'vi_3a29f00']);
    expect(ranks.rank('date', 'vi_0000000')).toBe(Number.MAX_SAFE_INTEGER);
    expect(ranks.rank('views', 'en_3a2846c')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('round-trips 10,000 random pages through JSON with short ids', () => {
    const random = mulberry32(7);
    const pages: SortablePage[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `vi_${Math.floor(random() * 2 ** 28)
        .toString(16)
        .padStart(7, '0')}${i}`.slice(0, 10),
      date: new Date(Date.UTC(2010, 0, 1) + Math.floor(random() * 5e11)).toISOString(),
      views: Math.floor(random() * 50_000),
    }));
    const unique = [...new Map(pages.map((p) => [p.id, p])).values()];
    const file = JSON.parse(JSON.stringify(encodeSortRanks(unique)));
    expect(file.width).toBeLessThanOrEqual(7);
    const ranks = decodeSortRanks(file);
    const byDate = [...unique].sort((a, b) => ranks.rank('date', a.id) - ranks.rank('date', b.id));
    const byViews = [...unique].sort((a, b) => ranks.rank('views', a.id) - ranks.rank('views', b.id));
    for (let i = 1; i < unique.length; i++) {
      expect(byDate[i - 1]!.date >= byDate[i]!.date).toBe(true);
      expect(byViews[i - 1]!.views >= byViews[i]!.views).toBe(true);
    }
    expect(new Set(unique.map((p) => ranks.rank('date', p.id))).size).toBe(unique.length);
  });
});
