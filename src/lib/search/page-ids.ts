/**
 * Element ids of the search page and the header's search box: the Astro markup, the search
 * page's custom element (src/scripts/search-page.ts) and the browser tests all read them here.
 */
export const SEARCH_IDS = {
  /** The header's search box on every page (SearchBox.astro). */
  headerQuery: 'search-box-q',
  form: 'search-form',
  query: 'search-q',
  hint: 'search-hint',
  filters: 'search-filters',
  filtersSummary: 'search-filters-summary',
  category: 'search-category',
  year: 'search-year',
  source: 'search-source',
  sort: 'search-sort',
  results: 'search-results',
  resultsHeading: 'search-results-heading',
  status: 'search-status',
  list: 'search-list',
  count: 'search-count',
  more: 'search-more',
  empty: 'search-empty',
  clear: 'search-clear',
  resultTemplate: 'search-result-template',
  markTemplate: 'search-mark-template',
} as const;

/** The search page's custom element. */
export const SEARCH_ELEMENT = 'cema-search';
