/**
 * The site's view models, built once per build from the collections (Starlight's route-data
 * pattern): every page, feed and component renders these `Article`s and `CategoryView`s, and
 * none of them reads registries or `entry.data` itself. Each query is memoised per build, so
 * the 10,000 article pages share one sorted list instead of re-sorting per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import { buildTime, siteUrl } from '../site.config.ts';
import { vnYearMonth, type PreciseDate } from '../lib/dates.ts';
import { viCollator } from '../lib/vietnamese.ts';
import { categoryFeedPath } from '../lib/feed/links.ts';
import { socialImageVersion, SOCIAL_IMAGE } from '../lib/images.ts';
import { nearestInTime } from '../lib/related.ts';
import { groupByYearMonth, type ArchiveYear } from '../lib/archive.ts';
import { resolveAttribution, type Attribution, type RegisteredSource } from '../lib/source.ts';
import {
  absoluteUrl,
  archiveMonthPath,
  articlePath,
  authorPath,
  categoryPath,
  socialImageName,
  socialImagePath,
  tagPath,
  tagSlug,
} from '../lib/urls.ts';
import { isPublished, isScheduled } from '../lib/visibility.ts';
import { isBrokenArticle } from '../lib/content/broken-article.ts';
import type { ContentProblem } from '../lib/content/validate.ts';

export type NewsEntry = CollectionEntry<'news'>;

export interface CategoryView {
  id: string;
  name: string;
  description?: string;
  /** Site-relative URL of the category's first listing page. */
  url: string;
  /** Site-relative URL of the category's RSS feed. */
  feedUrl: string;
}

export interface TagView {
  /** As the article writes it. */
  name: string;
  slug: string;
  url: string;
}

/** An article's author: a registered one (authors.yaml) has a page and a title; free text only a name. */
export interface AuthorView {
  name: string;
  /** The authors.yaml id, for registered authors. */
  id?: string;
  /** Job title ("Phóng viên, Phòng Thông tin"). */
  title?: string;
  bio?: string;
  photo?: ImageMetadata;
  /** Site-relative URL of the author's page (registered authors only). */
  url?: string;
  /** Absolute URL of that page (JSON-LD Person). */
  absoluteUrl?: string;
}

export interface ArticleCover {
  image: ImageMetadata;
  /** As written (the decorative marker included); `altAttribute` in images.ts renders it. */
  alt: string;
  /** The cover's own description, when staff wrote one (feeds use it as the caption). */
  caption?: string;
}

/** The 1200×630 JPEG of the cover for og:image and RSS, emitted by /anh-chia-se/[name].jpg. */
export interface ArticleSocialImage {
  /** The file's route parameter (socialImageName). */
  name: string;
  /** Site-relative path of the file. */
  path: string;
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  type: 'image/jpeg';
  alt: string;
}

export interface Article {
  id: string;
  /** Site-relative URL of the article page. */
  url: string;
  /** Absolute URL (canonical, feeds, structured data). */
  absoluteUrl: string;
  title: string;
  lede: string;
  published: PreciseDate;
  updated?: PreciseDate;
  /** `published` in milliseconds, for sorting. */
  time: number;
  category: CategoryView;
  tags: TagView[];
  author?: AuthorView;
  /** Site-relative URL of the month archive of `published` (none when only the year is known). */
  archiveUrl?: string;
  /** "Trích nguồn/Theo: …", resolved against sources.yaml. */
  attribution?: Attribution;
  cover?: ArticleCover;
  socialImage?: ArticleSocialImage;
  /** Legacy views plus the views counted since the migration. */
  views: number;
  featured: boolean;
  draft: boolean;
  /** Dated after this build's time: only visible in `astro dev`. */
  scheduled: boolean;
  /** The body's local photos, resolved by the collection schema (ArticleBody makes <picture>s). */
  bodyImages: readonly { src: string; image: ImageMetadata }[];
  /** The body opens with the lede: the page shows it once, as the body's first paragraph. */
  ledeInBody: boolean;
  /** The collection entry, for rendering the body only (ArticleBody, feeds). */
  entry: NewsEntry;
}

/** In `astro dev` staff preview drafts and scheduled articles; a build never contains them. */
const preview = import.meta.env.DEV;

