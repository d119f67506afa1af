/** The search page's URL parameters (Vietnamese, as readers see them in shared links). */
export const SEARCH_PARAMS = {
  query: 'q',
  category: 'chuyen-muc',
  year: 'nam',
  source: 'nguon',
  sort: 'sap-xep',
} as const;

export type SortChoice = 'relevance' | 'newest' | 'views';

/** Values of the sort parameter (relevance, the default, has none). */
export const SORT_PARAMS = { newest: 'moi-nhat', views: 'xem-nhieu' } as const;

export interface SearchRequest {
  query: string;
  filters: { category?: string; year?: string; source?: string };
  sort: SortChoice;
}

/** Reads a search request from the page URL's parameters. */
export function readSearchParams(params: URLSearchParams): SearchRequest {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const sortParam = get(SEARCH_PARAMS.sort);
  return {
    query: (get(SEARCH_PARAMS.query) ?? '').normalize('NFC'),
    filters: {
      category: get(SEARCH_PARAMS.category),
      year: get(SEARCH_PARAMS.year),
      source: get(SEARCH_PARAMS.source)?.normalize('NFC'),
    },
    sort:
      sortParam === SORT_PARAMS.newest ? 'newest' : sortParam === SORT_PARAMS.views ? 'views' : 'relevance',
  };
}

/** Pagefind's filter object for a request (only the filters that are set). */
export function pagefindFilters(request: SearchRequest): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.filters)) if (value) filters[key] = value;
  return filters;
}

/** Filters and sort the reader chose (shown as a count on the collapsed filters). */
export function activeChoices(request: SearchRequest): number {
  return Object.keys(pagefindFilters(request)).length + (request.sort === 'relevance' ? 0 : 1);
}

/** The URL parameter value of a sort choice ('' for relevance). */
export function sortParam(sort: SortChoice): string {
  return sort === 'relevance' ? '' : SORT_PARAMS[sort];
}
