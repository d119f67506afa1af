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

/** Page 1 is the category root; later pages are /chuyen-muc/<id>/trang-2/. */
export function categoryPath(id: string, page = 1): string {
  return page <= 1 ? `${CATEGORY_BASE}/${id}/` : `${CATEGORY_BASE}/${id}/trang-${page}/`;
}

/** The same category ordered by views (most viewed first): /chuyen-muc/<id>/xem-nhieu/[trang-N/]. */
export function categoryViewsPath(id: string, page = 1): string {
  const base = `${CATEGORY_BASE}/${id}/xem-nhieu/`;
  return page <= 1 ? base : `${base}trang-${page}/`;
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
  const base = `${TAG_BASE}/${tagSlug(tag)}/`;
  return page <= 1 ? base : `${base}trang-${page}/`;
}

/** Absolute URL on the site's origin (canonical links, feeds, structured data). */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

export const SEARCH_PATH = '/tim-kiem/';

/** The search page for a query and optional filters, e.g. /tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B */
export function searchPath(params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${SEARCH_PATH}?${text}` : SEARCH_PATH;
}
