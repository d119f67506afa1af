/**
 * What an article page tells Pagefind besides its text: result metadata (shown in the result
 * list), filters and sort keys. Pure, so the values are unit-tested; SearchMeta.astro renders them.
 */
import { displayDate, isoVietnam, vnYear, type PreciseDate } from '../dates.ts';
import { viewsSortKey } from './rank.ts';

export interface SearchFieldsInput {
  published: PreciseDate;
  views: number;
  categoryId: string;
  categoryName: string;
  /** Display name of the source ("Báo Dân tộc"), if the article names one. */
  sourceName?: string;
  /** Thumbnail URL of the cover, if any. */
  image?: string;
  imageAlt?: string;
}

export interface SearchFields {
  meta: Record<string, string>;
  filters: Record<string, string>;
  sort: Record<string, string>;
}

/** Filter and sort names, shared by the article page and the search page's URL parameters. */
export const FILTERS = { category: 'category', year: 'year', source: 'source' } as const;
export const SORTS = { date: 'date', views: 'views' } as const;

export function searchFields(input: SearchFieldsInput): SearchFields {
  const { published } = input;
  const meta: Record<string, string> = {
    date: displayDate(published),
    datetime: isoVietnam(published.date),
    category: input.categoryName,
    // Sort keys again as metadata: merging several sorted searches reads them (rank.ts).
    [`sort_${SORTS.date}`]: isoVietnam(published.date),
    [`sort_${SORTS.views}`]: viewsSortKey(input.views),
  };
  if (input.image) {
    meta.image = input.image;
    meta.image_alt = input.imageAlt ?? '';
  }
  const filters: Record<string, string> = {
    [FILTERS.category]: input.categoryId,
    [FILTERS.year]: String(vnYear(published.date)),
  };
  if (input.sourceName) filters[FILTERS.source] = input.sourceName;
  return {
    meta,
    filters,
    sort: { [SORTS.date]: isoVietnam(published.date), [SORTS.views]: viewsSortKey(input.views) },
  };
}
