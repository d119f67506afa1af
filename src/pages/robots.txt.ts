import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '../lib/urls.ts';
import { siteUrl } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(siteUrl, [SITEMAP_INDEX_PATH, NEWS_SITEMAP_PATH]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
