/**
 * Build-time "most viewed" queries, each computed once per build (module-level memo) from the
 * shared article lists: the home page and every category page reuse the same results.
 */
import { getArticles, getArticlesByCategory, getArticlesByTag, type Article } from './articles.ts';
import { sortByViews, topByViews } from '../lib/views/rank.ts';

/** How many articles a "Xem nhiều nhất" box lists. */
export const MOST_VIEWED_COUNT = 5;

let siteTopMemo: Promise<Article[]> | undefined;

/** Each list of `groups` ordered by views, with its top `MOST_VIEWED_COUNT` (none without views). */
function rankGroups(
  groups: Iterable<[string, Article[]]>,
): Map<string, { sorted: Article[]; top: Article[] }> {
  const map = new Map<string, { sorted: Article[]; top: Article[] }>();
  for (const [key, list] of groups) {
    const sorted = sortByViews(list);
    map.set(key, { sorted, top: sorted.slice(0, MOST_VIEWED_COUNT).filter((a) => a.views > 0) });
  }
  return map;
}

/** The most viewed articles of the whole site: one pass over the list. */
export function getMostViewed(): Promise<Article[]> {
  siteTopMemo ??= getArticles().then((articles) => topByViews(articles, MOST_VIEWED_COUNT));
  return siteTopMemo;
}

let byCategoryMemo: Promise<Map<string, { sorted: Article[]; top: Article[] }>> | undefined;

function categoriesByViews() {
  byCategoryMemo ??= getArticlesByCategory().then(rankGroups);
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

let byTagMemo: Promise<Map<string, { sorted: Article[]; top: Article[] }>> | undefined;

/** A tag's articles (by the tag's slug), most viewed first (sorted once per tag per build). */
export async function getTagByViews(tagSlug: string): Promise<Article[]> {
  byTagMemo ??= getArticlesByTag().then((byTag) =>
    rankGroups([...byTag].map(([slug, group]) => [slug, group.articles])),
  );
  return (await byTagMemo).get(tagSlug)?.sorted ?? [];
}
