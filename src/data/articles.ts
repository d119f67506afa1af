/**
 * Build-time queries over the collections. Each is computed once per build (module-level
 * memo), so the 10,000 article pages share one sorted list instead of re-sorting per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from '../site.config.ts';
import type { PreciseDate } from '../lib/dates.ts';
import { viCollator } from '../lib/format.ts';
import { nearestInTime } from '../lib/related.ts';
import { articlePath, tagSlug } from '../lib/urls.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type Category = CollectionEntry<'categories'>;
export type Source = CollectionEntry<'sources'>;

export interface Article {
  id: string;
  url: string;
  entry: NewsEntry;
  title: string;
  lede: string;
  published: PreciseDate;
  updated?: PreciseDate;
  time: number;
  categoryId: string;
  views: number;
  draft: boolean;
  /** Dated after this build's time: only visible in `astro dev`. */
  scheduled: boolean;
}

/** In `astro dev` staff preview drafts and scheduled articles; a build never contains them. */
const preview = import.meta.env.DEV;

/** `counted`: views counted since the migration (the `views` collection), by slug. */
function toArticle(entry: NewsEntry, counted: ReadonlyMap<string, number>): Article {
  const { data } = entry;
  return {
    id: entry.id,
    url: articlePath(entry.id),
    entry,
    title: data.title,
    lede: data.lede,
    published: data.publishedAt,
    updated: data.updatedAt,
    time: data.publishedAt.date.getTime(),
    categoryId: data.category.id,
    views: (data.legacy?.views ?? 0) + (counted.get(entry.id) ?? 0),
    draft: data.draft,
    scheduled: data.publishedAt.date.getTime() > buildTime.getTime(),
  };
}

/** Whether an article belongs in this build: drafts and future articles only in preview. */
export function isVisible(article: Pick<Article, 'draft' | 'scheduled'>, inPreview = preview): boolean {
  return inPreview || (!article.draft && !article.scheduled);
}

let articlesMemo: Promise<Article[]> | undefined;

/** Every visible article, newest first (ties broken by id so builds are deterministic). */
export function getArticles(): Promise<Article[]> {
  articlesMemo ??= Promise.all([getCollection('news'), getCollection('views')]).then(([entries, views]) => {
    const counted = new Map(views.map((v) => [v.id, v.data.views]));
    return entries
      .map((entry) => toArticle(entry, counted))
      .filter((article) => isVisible(article))
      .sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));
  });
  return articlesMemo;
}

let categoriesMemo: Promise<Category[]> | undefined;

/** Categories in menu order (then Vietnamese alphabetical order). */
export function getCategories(): Promise<Category[]> {
  categoriesMemo ??= getCollection('categories').then((list) =>
    list.sort((a, b) => a.data.order - b.data.order || viCollator.compare(a.data.name, b.data.name)),
  );
  return categoriesMemo;
}

let categoryMapMemo: Promise<Map<string, Category>> | undefined;
export function getCategoryMap(): Promise<Map<string, Category>> {
  categoryMapMemo ??= getCategories().then((list) => new Map(list.map((c) => [c.id, c])));
  return categoryMapMemo;
}

let sourceMapMemo: Promise<Map<string, Source>> | undefined;
export function getSourceMap(): Promise<Map<string, Source>> {
  sourceMapMemo ??= getCollection('sources').then((list) => new Map(list.map((s) => [s.id, s])));
  return sourceMapMemo;
}

let byCategoryMemo: Promise<Map<string, Article[]>> | undefined;

/** Articles per category, newest first: one pass over the sorted list. */
export function getArticlesByCategory(): Promise<Map<string, Article[]>> {
  byCategoryMemo ??= getArticles().then((articles) => {
    const map = new Map<string, Article[]>();
    for (const article of articles) {
      const list = map.get(article.categoryId);
      if (list) list.push(article);
      else map.set(article.categoryId, [article]);
    }
    return map;
  });
  return byCategoryMemo;
}

export interface TagGroup {
  slug: string;
  name: string;
  articles: Article[];
}

let byTagMemo: Promise<Map<string, TagGroup>> | undefined;

/** Articles per tag (keyed by the tag's slug so "Dân tộc" and "dân tộc" share a page). */
export function getArticlesByTag(): Promise<Map<string, TagGroup>> {
  byTagMemo ??= getArticles().then((articles) => {
    const map = new Map<string, TagGroup>();
    for (const article of articles) {
      for (const name of article.entry.data.tags) {
        const slug = tagSlug(name);
        if (!slug) continue;
        const group = map.get(slug);
        if (!group) map.set(slug, { slug, name, articles: [article] });
        else if (group.articles.at(-1) !== article) group.articles.push(article);
      }
    }
    return map;
  });
  return byTagMemo;
}

export const RELATED_COUNT = 5;

/** "Tin khác đã đăng": same category, nearest in date. */
export async function getRelated(article: Article): Promise<Article[]> {
  const list = (await getArticlesByCategory()).get(article.categoryId) ?? [];
  return nearestInTime(list, article, RELATED_COUNT);
}