let categoriesMemo: Promise<CategoryView[]> | undefined;

/** Categories in menu order (then Vietnamese alphabetical order). */
export function getCategories(): Promise<CategoryView[]> {
  categoriesMemo ??= getCollection('categories').then((list) =>
    list
      .sort((a, b) => a.data.order - b.data.order || viCollator.compare(a.data.name, b.data.name))
      .map(({ id, data }) => ({
        id,
        name: data.name,
        description: data.description,
        url: categoryPath(id),
        feedUrl: categoryFeedPath(id),
      })),
  );
  return categoriesMemo;
}

let categoryMapMemo: Promise<Map<string, CategoryView>> | undefined;
function getCategoryMap(): Promise<Map<string, CategoryView>> {
  categoryMapMemo ??= getCategories().then((list) => new Map(list.map((c) => [c.id, c])));
  return categoryMapMemo;
}

let sourcesMemo: Promise<Map<string, RegisteredSource>> | undefined;
function getRegisteredSources(): Promise<Map<string, RegisteredSource>> {
  sourcesMemo ??= getCollection('sources').then((list) => new Map(list.map((s) => [s.id, s.data])));
  return sourcesMemo;
}

let authorsMemo: Promise<Map<string, AuthorView>> | undefined;

/** Registered authors (content/authors.yaml) by id, in file order. */
export function getAuthors(): Promise<Map<string, AuthorView>> {
  authorsMemo ??= getCollection('authors').then(
    (list) =>
      new Map(
        list.map(({ id, data }) => [
          id,
          {
            id,
            name: data.name,
            title: data.title,
            bio: data.bio,
            photo: data.photo,
            url: authorPath(id),
            absoluteUrl: absoluteUrl(authorPath(id), siteUrl),
          },
        ]),
      ),
  );
  return authorsMemo;
}

/** The rule of `author:` (schema.ts): exactly a registered id references it, anything else is a name. */
function authorView(value: string | undefined, authors: ReadonlyMap<string, AuthorView>) {
  if (value === undefined) return undefined;
  return authors.get(value) ?? { name: value };
}

function archiveUrlOf({ date, precision }: PreciseDate): string | undefined {
  if (precision === 'year') return undefined;
  const { year, month } = vnYearMonth(date);
  return archiveMonthPath(year, month);
}

function tagViews(names: readonly string[]): TagView[] {
  const tags: TagView[] = [];
  for (const name of names) {
    const slug = tagSlug(name);
    if (slug) tags.push({ name, slug, url: tagPath(name) });
  }
  return tags;
}

interface Registries {
  categories: ReadonlyMap<string, CategoryView>;
  sources: ReadonlyMap<string, RegisteredSource>;
  authors: ReadonlyMap<string, AuthorView>;
  /** Views counted since the migration (the `views` collection), by slug. */
  counted: ReadonlyMap<string, number>;
}

function toArticle(entry: NewsEntry, { categories, sources, authors, counted }: Registries): Article {
  const { data } = entry;
  const url = articlePath(entry.id);
  const categoryId = data.category.id;
  const cover = data.cover && {
    image: data.cover,
    alt: data.coverAlt ?? '',
    caption: data.coverAlt,
  };
  const socialName = cover && socialImageName(entry.id, socialImageVersion(cover.image));
  return {
    id: entry.id,
    url,
    absoluteUrl: absoluteUrl(url, siteUrl),
    title: data.title,
    lede: data.lede,
    published: data.publishedAt,
    updated: data.updatedAt,
    time: data.publishedAt.date.getTime(),
    // The loader rejected unknown categories: the fallback only keeps types honest.
    category: categories.get(categoryId) ?? {
      id: categoryId,
      name: categoryId,
      url: categoryPath(categoryId),
      feedUrl: categoryFeedPath(categoryId),
    },
    tags: tagViews(data.tags),
    author: authorView(data.author, authors),
    archiveUrl: archiveUrlOf(data.publishedAt),
    attribution: data.source && resolveAttribution(data.source, sources),
    cover,
    socialImage: socialName
      ? {
          name: socialName,
          path: socialImagePath(socialName),
          url: absoluteUrl(socialImagePath(socialName), siteUrl),
          width: SOCIAL_IMAGE.width,
          height: SOCIAL_IMAGE.height,
          type: 'image/jpeg',
          alt: data.coverAlt ?? data.title,
        }
      : undefined,
    views: (data.legacy?.views ?? 0) + (counted.get(entry.id) ?? 0),
    featured: data.featured,
    draft: data.draft,
    scheduled: isScheduled(data.publishedAt.date, buildTime),
    bodyImages: data.bodyImages,
    ledeInBody: data.ledeInBody,
    entry,
  };
}

