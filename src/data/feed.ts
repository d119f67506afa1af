/**
 * Build-time data for feeds and page metadata: each article's rendered body (the same HTML as its
 * page, for .md and .mdx alike, through Astro's container API), its resolved source attribution
 * and its 1200×630 social/cover image with the exact byte length of the file that ends up in dist/.
 * Everything is memoised per article, so an article in both /rss.xml and its category feed is
 * rendered once.
 */
import { readFile } from 'node:fs/promises';
import { render } from 'astro:content';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer as getMdxRenderer } from '@astrojs/mdx/container-renderer';
import type { ImageMetadata } from 'astro';
import { siteUrl } from '../site.config.ts';
import { getSocialImage, socialImageTransform } from '../lib/images.ts';
import { ui } from '../i18n/vi.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { resolveAttribution, type Attribution } from '../lib/source.ts';
import type { FeedArticle, FeedCover } from '../lib/feed/items.ts';
import type { ChannelInfo } from '../lib/feed/channel.ts';
import { newestDate } from '../lib/feed/channel.ts';
import { getCategoryMap, getSourceMap, type Article } from './articles.ts';

/** How many articles each feed carries. */
export const FEED_SIZE = 50;
/** Minutes a reader may cache a feed (the site is rebuilt about hourly). */
export const FEED_TTL = 60;
export const FEED_LOGO = { path: '/logo-144.png', width: 144, height: 144 } as const;
/** Publisher logo for structured data (Google wants at least 112 px). */
export const FEED_LOGO_LARGE = { path: '/logo-512.png', width: 512, height: 512 } as const;
export { categoryFeedPath, FEEDS_PAGE_PATH, SITE_FEED_PATH } from '../lib/feed/links.ts';

let containerMemo: Promise<AstroContainer> | undefined;
function container(): Promise<AstroContainer> {
  containerMemo ??= loadRenderers([getMdxRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  return containerMemo;
}

const bodyMemo = new Map<string, Promise<string>>();

/** The article body as its page renders it (images optimised, figures and captions). */
export function renderedBody(article: Article): Promise<string> {
  let body = bodyMemo.get(article.id);
  if (!body) {
    body = (async () => {
      const { Content } = await render(article.entry);
      return (await container()).renderToString(Content);
    })();
    bodyMemo.set(article.id, body);
  }
  return body;
}

export async function attributionOf(article: Article): Promise<Attribution | undefined> {
  const source = article.entry.data.source;
  if (!source) return undefined;
  const sources = await getSourceMap();
  return resolveAttribution(source, new Map([...sources].map(([id, entry]) => [id, entry.data])));
}

export interface FeedImage extends FeedCover {
  /** Site-relative path of the file. */
  path: string;
}

const coverMemo = new Map<string, Promise<FeedImage | undefined>>();

/**
 * The cover in its 1200×630 social size (getSocialImage, src/lib/images.ts) with the byte length
 * of the file. Astro writes image files only after all pages, so the length comes from running the
 * same configured image service on the same source with the same options: the bytes Astro writes.
 */
export function socialImage(article: Article): Promise<FeedImage | undefined> {
  const cover = article.entry.data.cover as (ImageMetadata & { fsPath?: string }) | undefined;
  if (!cover) return Promise.resolve(undefined);
  let result = coverMemo.get(article.id);
  if (!result) {
    result = (async () => {
      const social = await getSocialImage(cover);
      const image = await getImage(socialImageTransform(cover));
      if (image.src !== social.src) {
        throw new Error(
          `ảnh bìa của ${article.id}: tùy chọn ảnh chia sẻ khác getSocialImage (${image.src} ≠ ${social.src})`,
        );
      }
      const service = await getConfiguredImageService();
      if (!cover.fsPath || !('transform' in service))
        throw new Error(`ảnh bìa của ${article.id}: không đọc được tệp gốc`);
      const source = await readFile(cover.fsPath);
      // The same service call the build makes, so the enclosure length is the built file's size.
      const logger = { info: console.info, warn: console.warn, error: console.error };
      const { data } = await service.transform(
        source,
        { ...image.options, src: cover.src },
        imageConfig,
        logger,
      );
      return {
        path: social.src,
        url: absoluteUrl(social.src, siteUrl),
        length: data.byteLength,
        type: `image/${social.format}`,
        width: social.width,
        height: social.height,
        alt: article.entry.data.coverAlt ?? article.title,
        caption: article.entry.data.coverAlt,
      };
    })();
    coverMemo.set(article.id, result);
  }
  return result;
}

/** Everything a feed item needs about one article. */
export async function feedArticle(article: Article): Promise<FeedArticle> {
  const category = (await getCategoryMap()).get(article.categoryId);
  const [bodyHtml, attribution, cover] = await Promise.all([
    renderedBody(article),
    attributionOf(article),
    socialImage(article),
  ]);
  const { data } = article.entry;
  return {
    title: article.title,
    url: absoluteUrl(article.url, siteUrl),
    lede: article.lede,
    published: article.published.date,
    category: category?.data.name ?? article.categoryId,
    tags: data.tags,
    author: data.author,
    bodyHtml,
    attribution,
    cover,
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
    copyright: ui.site.copyright,
    language: 'vi',
  };
}
