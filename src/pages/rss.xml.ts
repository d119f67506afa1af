import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { channelInfo, FEED_SIZE, feedArticle, SITE_FEED_PATH } from '../data/feed.ts';
import { ui } from '../i18n/vi.ts';
import { renderFeed } from '../lib/feed/render.ts';

/** The site-wide feed: the newest articles of every category, full text. */
export const GET: APIRoute = async () => {
  const articles = (await getArticles()).slice(0, FEED_SIZE);
  const xml = await renderFeed({
    channel: channelInfo(ui.feeds.siteTitle, ui.site.description, '/', SITE_FEED_PATH, articles),
    articles: await Promise.all(articles.map(feedArticle)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
