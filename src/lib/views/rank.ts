/** Ordering articles by views: most viewed first, then newest, then by slug (deterministic). */

export interface Ranked {
  id: string;
  views: number;
  time: number;
}

export function compareByViews(a: Ranked, b: Ranked): number {
  return b.views - a.views || b.time - a.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy of `list` ordered by views: O(n log n), done once per list. */
export function sortByViews<T extends Ranked>(list: readonly T[]): T[] {
  return [...list].sort(compareByViews);
}

/**
 * The `n` most viewed of `list` in one pass (O(len · n), n small), without sorting the whole list.
 * Articles with no views are left out: a "most viewed" list of zeros would mean nothing.
 */
export function topByViews<T extends Ranked>(list: readonly T[], n: number): T[] {
  const top: T[] = [];
  if (n <= 0) return top;
  for (const item of list) {
    if (item.views <= 0) continue;
    if (top.length === n && compareByViews(item, top[n - 1]!) >= 0) continue;
    let i = Math.min(top.length, n - 1);
    if (top.length < n) top.push(item);
    else top[i] = item;
    while (i > 0 && compareByViews(top[i]!, top[i - 1]!) < 0) {
      [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
      i--;
    }
  }
  return top;
}
