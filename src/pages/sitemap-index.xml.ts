import type { APIRoute } from 'astro';
import { getSitemapFiles } from '../data/sitemap.ts';
import { sitemapIndexXml } from '../lib/sitemap.ts';
import { absoluteUrl, sitemapPath } from '../lib/urls.ts';
import { siteUrl } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const files = await getSitemapFiles();
  return new Response(sitemapIndexXml(files.map((_, n) => absoluteUrl(sitemapPath(n), siteUrl))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
