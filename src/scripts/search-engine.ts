/**
 * Runs a reader's query against Pagefind's browser API following src/lib/search/plan.ts:
 * existing spellings per syllable (đ/d), every variant as a plain search, merged phrase-first
 * (the phrase group from the matched positions; a quoted phrase search for quoted queries). Runs in the browser only (search page).
 */
import { normalizeQuery } from '../lib/search/normalize.ts';
import { phraseQuery, plainQuery, planQuery, variants } from '../lib/search/plan.ts';
import { hasRun, mergeByScore, mergeSorted, phraseFirst } from '../lib/search/rank.ts';
import type { SortChoice } from '../lib/search/params.ts';
import { SORTS } from '../lib/search/fields.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  /** Pages matching the query before filters. */
  unfilteredResultCount: number;
}

export interface Pagefind {
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

export interface SearchOutcome {
  total: number;
  results: AsyncIterator<PagefindResult>;
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Results with no matched word are Pagefind's fallback for unknown words, not matches. */
const matched = (search: PagefindSearch) => search.results.filter((r) => r.words.length > 0);

/**
 * Whether a spelling occurs in the index. A search under a filter no page has returns no
 * results but still counts the matches, without building and scoring thousands of results
 * (1–3 ms instead of 100–300 ms for a syllable in every article, measured at 10,000 articles).
 * Few matches are confirmed with a real search, which then is cheap, to exclude fallbacks.
 */
async function occurs(pagefind: Pagefind, form: string): Promise<boolean> {
  const count = (await pagefind.search(form, { filters: { khong_loc: '-' } })).unfilteredResultCount;
  if (count === 0) return false;
  if (count > 100) return true;
  return matched(await pagefind.search(form)).length > 0;
}

export async function runSearch(
  pagefind: Pagefind,
  rawQuery: string,
  filters: Record<string, string>,
  sort: SortChoice,
): Promise<SearchOutcome> {
  const sortKey = sort === 'newest' ? SORTS.date : sort === 'views' ? SORTS.views : undefined;
  const sortOption = sortKey ? { [sortKey]: 'desc' as const } : undefined;
  const query = normalizeQuery(rawQuery);
  const plan = planQuery(query);

  if (plan.syllables.length === 0) {
    // Filters only (or no query at all): every article that passes them, newest first by default.
    if (Object.keys(filters).length === 0) return { total: 0, results: fromArray([]) };
    const all = await pagefind.search(null, { filters, sort: sortOption ?? { [SORTS.date]: 'desc' } });
    return { total: all.results.length, results: fromArray(all.results) };
  }

  // Which spellings of each syllable occur in the index at all (no extra bytes: the chunks are the
  // ones the search needs anyway). One syllable in one spelling needs no check: its own search
  // shows whether it matched.
  const single = plan.forms.length === 1 && plan.forms[0]!.length === 1;
  const existing = single
    ? plan.forms
    : await Promise.all(
        plan.forms.map(async (forms) => {
          const found = await Promise.all(forms.map((form) => occurs(pagefind, form)));
          return forms.filter((_, i) => found[i]);
        }),
      );
  const combos = variants(existing);
  if (combos.length === 0) return { total: 0, results: fromArray([]) };

  const plains = await Promise.all(
    combos.map(async (v) => matched(await pagefind.search(plainQuery(v), { filters, sort: sortOption }))),
  );
  const phraseWanted = plan.syllables.length > 1;

  if (!sortKey) {
    const ranked = mergeByScore(plains);
    if (!phraseWanted) return { total: ranked.length, results: fromArray(ranked) };
    if (!plan.quoted && plan.syllables.every((syllable) => /^[\p{L}\p{N}]+$/u.test(syllable))) {
      // The phrase group from the plain results' matched positions (rank.ts, hasRun): no second
      // search. Syllables with "-" or "." may be split into several words by Pagefind, so those
      // queries keep the quoted search below.
      const phraseIds = new Set(
        plains.flatMap((list, i) => list.filter((r) => hasRun(r.words, combos[i]!.length)).map((r) => r.id)),
      );
      const ordered = phraseFirst(ranked, phraseIds);
      return { total: ordered.length, results: fromArray(ordered) };
    }
    const phrases = await Promise.all(
      combos.map(async (v) => matched(await pagefind.search(phraseQuery(v), { filters }))),
    );
    const phraseIds = new Set(phrases.flat().map((r) => r.id));
    const seen = new Set(ranked.map((r) => r.id));
    const extra = mergeByScore(phrases).filter((r) => !seen.has(r.id));
    const ordered = phraseFirst([...ranked, ...extra], phraseIds, plan.quoted);
    return { total: ordered.length, results: fromArray(ordered) };
  }

  if (plan.quoted && phraseWanted) {
    const phrases = await Promise.all(
      combos.map(async (v) => matched(await pagefind.search(phraseQuery(v), { filters, sort: sortOption }))),
    );
    return sortedOutcome(phrases, sortKey);
  }
  return sortedOutcome(plains, sortKey);
}

function sortedOutcome(lists: PagefindResult[][], sortKey: string): SearchOutcome {
  const total = new Set(lists.flat().map((r) => r.id)).size;
  if (lists.length === 1) return { total, results: fromArray(lists[0]!) };
  const key = async (r: PagefindResult) => (await r.data()).meta[`sort_${sortKey}`] ?? '';
  return { total, results: mergeSorted(lists, key, 'desc') };
}
