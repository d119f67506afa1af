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

/** Where every article page is in the built site (`articlePath` in Astro's directory format). */
export const ARTICLE_PAGE_FILES = `${ARTICLE_BASE.slice(1)}/*/index.html`;

/**
 * A file published beside an article (an attachment, a video, its captions or poster), at the
 * article's own address: /tin-tuc/<slug>/<file-name>. A link written "./qd-98.pdf" in the body
 * resolves to exactly this from the article page, and the file name never changes once published.
 */
export function articleFilePath(slug: string, fileName: string): string {
  return `${ARTICLE_BASE}/${slug}/${encodeURIComponent(fileName)}`;
}

/**
 * The path segment of a listing's page `n`: none for page 1 (the listing's root), then "trang-2",
 * "trang-3"… — the `[...page]` rest parameter of listing routes.
 */
export function pageSegment(page: number): string | undefined {
  return page <= 1 ? undefined : `trang-${page}`;
}

/** A listing's page: page 1 is `base` itself, later pages `<base>trang-N/`. */
function pagedPath(base: string, page: number): string {
  const segment = pageSegment(page);
  return segment ? `${base}${segment}/` : base;
}

/** The two orders of every listing: newest first, and most viewed first (the `xem-nhieu` twin). */
export type ListingOrder = 'newest' | 'views';

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
export function categoryListingPaths(id: string): Record<ListingOrder, (page: number) => string> {
  return { newest: (n) => categoryPath(id, n), views: (n) => categoryViewsPath(id, n) };
}

export const ARCHIVE_BASE = '/luu-tru';

/** The archive index: every year and month with its number of articles. */
export const ARCHIVE_INDEX_PATH = `${ARCHIVE_BASE}/`;

/** A year's archive, newest first: /luu-tru/2024/[trang-N/]. */
export function archiveYearPath(year: number, page = 1): string {
  return pagedPath(`${ARCHIVE_BASE}/${year}/`, page);
}

/** A month's archive (month 1–12, written with two digits): /luu-tru/2024/02/[trang-N/]. */
export function archiveMonthPath(year: number, month: number, page = 1): string {
  return pagedPath(`${ARCHIVE_BASE}/${year}/${String(month).padStart(2, '0')}/`, page);
}

export const AUTHOR_BASE = '/tac-gia';

/** A registered author's articles, newest first: /tac-gia/<id>/[trang-N/]. */
export function authorPath(id: string, page = 1): string {
  return pagedPath(`${AUTHOR_BASE}/${id}/`, page);
}

/** Languages the site has pages in: Vietnamese everywhere, a small English section under /en/. */
export type SiteLanguage = 'vi' | 'en';

export const ENGLISH_BASE = '/en/';

/** The language of the page at a site-relative path: English under /en/, else Vietnamese. */
export function languageOfPath(pathname: string): SiteLanguage {
  return pathname === '/en' || pathname.startsWith(ENGLISH_BASE) ? 'en' : 'vi';
}

/**
 * The URL of a Markdown page of content/pages/ from its id (the file's path without extension):
 * "tuyen-bo-tiep-can" → "/tuyen-bo-tiep-can/", "en/about" → "/en/about/", "en/index" or "en" → "/en/".
 */
export function contentPagePath(id: string): string {
  const segments = id.split('/').filter((s) => s !== '' && s !== 'index');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The accessibility statement (content/pages/tuyen-bo-tiep-can.md), linked from every footer. */
export const ACCESSIBILITY_PATH = contentPagePath('tuyen-bo-tiep-can');

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
export function tagListingPaths(tag: string): Record<ListingOrder, (page: number) => string> {
  return { newest: (n) => tagPath(tag, n), views: (n) => tagViewsPath(tag, n) };
}

/**
 * The URL path a built file is served at, from its path relative to the output folder:
 * "tin-tuc/bai/index.html" → "/tin-tuc/bai/", "index.html" → "/", "404.html" → "/404.html"
 * (servers serve it as the not-found page; it has no folder of its own), "rss.xml" → "/rss.xml".
 */
export function urlOfBuiltFile(relativeFile: string): string {
  const posix = relativeFile.split(/[\\/]+/).join('/');
  return '/' + posix.replace(/(^|\/)index\.html$/, '$1');
}

export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
export const NEWS_SITEMAP_PATH = '/sitemap-news.xml';

/** Sitemap file `n` (0-based) of the index. */
export function sitemapPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

export const SOCIAL_IMAGE_BASE = '/anh-chia-se';

/** The file name (without .jpg) of an article's social card: the version changes with the photo. */
export function socialImageName(slug: string, version: string): string {
  return `${slug}.${version}`;
}

/** An article's social card (1200×630 JPEG), cacheable for ever: /anh-chia-se/<slug>.<version>.jpg */
export function socialImagePath(name: string): string {
  return `${SOCIAL_IMAGE_BASE}/${name}.jpg`;
}

/** Absolute URL on the site's origin (canonical links, feeds, structured data). */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** Schemes a reader may follow or load; anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const SAFE_URL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Whether a URL written in content may reach a reader: http(s), mailto, tel, or site-relative
 * ("/tin-tuc/x/", "./anh.jpg", "#muc-1"). Parsed as a browser parses it, so tabs, newlines, case
 * and entities cannot smuggle "java\tscript:" through.
 */
export function isSafeUrl(value: string): boolean {
  const text = value.trim();
  if (text === '') return false;
  try {
    return SAFE_URL_PROTOCOLS.includes(new URL(text, 'https://site.invalid/').protocol);
  } catch {
    return false;
  }
}

/** An absolute http(s) URL (a source's original article, a registered source's site). */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim()) && isSafeUrl(value) && URL.canParse(value.trim());
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

/**
 * The request target (path and query, percent-encoded as browsers send it) of an old portal
 * address: `legacy.url` (absolute, any host) or an entry of `legacy.paths` (site-relative).
 * Undefined when it is not an http(s) URL or a path starting with "/". The fragment is dropped:
 * browsers never send it.
 */
export function legacyRequestTarget(value: string): string | undefined {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed, 'https://legacy.invalid');
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!/^https?:\/\//i.test(trimmed) && !trimmed.startsWith('/')) return undefined;
  return `${url.pathname}${url.search}`;
}

/**
 * The file, relative to the site root, of the static redirect page left at an old path (hosts
 * without server redirects): "/a/b.html" → "a/b.html", "/a/b.aspx" or "/a/b/" → "a/b.aspx/index.html"
 * (such hosts answer "/a/b.aspx" with a redirect to the folder's "/a/b.aspx/"). Undefined for the
 * root, a path with a query string (a static host cannot tell queries apart) or one leaving the root.
 */
export function redirectPageFile(target: string): string | undefined {
  if (target.includes('?')) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(target);
  } catch {
    return undefined;
  }
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..' || s.includes('\\'))) {
    return undefined;
  }
  const joined = segments.join('/');
  return /\.html?$/i.test(joined) && !pathname.endsWith('/') ? joined : `${joined}/index.html`;
}
