/**
 * The fixed pages written in Markdown (content/pages/): the accessibility statement and the
 * English section. Their address comes from their file (contentPagePath), their language from
 * the address (languageOfPath); a page naming its `translation` and that page point to each
 * other with hreflang alternates.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PreciseDate } from '../lib/dates.ts';
import { viCollator } from '../lib/vietnamese.ts';
import { contentPagePath, languageOfPath, type SiteLanguage } from '../lib/urls.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** The same page in a language (a `<link rel="alternate" hreflang>`). */
export interface Alternate {
  lang: SiteLanguage;
  /** Site-relative. */
  href: string;
}

export interface ContentPageView {
  id: string;
  url: string;
  lang: SiteLanguage;
  title: string;
  description: string;
  updated?: PreciseDate;
  latestNews: boolean;
  /** The collection entry, for rendering the body only. */
  entry: PageEntry;
}

let pagesMemo: Promise<ContentPageView[]> | undefined;

/** Every page of content/pages/, the index of a folder first, then by id. */
export function getContentPages(): Promise<ContentPageView[]> {
  pagesMemo ??= getCollection('pages').then((entries) =>
    entries
      .map((entry) => {
        const url = contentPagePath(entry.id);
        return {
          id: entry.id,
          url,
          lang: languageOfPath(url),
          title: entry.data.title,
          description: entry.data.description,
          updated: entry.data.updatedAt,
          latestNews: entry.data.latestNews,
          entry,
        };
      })
      .sort((a, b) => a.url.length - b.url.length || viCollator.compare(a.url, b.url)),
  );
  return pagesMemo;
}

/** The English section's pages, its home first (the menu of /en/ pages). */
export async function getEnglishPages(): Promise<ContentPageView[]> {
  return (await getContentPages()).filter((page) => page.lang === 'en');
}

let alternatesMemo: Promise<Map<string, Alternate[]>> | undefined;

/**
 * hreflang alternates by site-relative path: both pages of each `translation` pair (the
 * Vietnamese home page "/" included). A translation naming a page the site does not build is an
 * error naming the file.
 */
export function getAlternates(): Promise<Map<string, Alternate[]>> {
  alternatesMemo ??= getContentPages().then((pages) => {
    const built = new Set(['/', ...pages.map((page) => page.url)]);
    const map = new Map<string, Alternate[]>();
    for (const page of pages) {
      const target = page.entry.data.translation;
      if (!target) continue;
      const lang = languageOfPath(target);
      if (!built.has(target) || lang === page.lang) {
        throw new Error(
          `${page.entry.filePath ?? page.id} — translation (bản dịch): "${target}" không phải một trang ${
            page.lang === 'en' ? 'tiếng Việt' : 'tiếng Anh'
          } của trang này (trang chủ "/" hoặc một trang trong content/pages/)`,
        );
      }
      const pair = [
        { lang: page.lang, href: page.url },
        { lang, href: target },
      ].sort((a, b) => a.lang.localeCompare(b.lang));
      map.set(page.url, pair);
      map.set(target, pair);
    }
    return map;
  });
  return alternatesMemo;
}
