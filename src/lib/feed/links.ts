/** Feed addresses, and autodiscovery: which <link rel="alternate"> a page advertises, most specific first. */
import { categoryPath } from '../urls.ts';

export const SITE_FEED_PATH = '/rss.xml';

export function categoryFeedPath(categoryId: string): string {
  return `${categoryPath(categoryId)}rss.xml`;
}

/** The HTML page that explains the feeds to people (linked from the footer). */
export const FEEDS_PAGE_PATH = '/theo-doi/';

export interface FeedLink {
  title: string;
  /** Site-relative path of the feed. */
  href: string;
}

/** The page's own feeds first (a category's), then the site feed; no duplicates. */
export function feedLinks(own: readonly FeedLink[], site: FeedLink): FeedLink[] {
  const seen = new Set<string>();
  const result: FeedLink[] = [];
  for (const link of [...own, site]) {
    if (seen.has(link.href)) continue;
    seen.add(link.href);
    result.push(link);
  }
  return result;
}
