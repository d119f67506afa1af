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
 * Whether `length` consecutive word positions are all among a result's matched positions
 * (Pagefind's `words`). A plain search returns, for every page, the positions of each word that
 * matched one of the query's syllables, so a run as long as the query is the syllables standing
 * together: measured at 10,000 articles this gives exactly the pages of Pagefind's quoted
 * phrase search, for a few milliseconds instead of a second search (100–300 ms). In theory the
 * syllables could stand together in another order; the quoted search remains for readers who
 * type the quotes.
 */
export function hasRun(words: readonly number[], length: number): boolean {
  if (length <= 1) return words.length > 0;
  if (words.length < length) return false;
  const positions = new Set(words);
  for (const start of positions) {
    if (positions.has(start - 1)) continue; // not the start of a run
    let end = start + 1;
    while (positions.has(end)) end++;
    if (end - start >= length) return true;
  }
  return false;
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
