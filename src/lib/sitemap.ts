/**
 * Sitemaps: the page list with lastmod (/sitemap-index.xml → /sitemap-N.xml, built by
 * src/data/sitemap.ts from the pages the site builds), the Google News sitemap (articles of the
 * last two days) and robots.txt.
 */
import { isoVietnam } from './dates.ts';
import { escapeXml } from './feed/xml.ts';
import { ADMIN_PATH } from './urls.ts';

/** URLs per sitemap file: the protocol allows 50,000; below that, as @astrojs/sitemap does. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/** Pages the sitemap must not list (the not-found page, the browser editor). */
export function sitemapFilter(page: string): boolean {
  const { pathname } = new URL(page);
  return !/^\/404(?:\.html|\/)?$/.test(pathname) && !pathname.startsWith(ADMIN_PATH);
}

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  lastmod?: Date;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One sitemap file: `<urlset>` of up to SITEMAP_ENTRY_LIMIT entries. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ url, lastmod }) =>
      `<url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${isoVietnam(lastmod)}</lastmod>` : ''}</url>`,
  );
  return `${XML_HEADER}<urlset xmlns="${SITEMAP_NS}">${urls.join('')}</urlset>\n`;
}

/** The sitemap index: absolute URLs of the sitemap files. */
export function sitemapIndexXml(sitemaps: readonly string[]): string {
  const items = sitemaps.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `${XML_HEADER}<sitemapindex xmlns="${SITEMAP_NS}">${items.join('')}</sitemapindex>\n`;
}

export interface NewsSitemapEntry {
  /** Absolute URL. */
  url: string;
  title: string;
  published: Date;
}

/** Google News asks for articles published in the last two days only. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export function inNewsWindow(published: Date, now: Date): boolean {
  const age = now.getTime() - published.getTime();
  return age >= 0 && age <= NEWS_WINDOW_MS;
}

export function newsSitemapXml(entries: readonly NewsSitemapEntry[], publication: string): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication)}</news:name>` +
      `<news:language>vi</news:language></news:publication>` +
      `<news:publication_date>${isoVietnam(entry.published)}</news:publication_date>` +
      `<news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
    urls.join('\n') +
    (urls.length ? '\n' : '') +
    `</urlset>\n`
  );
}

export function robotsTxt(site: string, sitemaps: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /404.html',
    `Disallow: ${ADMIN_PATH}`,
    '',
    ...sitemaps.map((s) => `Sitemap: ${new URL(s, site).href}`),
    '',
  ].join('\n');
}
