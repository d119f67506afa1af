/** The search page's URL parameters (Vietnamese, as readers see them in shared links). */
export const SEARCH_PARAMS = {
  query: 'q',
  category: 'chuyen-muc',
  year: 'nam',
  source: 'nguon',
  sort: 'sap-xep',
} as const;

export type SortChoice = 'relevance' | 'newest' | 'views';

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
    sort: sortParam === 'moi-nhat' ? 'newest' : sortParam === 'xem-nhieu' ? 'views' : 'relevance',
  };
}

/** Pagefind's filter object for a request (only the filters that are set). */
export function pagefindFilters(request: SearchRequest): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.filters)) if (value) filters[key] = value;
  return filters;
}
