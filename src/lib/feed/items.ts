/**
 * One article → one RSS item for @astrojs/rss: title, absolute link (also the guid: an article's
 * URL never changes, see src/lib/urls.ts), pubDate, the lede as plain-text description, the full
 * body as `content:encoded`, category, `dc:creator`, and the cover as `enclosure` + `media:content`.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { attributionNode, feedHtml, type AttributionLine } from './html.ts';
import { plainText, type TextSlots } from './xml.ts';

export interface FeedCover {
  /** Absolute URL of the image file as served. */
  url: string;
  /** Exact size of that file in bytes. */
  length: number;
  /** MIME type, e.g. image/jpeg. */
  type: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface FeedArticle {
  title: string;
  /** Absolute URL of the article page. */
  url: string;
  lede: string;
  published: Date;
  category: string;
  tags?: readonly string[];
  author?: string;
  /** The rendered article body (HTML). */
  bodyHtml: string;
  attribution?: AttributionLine;
  cover?: FeedCover;
}

export const FEED_NAMESPACES = {
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

/** `<media:content>` for the cover: size, type, caption (as description) and credit. */
function mediaContent(cover: FeedCover, slots: TextSlots): string {
  const description = cover.caption || cover.alt;
  return (
    `<media:content url="${slots.slot(cover.url)}" type="${slots.slot(cover.type)}" medium="image"` +
    ` fileSize="${cover.length}" width="${cover.width}" height="${cover.height}">` +
    (description
      ? `<media:description type="plain">${slots.slot(plainText(description))}</media:description>`
      : '') +
    (cover.credit ? `<media:credit>${slots.slot(plainText(cover.credit))}</media:credit>` : '') +
    `</media:content>`
  );
}

export function buildFeedItem(article: FeedArticle, slots: TextSlots): RSSFeedItem {
  const author = article.author ? plainText(article.author) : '';
  const customData = [
    author ? `<dc:creator>${slots.slot(author)}</dc:creator>` : '',
    article.cover ? mediaContent(article.cover, slots) : '',
  ].join('');
  return {
    title: plainText(article.title),
    link: article.url,
    pubDate: article.published,
    description: plainText(article.lede),
    content: feedHtml(article.bodyHtml, {
      base: article.url,
      append: article.attribution ? [attributionNode(article.attribution)] : [],
    }),
    categories: [plainText(article.category)],
    ...(article.cover && {
      enclosure: { url: article.cover.url, length: article.cover.length, type: article.cover.type },
    }),
    ...(customData && { customData }),
  };
}
