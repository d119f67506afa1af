/**
 * Metadata of an article page: Open Graph/Twitter/article:* props for SeoHead and the schema.org
 * NewsArticle + BreadcrumbList for StructuredData.
 */
import { ui } from '../i18n/vi.ts';
import { categoryFeedPath } from '../lib/feed/links.ts';
import type { SeoProps } from '../lib/seo.ts';
import { breadcrumbList, newsArticle } from '../lib/structured-data.ts';
import { absoluteUrl, categoryPath } from '../lib/urls.ts';
import { siteUrl } from '../site.config.ts';
import { getCategoryMap, type Article } from './articles.ts';
import { attributionOf, FEED_LOGO_LARGE, socialImage } from './feed.ts';

export interface ArticleMeta {
  seo: SeoProps;
  structuredData: Record<string, unknown>[];
}

export async function articleMeta(article: Article): Promise<ArticleMeta> {
  const { data } = article.entry;
  const category = (await getCategoryMap()).get(article.categoryId);
  const section = category?.data.name ?? article.categoryId;
  const [cover, attribution] = await Promise.all([socialImage(article), attributionOf(article)]);
  const url = absoluteUrl(article.url, siteUrl);
  const home = absoluteUrl('/', siteUrl);
  return {
    seo: {
      feeds: [{ title: ui.feeds.categoryTitle(section), href: categoryFeedPath(article.categoryId) }],
      image: cover && { url: cover.url, width: cover.width, height: cover.height, alt: cover.alt },
      article: {
        published: article.published,
        modified: article.updated,
        section,
        tags: data.tags,
        author: data.author,
      },
    },
    structuredData: [
      newsArticle({
        url,
        headline: article.title,
        description: article.lede,
        published: article.published,
        updated: article.updated,
        section,
        keywords: data.tags,
        images: cover ? [cover.url] : [],
        author: data.author,
        publisher: {
          name: ui.site.owner,
          url: home,
          logo: {
            url: absoluteUrl(FEED_LOGO_LARGE.path, siteUrl),
            width: FEED_LOGO_LARGE.width,
            height: FEED_LOGO_LARGE.height,
          },
        },
        basedOn: attribution && { name: attribution.name, url: attribution.href },
        views: article.views,
      }),
      breadcrumbList([
        { name: ui.nav.home, url: home },
        { name: section, url: absoluteUrl(categoryPath(article.categoryId), siteUrl) },
        { name: article.title, url },
      ]),
    ],
  };
}
