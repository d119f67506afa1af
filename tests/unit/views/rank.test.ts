import { describe, expect, it } from 'vitest';
import { compareByViews, sortByViews, topByViews } from '../../../src/lib/views/rank.ts';

describe('ranking by views', () => {
  const list = [
    { id: 'a', views: 5, time: 1 },
    { id: 'b', views: 9, time: 1 },
    { id: 'c', views: 5, time: 2 },
    { id: 'd', views: 0, time: 3 },
    { id: 'e', views: 5, time: 2 },
  ];

  it('sorts most viewed first, then newest, then by slug', () => {
    expect(sortByViews(list).map((x) => x.id)).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(compareByViews(list[0]!, list[0]!)).toBe(0);
  });

  it('takes the top n without sorting everything, leaving out articles with no views', () => {
    expect(topByViews(list, 3).map((x) => x.id)).toEqual(['b', 'c', 'e']);
    expect(topByViews(list, 10).map((x) => x.id)).toEqual(['b', 'c', 'e', 'a']);
    expect(topByViews(list, 0)).toEqual([]);
    // Same answer as a full sort on a larger shuffled list.
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: `x${i}`,
      views: (i * 7919) % 97,
      time: i % 13,
    }));
    expect(topByViews(many, 5)).toEqual(sortByViews(many).slice(0, 5));
  });
});
