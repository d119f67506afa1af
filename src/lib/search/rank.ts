/**
 * Merging the results of several Pagefind searches (spelling variants, phrase and plain) into
 * one ranked list. Pure: works on ids and scores, so the rules are unit-tested without a browser.
 */

export interface Hit {
  id: string;
  score: number;
}

/** Union of several result lists, each page once with its best score, best first. */
export function mergeByScore<T extends Hit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (!seen || hit.score > seen.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Relevance order: pages where the syllables occur together as a phrase first, then the others;
 * within each group Pagefind's own score (term frequency, title weight) decides. Pagefind scores
 * every phrase match 1.0, so the plain search's score is what orders the phrase group.
 * With `phraseOnly` (the reader typed quotes) pages without the phrase are left out.
 */
export function phraseFirst<T extends Hit>(
  ranked: readonly T[],
  phraseIds: ReadonlySet<string>,
  phraseOnly = false,
): T[] {
  const together = ranked.filter((hit) => phraseIds.has(hit.id));
  if (phraseOnly) return together;
  return [...together, ...ranked.filter((hit) => !phraseIds.has(hit.id))];
}

/**
 * Lazily merges lists that are each already sorted (Pagefind's sort by date or views) into one
 * sorted, duplicate-free list. `key` may be async (it reads the result's metadata), and is only
 * called for the heads of the lists, so showing n results costs about n + lists key reads.
 */
export async function* mergeSorted<T extends { id: string }>(
  lists: readonly (readonly T[])[],
  key: (item: T) => Promise<string> | string,
  direction: 'asc' | 'desc' = 'desc',
): AsyncGenerator<T> {
  const positions = lists.map(() => 0);
  const keys = new Map<T, string>();
  const keyOf = async (item: T) => {
    let value = keys.get(item);
    if (value === undefined) keys.set(item, (value = await key(item)));
    return value;
  };
  const emitted = new Set<string>();
  for (;;) {
    let bestList = -1;
    let bestKey = '';
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]!;
      while (positions[i]! < list.length && emitted.has(list[positions[i]!]!.id)) positions[i]!++;
      if (positions[i]! >= list.length) continue;
      const k = await keyOf(list[positions[i]!]!);
      const better = direction === 'desc' ? k > bestKey : k < bestKey;
      if (bestList === -1 || better) {
        bestList = i;
        bestKey = k;
      }
    }
    if (bestList === -1) return;
    const item = lists[bestList]![positions[bestList]!++]!;
    emitted.add(item.id);
    yield item;
  }
}

/** Sort keys Pagefind compares as strings: zero-padded so "9" < "10". */
export function viewsSortKey(views: number): string {
  return String(Math.max(0, Math.floor(views))).padStart(12, '0');
}
