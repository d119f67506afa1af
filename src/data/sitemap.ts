/**
 * The sitemap's entries: every page the site builds — the fixed pages, every published article
 * (lastmod = updatedAt, else publishedAt) and every listing page (src/data/listings.ts) — from the
 * same view models the pages are built from, so a draft or a scheduled article can never appear.
 */
import { siteUrl } from '../site.config.ts';
import { FEEDS_PAGE_PATH } from '../lib/feed/links.ts';
import { chunk } from '../lib/paginate.ts';
import { SITEMAP_ENTRY_LIMIT, sitemapFilter, type SitemapEntry } from '../lib/sitemap.ts';
import { absoluteUrl, ARCHIVE_INDEX_PATH, SEARCH_PATH } from '../lib/urls.ts';
import { getArticles } from './articles.ts';
import { getListingPageUrls } from './listings.ts';
import { getContentPages } from './pages.ts';

/**
 * Pages that are not articles or listings (add a fixed page here when it is added to src/pages);
 * the Markdown pages of content/pages/ are listed from their collection.
 */
const FIXED_PAGES = ['/', SEARCH_PATH, FEEDS_PAGE_PATH, ARCHIVE_INDEX_PATH];

let memo: Promise<SitemapEntry[][]> | undefined;

/** The sitemap's entries, split into files of at most SITEMAP_ENTRY_LIMIT. */
export function getSitemapFiles(): Promise<SitemapEntry[][]> {
  memo ??= (async () => {
    const articles = await getArticles();
    const lastmodOf = (article: (typeof articles)[number]) => (article.updated ?? article.published).date;
    let newest: Date | undefined;
    for (const article of articles) {
      const date = lastmodOf(article);
      if (!newest || date > newest) newest = date;
    }
    const entries: SitemapEntry[] = [
      ...FIXED_PAGES.map((path) => ({
        url: absoluteUrl(path, siteUrl),
        lastmod: path === '/' ? newest : undefined,
      })),
      ...(await getContentPages()).map((page) => ({
        url: absoluteUrl(page.url, siteUrl),
        lastmod: page.updated?.date,
      })),
      ...articles.map((article) => ({ url: article.absoluteUrl, lastmod: lastmodOf(article) })),
      ...(await getListingPageUrls()).map((path) => ({ url: absoluteUrl(path, siteUrl) })),
    ];
    return chunk(
      entries.filter((entry) => sitemapFilter(entry.url)),
      SITEMAP_ENTRY_LIMIT,
    );
  })();
  return memo;
}
