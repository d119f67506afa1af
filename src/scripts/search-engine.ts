/**
 * Runs a reader's query against Pagefind's browser API following src/lib/search/plan.ts:
 * existing spellings per syllable (đ/d), every variant as a plain search, merged in the relevance
 * order of rank.ts (phrase under any spelling, then title, then Pagefind's score; the phrase from
 * the matched positions, or a quoted search for quoted queries; the phrase in the title itself
 * first among title matches). Runs in the browser (search page);
 * Pagefind is passed in, so tests/unit/search-engine.test.ts runs it against a fake one.
 */
import { normalizeQuery } from '../lib/search/normalize.ts';
import { phraseQuery, plainQuery, planQuery, variants } from '../lib/search/plan.ts';
import { mergeVariants, phraseInTitle, relevanceOrder, type RankedHit } from '../lib/search/rank.ts';
import type { SortChoice } from '../lib/search/params.ts';
import type { SortOrder, SortRanks } from '../lib/search/sort-ranks.ts';

export interface PagefindData {
  url: string;
  /** The indexed text (title first, as the article's h1 opens the indexed body). */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  /** Metadata fields (Pagefind indexes "title") in which the query matched. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Pages matching the query before filters. */
  unfilteredResultCount: number;
}

export interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

export type SearchHit = RankedHit<PagefindResult>;

export interface SearchOutcome {
  total: number;
  /** Syllables in the query: the excerpt highlights a run this long as the phrase. */
  phraseLength: number;
  results: AsyncIterator<SearchHit>;
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

const none = (phraseLength = 0): SearchOutcome => ({ total: 0, phraseLength, results: fromArray([]) });

/** Results with no matched word are Pagefind's fallback for unknown words, not matches. */
const matched = (search: PagefindSearch) => search.results.filter((r) => r.words.length > 0);

const inTitle = (result: PagefindResult) => result.matchedMetaFields?.includes('title') ?? false;

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

/**
 * `sortRanks` loads the build's sort file (sort-ranks.ts); it is called only when the results
 * are to be sorted by date or views, so relevance searches never download it.
 */
export async function runSearch(
  pagefind: Pagefind,
  rawQuery: string,
  filters: Record<string, string>,
  sort: SortChoice,
  sortRanks: () => Promise<SortRanks>,
): Promise<SearchOutcome> {
  const order: SortOrder | undefined = sort === 'newest' ? 'date' : sort === 'views' ? 'views' : undefined;
  const query = normalizeQuery(rawQuery);
  const plan = planQuery(query);
  const phraseLength = plan.syllables.length;

  if (phraseLength === 0) {
    // Filters only (or no query at all): every article that passes them, newest first by default.
    if (Object.keys(filters).length === 0) return none();
    const [all, ranks] = await Promise.all([pagefind.search(null, { filters }), sortRanks()]);
    const hits = sorted(mergeVariants([all.results], 0, inTitle), ranks, order ?? 'date');
    return { total: hits.length, phraseLength, results: fromArray(hits) };
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
  if (combos.length === 0) return none(phraseLength);

  // Syllables with "-" or "." may be split into several words by Pagefind, so matched positions
  // cannot show the phrase: those queries, and quoted ones, also run Pagefind's quoted search.
  const quotedSearch =
    phraseLength > 1 && (plan.quoted || !plan.syllables.every((s) => /^[\p{L}\p{N}]+$/u.test(s)));
  // Fetched alongside the searches when a sort is chosen.
  const ranks = order ? sortRanks() : undefined;
  const phraseLists = quotedSearch
    ? await Promise.all(combos.map(async (v) => matched(await pagefind.search(phraseQuery(v), { filters }))))
    : [];
  const phraseIds = new Set(phraseLists.flat().map((r) => r.id));

  if (order && ranks && plan.quoted && phraseLength > 1) {
    const hits = sorted(mergeVariants(phraseLists, phraseLength, inTitle, phraseIds), await ranks, order);
    return { total: hits.length, phraseLength, results: fromArray(hits) };
  }
  const plains = await Promise.all(
    combos.map(async (v) => matched(await pagefind.search(plainQuery(v), { filters }))),
  );
  if (order && ranks) {
    const hits = sorted(mergeVariants(plains, phraseLength, inTitle), await ranks, order);
    return { total: hits.length, phraseLength, results: fromArray(hits) };
  }

  const merged = mergeVariants([...plains, ...phraseLists], phraseLength, inTitle, phraseIds);
  const ordered = relevanceOrder(merged, plan.quoted && phraseLength > 1);
  return { total: ordered.length, phraseLength, results: phraseTitlesFirst(ordered, combos) };
}

/** Pages checked at a time: a page of results and some to spare, so one demoted page costs no second round. */
const TITLE_CHECK_BATCH = 12;

/**
 * Among the phrase pages Pagefind matched in the title (the head of the relevance order), those
 * whose title holds the phrase itself come first; the others follow the whole group. The title
 * text is in a page's fragment only, so pages are checked a batch at a time as the reader pages
 * on: the fragments are those the results list loads to show them anyway.
 */
async function* phraseTitlesFirst(
  hits: readonly SearchHit[],
  spellings: readonly (readonly string[])[],
): AsyncGenerator<SearchHit> {
  const groupEnd = spellings[0]!.length > 1 ? hits.findIndex((hit) => !(hit.phrase && hit.title)) : 0;
  const end = groupEnd === -1 ? hits.length : groupEnd;
  const demoted: SearchHit[] = [];
  for (let start = 0; start < end; start += TITLE_CHECK_BATCH) {
    const batch = hits.slice(start, Math.min(end, start + TITLE_CHECK_BATCH));
    const inTitle = await Promise.all(
      batch.map(async (hit) => phraseInTitle((await hit.result.data()).meta.title ?? '', spellings)),
    );
    for (const [i, hit] of batch.entries()) {
      if (inTitle[i]) yield hit;
      else demoted.push(hit);
    }
  }
  yield* demoted;
  yield* hits.slice(end);
}

/** Newest or most viewed first, by the build's sort file (all variants' pages, each once). */
function sorted(hits: SearchHit[], ranks: SortRanks, order: SortOrder): SearchHit[] {
  return hits
    .map((hit) => ({ hit, rank: ranks.rank(order, hit.id) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ hit }) => hit);
}
