/**
 * What an article page tells Pagefind besides its text: result metadata (shown in the result
 * list, and the date and views the build's sort file is made from, sort-ranks.ts) and filters.
 * No Pagefind sort keys: they would weigh on every search (see sort-ranks.ts). Pure, so the
 * values are unit-tested; SearchMeta.astro renders them.
 */
import { displayDate, isoVietnam, vnYear, type PreciseDate } from '../dates.ts';

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
}

/** Filter and sort names, shared by the article page and the search page's URL parameters. */
export const FILTERS = { category: 'category', year: 'year', source: 'source' } as const;
/** Metadata the build's sort file reads (src/integrations/search-sort-ranks.ts). */
export const SORT_META = { date: 'datetime', views: 'views' } as const;

export function searchFields(input: SearchFieldsInput): SearchFields {
  const { published } = input;
  const meta: Record<string, string> = {
    date: displayDate(published),
    [SORT_META.date]: isoVietnam(published.date),
    category: input.categoryName,
    [SORT_META.views]: String(Math.max(0, Math.floor(input.views))),
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
  return { meta, filters };
}
