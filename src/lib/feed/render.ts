/**
 * A whole feed: @astrojs/rss builds the document, our slots put back custom text untouched.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { channelCustomData, type ChannelInfo } from './channel.ts';
import { buildFeedItem, FEED_NAMESPACES, type FeedArticle } from './items.ts';
import { plainText, TextSlots } from './xml.ts';

export interface FeedInput {
  channel: ChannelInfo & { description: string; site: string };
  articles: readonly FeedArticle[];
}

export async function renderFeed({ channel, articles }: FeedInput, nonce?: string): Promise<string> {
  const slots = new TextSlots(nonce);
  const items: RSSFeedItem[] = articles.map((article) => buildFeedItem(article, slots));
  const xml = await getRssString({
    title: plainText(channel.title),
    description: plainText(channel.description),
    site: channel.site,
    xmlns: { ...FEED_NAMESPACES },
    customData: channelCustomData(channel, slots),
    items,
  });
  return slots.fill(xml);
}
