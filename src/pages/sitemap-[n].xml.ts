import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitemapFiles } from '../data/sitemap.ts';
import { sitemapXml, type SitemapEntry } from '../lib/sitemap.ts';

export const getStaticPaths = (async () =>
  (await getSitemapFiles()).map((entries, n) => ({
    params: { n: String(n) },
    props: { entries },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SitemapEntry[] }> = ({ props }) =>
  new Response(sitemapXml(props.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
