import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { siteUrl } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(siteUrl, ['/sitemap-index.xml', '/sitemap-news.xml']), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
