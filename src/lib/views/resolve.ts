/**
 * From source keys (slugs or URL paths) to article slugs, through the one URL function, and the
 * deterministic snapshot text that `npm run views:pull` writes and the loader digests.
 */
import { SLUG_PATTERN } from '../slug.ts';
import { articleSlugFromPath } from '../urls.ts';
import { MAX_LISTED_PROBLEMS, ViewsSourceError, type CountRow } from './parse.ts';

/** A key's article slug: the key itself when it is a slug, else the slug of its /tin-tuc/<slug>/ path. */
export function keyToSlug(key: string): string | undefined {
  const trimmed = key.trim();
  if (SLUG_PATTERN.test(trimmed)) return trimmed;
  return articleSlugFromPath(trimmed);
}

export interface ResolvedCounts {
  /** Slug → counted views, sorted by slug. Keys that reach the same article are added up. */
  counts: Map<string, number>;
  /** Source keys that reach no article (reported to staff, never silently dropped). */
  unmatched: string[];
}

export function resolveCounts(rows: readonly CountRow[], known: ReadonlySet<string>): ResolvedCounts {
  const sums = new Map<string, number>();
  const unmatched: string[] = [];
  for (const { key, count } of rows) {
    const slug = keyToSlug(key);
    if (slug === undefined || !known.has(slug)) {
      unmatched.push(key);
      continue;
    }
    sums.set(slug, (sums.get(slug) ?? 0) + count);
  }
  // Keys that reach one article add up; a total no number can hold exactly is bad data, not a count.
  const overflowing = [...sums].filter(([, total]) => !Number.isSafeInteger(total)).map(([slug]) => slug);
  if (overflowing.length > 0) {
    throw new ViewsSourceError(
      `tổng lượt xem của ${overflowing.length} bài quá lớn (vượt ${Number.MAX_SAFE_INTEGER}): ${overflowing.slice(0, MAX_LISTED_PROBLEMS).join(', ')} (sum too large)`,
    );
  }
  const counts = new Map([...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { counts, unmatched: unmatched.sort() };
}

/** Snapshot text: one `"slug": count` per line, sorted by slug, so a pull gives a stable, reviewable diff. */
export function serializeSnapshot(counts: ReadonlyMap<string, number>): string {
  const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
