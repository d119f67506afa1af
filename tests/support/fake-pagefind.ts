/**
 * An in-memory stand-in for Pagefind's browser API (the parts runSearch uses), with the behaviour
 * our query handling relies on: every query word must match (prefix match, tone and vowel marks
 * ignored, đ not folded), `words` lists the matched positions, quoted queries match adjacent words
 * only, a filter no page has gives no results but still counts the matches, `matchedMetaFields`
 * names "title" when a query word is in the title. `fakeSortRanks` is the build's sort file for
 * the same pages (their date and views), through the real encoder and decoder.
 */
import { decodeSortRanks, encodeSortRanks, type SortRanks } from '../../src/lib/search/sort-ranks.ts';
import type { Pagefind, PagefindResult, PagefindSearch } from '../../src/scripts/search-engine.ts';

export interface FakePage {
  url: string;
  title: string;
  body: string;
  filters?: Record<string, string>;
  date?: string;
  views?: number;
}

/** Result id of the i-th page, as Pagefind's are: the language, then a hash. */
const idOf = (i: number) => `vi_${(0x1f3a9c0 + i * 7919).toString(16)}`;

export function fakeSortRanks(pages: readonly FakePage[]): SortRanks {
  return decodeSortRanks(
    encodeSortRanks(pages.map((page, i) => ({ id: idOf(i), date: page.date ?? '', views: page.views ?? 0 }))),
  );
}

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

export interface FakePagefind extends Pagefind {
  /** Every query passed to search(), in order. */
  queries: string[];
}

export function fakePagefind(pages: readonly FakePage[]): FakePagefind {
  const indexed = pages.map((page, i) => {
    const content = `${page.title}. ${page.body}`;
    const words = content.split(/\s+/).map(fold);
    return { page, id: idOf(i), content, words, titleWords: page.title.split(/\s+/).map(fold) };
  });
  const queries: string[] = [];
  return {
    queries,
    async init() {},
    async search(query, options = {}): Promise<PagefindSearch> {
      queries.push(String(query));
      const filters = options.filters ?? {};
      const passes = (page: FakePage) =>
        Object.entries(filters).every(([key, value]) => page.filters?.[key] === value);
      let found: { entry: (typeof indexed)[number]; positions: number[] }[];
      if (query === null) {
        found = indexed.map((entry) => ({ entry, positions: [] }));
      } else {
        const quoted = /^".*"$/.test(query);
        const terms = query.replace(/"/g, '').split(/\s+/).map(fold).filter(Boolean);
        found = [];
        for (const entry of indexed) {
          const per = terms.map((term) => entry.words.flatMap((w, i) => (w.startsWith(term) ? [i] : [])));
          if (per.some((positions) => positions.length === 0)) continue;
          if (quoted) {
            const starts = per[0]!.filter((start) =>
              per.every((positions, k) => positions.includes(start + k)),
            );
            if (starts.length === 0) continue;
            found.push({ entry, positions: starts.flatMap((s) => terms.map((_, k) => s + k)) });
          } else {
            found.push({ entry, positions: [...new Set(per.flat())].sort((a, b) => a - b) });
          }
        }
      }
      const unfilteredResultCount = found.length;
      const terms = query === null ? [] : query.replace(/"/g, '').split(/\s+/).map(fold);
      const results: PagefindResult[] = found
        .filter(({ entry }) => passes(entry.page))
        .map(({ entry, positions }) => {
          const inTitle = terms.some((t) => entry.titleWords.some((w) => w.startsWith(t)));
          return {
            id: entry.id,
            score: positions.length / entry.words.length + (inTitle ? 0.5 : 0),
            words: positions,
            ...(inTitle ? { matchedMetaFields: ['title'] } : {}),
            data: async () => ({
              url: entry.page.url,
              content: entry.content,
              excerpt: '',
              meta: { title: entry.page.title },
            }),
          };
        });
      results.sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount };
    },
  };
}
