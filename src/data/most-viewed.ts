/**
 * Build-time "most viewed" queries, each computed once per build (module-level memo) from the
 * shared article lists: the home page and every category page reuse the same results.
 */
import { getArticles, getArticlesByCategory, type Article } from './articles.ts';
import { sortByViews, topByViews } from '../lib/views/rank.ts';

/** How many articles a "Xem nhiều nhất" box lists. */
export const MOST_VIEWED_COUNT = 5;

let siteTopMemo: Promise<Article[]> | undefined;

/** The most viewed articles of the whole site: one pass over the list. */
export function getMostViewed(): Promise<Article[]> {
  siteTopMemo ??= getArticles().then((articles) => topByViews(articles, MOST_VIEWED_COUNT));
  return siteTopMemo;
}

let byCategoryMemo: Promise<Map<string, { sorted: Article[]; top: Article[] }>> | undefined;

function categoriesByViews() {
  byCategoryMemo ??= getArticlesByCategory().then((byCategory) => {
    const map = new Map<string, { sorted: Article[]; top: Article[] }>();
    for (const [id, list] of byCategory) {
      const sorted = sortByViews(list);
      map.set(id, { sorted, top: sorted.slice(0, MOST_VIEWED_COUNT).filter((a) => a.views > 0) });
    }
    return map;
  });
  return byCategoryMemo;
}

/** A category's articles, most viewed first (sorted once per category per build). */
export async function getCategoryByViews(categoryId: string): Promise<Article[]> {
  return (await categoriesByViews()).get(categoryId)?.sorted ?? [];
}

/** A category's most viewed articles (articles without any view are left out). */
export async function getCategoryMostViewed(categoryId: string): Promise<Article[]> {
  return (await categoriesByViews()).get(categoryId)?.top ?? [];
}
