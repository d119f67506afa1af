/**
 * Metadata of an article page: Open Graph/Twitter/article:* props for SeoHead and the schema.org
 * NewsArticle + BreadcrumbList for StructuredData, and the share links (ShareLinks).
 */
import { ui } from '../i18n/vi.ts';
import { siteIdentity } from './site.ts';
import type { SeoProps } from '../lib/seo.ts';
import { shareTargets, type ShareTarget } from '../lib/share.ts';
import { breadcrumbList, newsArticle } from '../lib/structured-data.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { siteUrl } from '../site.config.ts';
import type { Article } from './articles.ts';
import { FEED_LOGO_LARGE } from './feed.ts';

export interface ArticleMeta {
  seo: SeoProps;
  structuredData: Record<string, unknown>[];
  /** Facebook, Zalo, X and e-mail share links for the article's absolute URL. */
  share: ShareTarget[];
}

export function articleMeta(article: Article): ArticleMeta {
  const { category, socialImage: cover, attribution } = article;
  const section = category.name;
  const tags = article.tags.map((tag) => tag.name);
  const url = article.absoluteUrl;
  const home = absoluteUrl('/', siteUrl);
  return {
    share: shareTargets({ url, title: article.title }),
    seo: {
      feeds: [{ title: ui.feeds.categoryTitle(section), href: category.feedUrl }],
      image: cover && { url: cover.url, width: cover.width, height: cover.height, alt: cover.alt },
      article: {
        published: article.published,
        modified: article.updated,
        section,
        tags,
        author: article.author?.name,
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
        keywords: tags,
        images: cover ? [cover.url] : [],
        author: article.author && {
          name: article.author.name,
          url: article.author.absoluteUrl,
          jobTitle: article.author.title,
        },
        publisher: {
          name: siteIdentity.agency,
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
        { name: section, url: absoluteUrl(category.url, siteUrl) },
        { name: article.title, url },
      ]),
    ],
  };
}
