/**
 * The paginated listings the site builds — each category and each tag, newest first and most
 * viewed first — computed once per build. The listing routes page through these, and the sitemap
 * lists exactly their pages, so the two can never disagree.
 */
import {
  getArticlesByCategory,
  getArticlesByTag,
  getCategories,
  type Article,
  type CategoryView,
} from './articles.ts';
import { getCategoryByViews, getTagByViews } from './most-viewed.ts';
import { pageCount } from '../lib/paginate.ts';
import { categoryListingPaths, tagListingPaths, type ListingOrder } from '../lib/urls.ts';

export interface CategoryListing {
  category: CategoryView;
  articles: Article[];
}

export interface TagListing {
  tag: { slug: string; name: string };
  articles: Article[];
}

/** Every category (empty ones too: they get a page saying so) with its articles in `order`. */
export async function getCategoryListings(order: ListingOrder): Promise<CategoryListing[]> {
  const [categories, byCategory] = await Promise.all([getCategories(), getArticlesByCategory()]);
  return Promise.all(
    categories.map(async (category) => ({
      category,
      articles:
        order === 'newest' ? (byCategory.get(category.id) ?? []) : await getCategoryByViews(category.id),
    })),
  );
}

/** Every tag used by a published article, with its articles in `order`. */
export async function getTagListings(order: ListingOrder): Promise<TagListing[]> {
  const byTag = await getArticlesByTag();
  return Promise.all(
    [...byTag.values()].map(async (group) => ({
      tag: { slug: group.slug, name: group.name },
      articles: order === 'newest' ? group.articles : await getTagByViews(group.slug),
    })),
  );
}

/** The site-relative URL of every page of every listing, in both orders. */
export async function getListingPageUrls(): Promise<string[]> {
  const urls: string[] = [];
  for (const order of ['newest', 'views'] as const) {
    for (const { category, articles } of await getCategoryListings(order)) {
      const path = categoryListingPaths(category.id)[order];
      for (let n = 1; n <= pageCount(articles.length); n++) urls.push(path(n));
    }
    for (const { tag, articles } of await getTagListings(order)) {
      const path = tagListingPaths(tag.name)[order];
      for (let n = 1; n <= pageCount(articles.length); n++) urls.push(path(n));
    }
  }
  return urls;
}
