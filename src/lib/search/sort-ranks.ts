/**
 * The "newest" and "most viewed" orders of the search page, kept out of Pagefind (issue 15).
 *
 * Pagefind stores one page order per sort key in the metadata file that every search downloads
 * first: at 10,000 articles the date and views orders were 46 of its 119 KB, paid by every reader
 * although few choose a sort. Instead the build writes this compact file beside the index, and the
 * search page fetches it only when the reader picks a sort: the pages' result ids (Pagefind's page
 * hashes, cut to the shortest prefix that is still unique) in date order, then the views order as
 * positions in that list. Pure, so both directions are unit-tested.
 */

export const SORT_RANKS_FILE = 'sort-ranks.json';

export interface SortablePage {
  /** Pagefind's result id (its page hash, e.g. "vi_3a2846c"). */
  id: string;
  /** Publication time, ISO 8601 with offset (compared as text: all in Vietnam time). */
  date: string;
  views: number;
}

export interface SortRanksFile {
  version: 1;
  /** What every id starts with (the language prefix), left out of `ids`. */
  common: string;
  /** Characters of each id kept after `common`. */
  width: number;
  /** The ids, `width` characters each, newest first. */
  ids: string;
  /** Positions in `ids`, most viewed first. */
  views: number[];
}

export type SortOrder = 'date' | 'views';

export interface SortRanks {
  /** 0 for the first page in that order; pages not in the file come last. */
  rank(order: SortOrder, id: string): number;
}

function commonPrefix(ids: readonly string[]): string {
  let prefix = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Shortest width at which the ids' prefixes are all different (ids are unique). */
function uniqueWidth(rests: readonly string[]): number {
  const longest = Math.max(0, ...rests.map((rest) => rest.length));
  // Grows from the width that n random hex ids need: usually one or two tries.
  let width = Math.max(1, Math.ceil(Math.log(Math.max(2, rests.length)) / Math.log(16)));
  for (; width < longest; width++) {
    if (new Set(rests.map((rest) => rest.slice(0, width))).size === rests.length) break;
  }
  return width;
}

const byId = (a: SortablePage, b: SortablePage) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function encodeSortRanks(pages: readonly SortablePage[]): SortRanksFile {
  // Newest first; equal times by id so that the order is the same on every build.
  const dated = [...pages].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : byId(a, b)));
  const common = commonPrefix(dated.map((page) => page.id));
  const rests = dated.map((page) => page.id.slice(common.length));
  const width = uniqueWidth(rests);
  const padded = rests.map((rest) => rest.slice(0, width).padEnd(width, ' '));
  // Most viewed first; equal counts newest first (their position in the date order).
  const views = dated.map((_, i) => i).sort((a, b) => dated[b]!.views - dated[a]!.views || a - b);
  return { version: 1, common, width, ids: padded.join(''), views };
}

export function decodeSortRanks(file: SortRanksFile): SortRanks {
  const { common, width, ids } = file;
  const count = width > 0 ? ids.length / width : 0;
  const datePosition = new Map<string, number>();
  for (let i = 0; i < count; i++) datePosition.set(ids.slice(i * width, (i + 1) * width).trimEnd(), i);
  const viewsRank = new Int32Array(count);
  file.views.forEach((position, rank) => (viewsRank[position] = rank));
  return {
    rank(order, id) {
      const position = id.startsWith(common)
        ? datePosition.get(id.slice(common.length, common.length + width))
        : undefined;
      if (position === undefined) return Number.MAX_SAFE_INTEGER;
      return order === 'date' ? position : viewsRank[position]!;
    },
  };
}