let entriesMemo: Promise<{ articles: NewsEntry[]; broken: BrokenArticle[] }> | undefined;

/** An article the dev preview could not publish, with the errors to show at its URL. */
export interface BrokenArticle {
  id: string;
  url: string;
  problems: ContentProblem[];
}

/** The news collection split into articles and (only in `astro dev`) broken files. */
function getEntries() {
  entriesMemo ??= getCollection('news').then((entries) => {
    const articles: NewsEntry[] = [];
    const broken: BrokenArticle[] = [];
    for (const entry of entries) {
      if (isBrokenArticle(entry.data)) {
        broken.push({ id: entry.id, url: articlePath(entry.id), problems: entry.data.contentProblems });
      } else articles.push(entry);
    }
    return { articles, broken };
  });
  return entriesMemo;
}

/** Articles with errors (the dev preview lists them; a build fails instead). */
export async function getBrokenArticles(): Promise<BrokenArticle[]> {
  return (await getEntries()).broken;
}

let articlesMemo: Promise<Article[]> | undefined;

/** Every article this build publishes, newest first (ties broken by id so builds are deterministic). */
export function getArticles(): Promise<Article[]> {
  articlesMemo ??= Promise.all([
    getEntries(),
    getCollection('views'),
    getCategoryMap(),
    getRegisteredSources(),
    getAuthors(),
  ]).then(([{ articles: entries }, views, categories, sources, authors]) => {
    const registries = {
      categories,
      sources,
      authors,
      counted: new Map(views.map((v) => [v.id, v.data.views])),
    };
    return entries
      .filter((entry) =>
        isPublished({ draft: entry.data.draft, published: entry.data.publishedAt.date }, buildTime, preview),
      )
      .map((entry) => toArticle(entry, registries))
      .sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));
  });
  return articlesMemo;
}

let byCategoryMemo: Promise<Map<string, Article[]>> | undefined;

/** Articles per category id, newest first: one pass over the sorted list. */
export function getArticlesByCategory(): Promise<Map<string, Article[]>> {
  byCategoryMemo ??= getArticles().then((articles) => {
    const map = new Map<string, Article[]>();
    for (const article of articles) {
      const list = map.get(article.category.id);
      if (list) list.push(article);
      else map.set(article.category.id, [article]);
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
      for (const { slug, name } of article.tags) {
        const group = map.get(slug);
        if (!group) map.set(slug, { slug, name, articles: [article] });
        else if (group.articles.at(-1) !== article) group.articles.push(article);
      }
    }
    return map;
  });
  return byTagMemo;
}

let byAuthorMemo: Promise<Map<string, Article[]>> | undefined;

/** Articles per registered author id, newest first: one pass over the sorted list. */
export function getArticlesByAuthor(): Promise<Map<string, Article[]>> {
  byAuthorMemo ??= getArticles().then((articles) => {
    const map = new Map<string, Article[]>();
    for (const article of articles) {
      const id = article.author?.id;
      if (!id) continue;
      const list = map.get(id);
      if (list) list.push(article);
      else map.set(id, [article]);
    }
    return map;
  });
  return byAuthorMemo;
}

let archiveMemo: Promise<ArchiveYear<Article>[]> | undefined;

/** Articles by year and month in Vietnam time (the /luu-tru/ archives), newest first. */
export function getArchive(): Promise<ArchiveYear<Article>[]> {
  archiveMemo ??= getArticles().then((articles) => groupByYearMonth(articles, (a) => a.published));
  return archiveMemo;
}

export const RELATED_COUNT = 5;

/** "Tin khác đã đăng": same category, nearest in date. */
export async function getRelated(article: Article): Promise<Article[]> {
  const list = (await getArticlesByCategory()).get(article.category.id) ?? [];
  return nearestInTime(list, article, RELATED_COUNT);
}
