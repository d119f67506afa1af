import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { siteIdentity } from '../data/site.ts';
import { inNewsWindow, newsSitemapXml } from '../lib/sitemap.ts';
import { buildTime } from '../site.config.ts';

/** Google News sitemap: the articles of the two days before this build (articles are newest first). */
export const GET: APIRoute = async () => {
  const recent = [];
  for (const article of await getArticles()) {
    // The dev preview also lists scheduled articles (newest first): they are not news yet.
    if (article.scheduled) continue;
    if (!inNewsWindow(article.published.date, buildTime)) break;
    recent.push({
      url: article.absoluteUrl,
      title: article.title,
      published: article.published.date,
    });
  }
  return new Response(newsSitemapXml(recent, siteIdentity.agency), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
