/**
 * Build-time data for feeds: each article's body (the same HTML as its page: src/data/article-body.ts)
 * and its social card with the exact byte length of the
 * file in dist/ (the same bytes: src/data/social-images.ts). Memoised per article, so an article in
 * both /rss.xml and its category feed is rendered once.
 */
import { siteUrl } from '../site.config.ts';
import { ui } from '../i18n/vi.ts';
import { siteIdentity } from './site.ts';
import { absoluteUrl } from '../lib/urls.ts';
import type { FeedArticle } from '../lib/feed/items.ts';
import type { ChannelInfo } from '../lib/feed/channel.ts';
import { newestDate } from '../lib/feed/channel.ts';
import type { Article } from './articles.ts';
import { articleBodyHtml } from './article-body.ts';
import { attachmentDetails, getAttachments } from './attachments.ts';
import { socialImageBytes } from './social-images.ts';

/** How many articles each feed carries. */
export const FEED_SIZE = 50;
/** Minutes a reader may cache a feed (the site is rebuilt about hourly). */
export const FEED_TTL = 60;
export const FEED_LOGO = { path: '/logo-144.png', width: 144, height: 144 } as const;
/** Publisher logo for structured data (Google wants at least 112 px). */
export const FEED_LOGO_LARGE = { path: '/logo-512.png', width: 512, height: 512 } as const;
export { categoryFeedPath, FEEDS_PAGE_PATH, SITE_FEED_PATH } from '../lib/feed/links.ts';

/** Everything a feed item needs about one article. */
export async function feedArticle(article: Article): Promise<FeedArticle> {
  const { socialImage } = article;
  const [bodyHtml, socialBytes, attachments] = await Promise.all([
    articleBodyHtml(article),
    socialImageBytes(article),
    getAttachments(article),
  ]);
  return {
    title: article.title,
    url: article.absoluteUrl,
    lede: article.lede,
    published: article.published.date,
    category: article.category.name,
    tags: article.tags.map((tag) => tag.name),
    author: article.author?.name,
    bodyHtml,
    attribution: article.attribution,
    attachments: attachments.map((attachment) => ({
      title: attachment.title,
      url: attachment.absoluteUrl,
      details: attachmentDetails(attachment),
      length: attachment.bytes,
      type: attachment.mime,
    })),
    attachmentsHeading: ui.attachments.heading,
    cover: socialImage &&
      socialBytes && {
        url: socialImage.url,
        length: socialBytes.byteLength,
        type: socialImage.type,
        width: socialImage.width,
        height: socialImage.height,
        alt: socialImage.alt,
        caption: article.cover?.caption,
      },
  };
}

/** Channel fields shared by every feed; the newest item's date is the lastBuildDate. */
export function channelInfo(
  title: string,
  description: string,
  pagePath: string,
  feedPath: string,
  articles: readonly Article[],
): ChannelInfo & { description: string; site: string } {
  const link = absoluteUrl(pagePath, siteUrl);
  return {
    title,
    description,
    site: link,
    link,
    self: absoluteUrl(feedPath, siteUrl),
    lastBuildDate: newestDate(articles.map((a) => (a.updated ?? a.published).date)),
    ttl: FEED_TTL,
    imageUrl: absoluteUrl(FEED_LOGO.path, siteUrl),
    imageWidth: FEED_LOGO.width,
    imageHeight: FEED_LOGO.height,
    copyright: siteIdentity.copyright,
    language: 'vi',
  };
}
