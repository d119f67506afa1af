/** Splits a list into fixed-size pages: O(n) total, whatever the number of pages. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** Page numbers to show around `current`, with `null` for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/** Articles per listing page (categories, tags). */
export const LISTING_PAGE_SIZE = 20;
