/**
 * The sidebar of article and listing pages (right column on wide screens, after the content on
 * phones): the newest articles, the most viewed ones and the section's feed. Built from the
 * per-build memoised lists, so each page costs a slice, never a sort.
 */
import { getArticles, type Article, type CategoryView } from './articles.ts';
import { getCategoryMostViewed, getMostViewed } from './most-viewed.ts';
import { SITE_FEED_PATH, type FeedLink } from '../lib/feed/links.ts';
import { ui } from '../i18n/vi.ts';

export const SIDEBAR_LATEST_COUNT = 5;

export interface SidebarData {
  latest: Article[];
  mostViewed: Article[];
  /** The section's RSS feed (the category's, or the whole site's). */
  feed: FeedLink;
}

export interface SidebarOptions {
  /** The article the page shows, left out of the lists. */
  current?: Article;
  /**
   * Show "Xem nhiều nhất" (default). Later listing pages leave it out, so a change of view counts
   * rewrites one listing page per category, not all of them.
   */
  mostViewed?: boolean;
}

/** For a page of `category` (or the whole site). */
export async function getSidebar(
  category?: CategoryView,
  { current, mostViewed: withMostViewed = true }: SidebarOptions = {},
): Promise<SidebarData> {
  const [articles, mostViewed] = await Promise.all([
    getArticles(),
    !withMostViewed ? [] : category ? getCategoryMostViewed(category.id) : getMostViewed(),
  ]);
  const others = (list: readonly Article[], n: number) =>
    list
      .slice(0, n + 1)
      .filter((a) => a !== current)
      .slice(0, n);
  return {
    latest: others(articles, SIDEBAR_LATEST_COUNT),
    mostViewed: others(mostViewed, mostViewed.length),
    feed: category
      ? { title: ui.feeds.categoryTitle(category.name), href: category.feedUrl }
      : { title: ui.feeds.siteTitle, href: SITE_FEED_PATH },
  };
}
