/**
 * The published articles with old portal addresses, for the deploy integration
 * (src/integrations/deploy.ts), which turns this file into the redirect map, `_redirects` and the
 * static redirect pages, then removes it from the site. Drafts and scheduled articles have no
 * page yet, so they get no redirect (getArticles applies the one visibility rule).
 */
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import type { LegacyArticle } from '../lib/deploy/redirects.ts';

export const LEGACY_REDIRECTS_FILE = 'legacy-redirects.json';

export const GET: APIRoute = async () => {
  const articles: LegacyArticle[] = [];
  for (const article of await getArticles()) {
    const legacy = article.entry.data.legacy;
    if (!legacy?.url && !legacy?.paths?.length) continue;
    articles.push({ slug: article.id, title: article.title, url: legacy.url, paths: legacy.paths });
  }
  return new Response(JSON.stringify(articles), { headers: { 'Content-Type': 'application/json' } });
};
