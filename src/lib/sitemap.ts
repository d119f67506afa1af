/**
 * Sitemaps. @astrojs/sitemap lists the built pages; `sitemapSerializer` adds each article's
 * lastmod (updatedAt, else publishedAt) read once from the content folder, and `newsSitemapXml`
 * writes the Google News sitemap (articles of the last two days).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listArticleFolders } from './content/files.ts';
import { parseFrontmatter } from './content/frontmatter.ts';
import { isoVietnam, parseContentDate } from './dates.ts';
import { escapeXml } from './feed/xml.ts';
import { ADMIN_PATH, ARTICLE_BASE } from './urls.ts';
import { buildTime } from '../site.config.ts';

/**
 * Slug → last modification of every published article (no drafts, nothing dated after `now`),
 * from the front matter: one pass, O(articles).
 */
export function readLastmods(contentDir: string, now: Date = buildTime): Map<string, Date> {
  const lastmods = new Map<string, Date>();
  for (const { slug, files } of listArticleFolders(path.join(contentDir, 'news'))) {
    // One file per folder (index.md before index.mdx): a folder holding both fails the build.
    const file = files[0];
    if (!file) continue;
    try {
      const { data } = parseFrontmatter(readFileSync(file, 'utf8'));
      if (data.draft === true || data.publishedAt === undefined) continue;
      if (parseContentDate(data.publishedAt).date > now) continue;
      lastmods.set(slug, parseContentDate(data.updatedAt ?? data.publishedAt).date);
    } catch {
      // An article the loader rejects never reaches the build, hence never the sitemap.
    }
  }
  return lastmods;
}

const ARTICLE_PATH = new RegExp(`^${ARTICLE_BASE}/([^/]+)/$`);

/** Pages the sitemap must not list. */
export function sitemapFilter(page: string): boolean {
  const { pathname } = new URL(page);
  return !/^\/404(?:\.html|\/)?$/.test(pathname) && !pathname.startsWith(ADMIN_PATH);
}

interface SitemapItem {
  url: string;
  lastmod?: string;
}

/** A `serialize` hook for @astrojs/sitemap: lastmod on article URLs and the home page. */
export function sitemapSerializer(contentDir: string, now: Date = buildTime) {
  let lastmods: Map<string, Date> | undefined;
  let newest: Date | undefined;
  return <T extends SitemapItem>(item: T): T => {
    if (!lastmods) {
      lastmods = readLastmods(contentDir, now);
      for (const date of lastmods.values()) if (!newest || date > newest) newest = date;
    }
    const { pathname } = new URL(item.url);
    const slug = ARTICLE_PATH.exec(pathname)?.[1];
    const date = slug ? lastmods.get(slug) : pathname === '/' ? newest : undefined;
    return date ? { ...item, lastmod: isoVietnam(date) } : item;
  };
}

export interface NewsSitemapEntry {
  /** Absolute URL. */
  url: string;
  title: string;
  published: Date;
}

/** Google News asks for articles published in the last two days only. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export function inNewsWindow(published: Date, now: Date): boolean {
  const age = now.getTime() - published.getTime();
  return age >= 0 && age <= NEWS_WINDOW_MS;
}

export function newsSitemapXml(entries: readonly NewsSitemapEntry[], publication: string): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication)}</news:name>` +
      `<news:language>vi</news:language></news:publication>` +
      `<news:publication_date>${isoVietnam(entry.published)}</news:publication_date>` +
      `<news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
    urls.join('\n') +
    (urls.length ? '\n' : '') +
    `</urlset>\n`
  );
}

export function robotsTxt(site: string, sitemaps: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /404.html',
    `Disallow: ${ADMIN_PATH}`,
    '',
    ...sitemaps.map((s) => `Sitemap: ${new URL(s, site).href}`),
    '',
  ].join('\n');
}
