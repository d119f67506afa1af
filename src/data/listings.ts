/**
 * The paginated listings the site builds — each category and each tag, newest first and most
 * viewed first; each year and month of the archives and each registered author, newest first —
 * computed once per build. The listing routes page through these, and the sitemap
 * lists exactly their pages, so the two can never disagree.
 */
import {
  getArchive,
  getArticlesByAuthor,
  getArticlesByCategory,
  getArticlesByTag,
  getAuthors,
  getCategories,
  type Article,
  type AuthorView,
  type CategoryView,
} from './articles.ts';
import { getCategoryByViews, getTagByViews } from './most-viewed.ts';
import { pageCount } from '../lib/paginate.ts';
import {
  archiveMonthPath,
  archiveYearPath,
  authorPath,
  categoryListingPaths,
  tagListingPaths,
  type ListingOrder,
} from '../lib/urls.ts';

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

export interface ArchiveListing {
  year: number;
  /** 1–12; absent for a whole year's listing. */
  month?: number;
  articles: Article[];
  /** Of a year: its articles known only to the year (in the year's listing, in no month's). */
  yearOnly?: number;
}

/** Every year and every month of the archives that has an article (years first, newest first). */
export async function getArchiveListings(): Promise<{ years: ArchiveListing[]; months: ArchiveListing[] }> {
  const archive = await getArchive();
  return {
    years: archive.map(({ year, items, months }) => ({
      year,
      articles: items,
      yearOnly: items.length - months.reduce((n, m) => n + m.items.length, 0),
    })),
    months: archive.flatMap(({ months }) =>
      months.map(({ year, month, items }) => ({ year, month, articles: items })),
    ),
  };
}

export interface AuthorListing {
  author: AuthorView & { id: string; url: string };
  articles: Article[];
}

/** Every registered author (those without articles too: their page says so) with their articles. */
export async function getAuthorListings(): Promise<AuthorListing[]> {
  const [authors, byAuthor] = await Promise.all([getAuthors(), getArticlesByAuthor()]);
  return [...authors.values()].map((author) => ({
    author: { ...author, id: author.id!, url: author.url! },
    articles: byAuthor.get(author.id!) ?? [],
  }));
}

/** The site-relative URL of every page of every listing (categories and tags in both orders). */
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
  const { years, months } = await getArchiveListings();
  for (const { year, month, articles } of [...years, ...months]) {
    for (let n = 1; n <= pageCount(articles.length); n++) {
      urls.push(month === undefined ? archiveYearPath(year, n) : archiveMonthPath(year, month, n));
    }
  }
  for (const { author, articles } of await getAuthorListings()) {
    for (let n = 1; n <= pageCount(articles.length); n++) urls.push(authorPath(author.id, n));
  }
  return urls;
}
