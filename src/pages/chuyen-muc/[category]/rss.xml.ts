import type { APIRoute, GetStaticPaths } from 'astro';
import {
  getArticlesByCategory,
  getCategories,
  type Article,
  type CategoryView,
} from '../../../data/articles.ts';
import { channelInfo, FEED_SIZE, feedArticle } from '../../../data/feed.ts';
import { ui } from '../../../i18n/vi.ts';
import { renderFeed } from '../../../lib/feed/render.ts';

export const getStaticPaths = (async () => {
  const byCategory = await getArticlesByCategory();
  return (await getCategories()).map((category) => ({
    params: { category: category.id },
    props: { category, articles: (byCategory.get(category.id) ?? []).slice(0, FEED_SIZE) },
  }));
}) satisfies GetStaticPaths;

/** One feed per category (empty categories get a valid, empty feed). */
export const GET: APIRoute = async ({ props }) => {
  const { category, articles } = props as { category: CategoryView; articles: Article[] };
  const xml = await renderFeed({
    channel: channelInfo(
      ui.feeds.categoryTitle(category.name),
      category.description ?? ui.site.description,
      category.url,
      category.feedUrl,
      articles,
    ),
    articles: await Promise.all(articles.map(feedArticle)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
