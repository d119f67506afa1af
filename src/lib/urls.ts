/**
 * The one place that decides URLs. A published article's URL must never change (feeds use it as
 * the guid), so it depends only on the article's slug — never on its category or date.
 */
import { slugify } from './slug.ts';

export const ARTICLE_BASE = '/tin-tuc';
export const CATEGORY_BASE = '/chuyen-muc';
export const TAG_BASE = '/tu-khoa';

export function articlePath(slug: string): string {
  return `${ARTICLE_BASE}/${slug}/`;
}

/** A listing's page: page 1 is `base` itself, later pages `<base>trang-N/`. */
function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang-${page}/`;
}

/** Folder of a listing's views-ordered twin (most viewed first). */
const VIEWS_SEGMENT = 'xem-nhieu';

/** Page 1 is the category root; later pages are /chuyen-muc/<id>/trang-2/. */
export function categoryPath(id: string, page = 1): string {
  return pagedPath(`${CATEGORY_BASE}/${id}/`, page);
}

/** The same category ordered by views (most viewed first): /chuyen-muc/<id>/xem-nhieu/[trang-N/]. */
export function categoryViewsPath(id: string, page = 1): string {
  return pagedPath(`${CATEGORY_BASE}/${id}/${VIEWS_SEGMENT}/`, page);
}

/** Page `n` of a category's listing in each order (for the sort switch and pagination). */
export function categoryListingPaths(id: string): Record<'newest' | 'views', (page: number) => string> {
  return { newest: (n) => categoryPath(id, n), views: (n) => categoryViewsPath(id, n) };
}

/**
 * The slug of an article URL — "/tin-tuc/<slug>/", with or without the trailing slash, an origin,
 * a query string or a fragment (as analytics services report page paths) — or undefined.
 */
export function articleSlugFromPath(value: string): string | undefined {
  let pathname = value.trim();
  try {
    pathname = new URL(pathname, 'https://x.invalid').pathname;
  } catch {
    return undefined;
  }
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const prefix = `${ARTICLE_BASE}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const slug = pathname.slice(prefix.length).replace(/\/$/, '');
  return slug !== '' && !slug.includes('/') ? slug : undefined;
}

export function tagSlug(tag: string): string {
  return slugify(tag);
}

export function tagPath(tag: string, page = 1): string {
  return pagedPath(`${TAG_BASE}/${tagSlug(tag)}/`, page);
}

/** The same tag ordered by views (most viewed first): /tu-khoa/<tag>/xem-nhieu/[trang-N/]. */
export function tagViewsPath(tag: string, page = 1): string {
  return pagedPath(`${TAG_BASE}/${tagSlug(tag)}/${VIEWS_SEGMENT}/`, page);
}

/** Page `n` of a tag's listing in each order (for the sort switch and pagination). */
export function tagListingPaths(tag: string): Record<'newest' | 'views', (page: number) => string> {
  return { newest: (n) => tagPath(tag, n), views: (n) => tagViewsPath(tag, n) };
}

/** Absolute URL on the site's origin (canonical links, feeds, structured data). */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

export const SEARCH_PATH = '/tim-kiem/';

/** The browser editor (Decap CMS): not for readers, so never in sitemaps, robots or search. */
export const ADMIN_PATH = '/admin/';

/** The search page for a query and optional filters, e.g. /tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B */
export function searchPath(params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${SEARCH_PATH}?${text}` : SEARCH_PATH;
}
