import { pageSegment } from './urls.ts';

/** Articles per listing page (categories, tags). */
export const LISTING_PAGE_SIZE = 20;

/** Pages of a listing of `total` items: an empty listing still has its (first) page. */
export function pageCount(total: number, size = LISTING_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Splits a list into fixed-size pages: O(n) total, whatever the number of pages. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** Page numbers to show around `current`, with `null` for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/** One page of a paginated listing: the props every listing page receives. */
export interface ListingPage<T> {
  articles: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
  /** Articles in the whole listing. */
  total: number;
}

/**
 * A listing split for a `[...page]` route's getStaticPaths: `param` is the rest parameter
 * (`pageSegment` in urls.ts), `props` the page's share.
 */
export function listingPages<T>(
  items: readonly T[],
  size = LISTING_PAGE_SIZE,
): { param: string | undefined; props: ListingPage<T> }[] {
  const pages = chunk(items, size);
  return pages.map((articles, i) => ({
    param: pageSegment(i + 1),
    props: { articles, page: i + 1, totalPages: pages.length, total: items.length },
  }));
}

/** An object type written out (no interface), so Astro's `Record<string, …>` props accept it. */
type Flat<O> = { [K in keyof O]: O[K] };

/** One listing of a dynamic route: its articles, its route params and the props all its pages share. */
export interface ListingGroup<T, Params, Props> {
  items: readonly T[];
  params: Params;
  props: Props;
}

/**
 * getStaticPaths for a route with one paginated listing per group (a category, a tag):
 * `<group params>/[...page]`, each page's props being the group's props and its ListingPage.
 */
export function listingPaths<T, Params extends Record<string, string>, Props extends object>(
  groups: Iterable<ListingGroup<T, Params, Props>>,
  size = LISTING_PAGE_SIZE,
): { params: Flat<Params & { page: string | undefined }>; props: Flat<Props & ListingPage<T>> }[] {
  return [...groups].flatMap(({ items, params, props }) =>
    listingPages(items, size).map((page) => ({
      params: { ...params, page: page.param },
      props: { ...props, ...page.props },
    })),
  );
}
