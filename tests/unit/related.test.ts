import { describe, expect, it } from 'vitest';
import { nearestInTime, type Dated } from '../../src/lib/related.ts';

const day = 86_400_000;
const list: Dated[] = [10, 9, 7, 6, 3, 1].map((d) => ({ id: `d${d}`, time: d * day })); // newest first

describe('nearestInTime', () => {
  it('picks the articles nearest in date on both sides, newest first', () => {
    const current = list.find((a) => a.id === 'd6')!;
    expect(nearestInTime(list, current, 3).map((a) => a.id)).toEqual(['d9', 'd7', 'd3']);
  });

  it('never returns the article itself', () => {
    for (const current of list) {
      expect(nearestInTime(list, current, 10).map((a) => a.id)).not.toContain(current.id);
      expect(nearestInTime(list, current, 10)).toHaveLength(list.length - 1);
    }
  });

  it('works at the edges of the list', () => {
    expect(nearestInTime(list, list[0]!, 2).map((a) => a.id)).toEqual(['d9', 'd7']);
    expect(nearestInTime(list, list.at(-1)!, 2).map((a) => a.id)).toEqual(['d6', 'd3']);
  });

  it('prefers the older article on a tie', () => {
    const tie: Dated[] = [
      { id: 'new', time: 7 * day },
      { id: 'mid', time: 5 * day },
      { id: 'old', time: 3 * day },
    ];
    expect(nearestInTime(tie, tie[1]!, 1).map((a) => a.id)).toEqual(['old']);
  });

  it('handles articles with the same time', () => {
    const same: Dated[] = [
      { id: 'a', time: day },
      { id: 'b', time: day },
      { id: 'c', time: day },
    ];
    expect(
      nearestInTime(same, same[1]!, 5)
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a', 'c']);
  });

  it('stays fast on 100,000 articles (binary search, not a scan per article)', () => {
    const big: Dated[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `a${i}`,
      time: (100_000 - i) * 1000,
    }));
    const picked = nearestInTime(big, big[50_000]!, 5);
    expect(picked.map((a) => a.id)).toEqual(['a49998', 'a49999', 'a50001', 'a50002', 'a50003']);
  });
});
