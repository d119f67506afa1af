/**
 * One article → one RSS item for @astrojs/rss: title, absolute link (also the guid: an article's
 * URL never changes, see src/lib/urls.ts), pubDate, the lede as plain-text description, the full
 * body as `content:encoded`, category, `dc:creator`, and the cover as `enclosure` + `media:content`.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import {
  attachmentsNode,
  attributionNode,
  feedHtml,
  type AttachmentLine,
  type AttributionLine,
} from './html.ts';
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

/** An attached document: listed in the item's body, and the first one is the item's enclosure. */
export interface FeedAttachment extends AttachmentLine {
  /** Exact size of the file served, in bytes. */
  length: number;
  /** MIME type, e.g. application/pdf. */
  type: string;
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
  attachments?: readonly FeedAttachment[];
  /** Heading of the attachment list ("Văn bản đính kèm"). */
  attachmentsHeading?: string;
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

/**
 * RSS 2.0 allows one enclosure per item. The first attached document wins over the cover: it is
 * what the news reports on (the decision, the plan) and what readers that download enclosures
 * want; the cover stays in the item as media:content.
 */
function enclosureOf(article: FeedArticle): RSSFeedItem['enclosure'] {
  const [document] = article.attachments ?? [];
  if (document) return { url: document.url, length: document.length, type: document.type };
  if (article.cover)
    return { url: article.cover.url, length: article.cover.length, type: article.cover.type };
  return undefined;
}

export function buildFeedItem(article: FeedArticle, slots: TextSlots): RSSFeedItem {
  const author = article.author ? plainText(article.author) : '';
  const customData = [
    author ? `<dc:creator>${slots.slot(author)}</dc:creator>` : '',
    article.cover ? mediaContent(article.cover, slots) : '',
  ].join('');
  const enclosure = enclosureOf(article);
  const attachments = article.attachments ?? [];
  return {
    title: plainText(article.title),
    link: article.url,
    pubDate: article.published,
    description: plainText(article.lede),
    content: feedHtml(article.bodyHtml, {
      base: article.url,
      append: [
        ...(attachments.length > 0 ? [attachmentsNode(article.attachmentsHeading ?? '', attachments)] : []),
        ...(article.attribution ? [attributionNode(article.attribution)] : []),
      ],
    }),
    categories: [plainText(article.category)],
    ...(enclosure && { enclosure }),
    ...(customData && { customData }),
  };
}
