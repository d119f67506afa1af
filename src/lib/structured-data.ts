/**
 * schema.org JSON-LD for search engines: NewsArticle (with the legacy/counted views as an
 * InteractionCounter of ReadAction) and BreadcrumbList. `jsonLd()` serialises so that no field,
 * whatever staff typed, can close the <script> element or break out of it.
 */
import { isoVietnam, type PreciseDate } from './dates.ts';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  published: PreciseDate;
  updated?: PreciseDate;
  section: string;
  keywords: readonly string[];
  /** Absolute image URLs (cover in its social size), if any. */
  images: readonly string[];
  /** A person; `url` (their page on the site) and `jobTitle` for authors registered in authors.yaml. */
  author?: { name: string; url?: string; jobTitle?: string };
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } };
  /** The excerpted source ("Trích nguồn"/"Theo"), when the article has one. */
  basedOn?: { name: string; url?: string };
  views?: number;
}

/** Google requires at most 110 characters for a NewsArticle headline. */
export const MAX_HEADLINE = 110;

export function truncateHeadline(text: string, max = MAX_HEADLINE): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const organization = {
    '@type': 'GovernmentOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', ...input.publisher.logo },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: truncateHeadline(input.headline),
    ...(truncateHeadline(input.headline) !== input.headline && { alternativeHeadline: input.headline }),
    description: input.description,
    // Always a full timestamp in Vietnam time; a year-only date is 1 January 00:00 of that year.
    datePublished: isoVietnam(input.published.date),
    dateModified: isoVietnam((input.updated ?? input.published).date),
    articleSection: input.section,
    ...(input.keywords.length > 0 && { keywords: input.keywords.join(', ') }),
    ...(input.images.length > 0 && { image: [...input.images] }),
    author: input.author
      ? {
          '@type': 'Person',
          name: input.author.name,
          ...(input.author.url && { url: input.author.url }),
          ...(input.author.jobTitle && { jobTitle: input.author.jobTitle }),
        }
      : organization,
    publisher: organization,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    ...(input.basedOn && {
      isBasedOn: {
        '@type': 'CreativeWork',
        name: input.basedOn.name,
        ...(input.basedOn.url && { url: input.basedOn.url }),
      },
    }),
    ...(input.views !== undefined &&
      input.views > 0 && {
        interactionStatistic: {
          '@type': 'InteractionCounter',
          interactionType: { '@type': 'ReadAction' },
          userInteractionCount: input.views,
        },
      }),
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL; the last crumb (the page itself) may omit it. */
  url?: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...(crumb.url && { item: crumb.url }),
    })),
  };
}

const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a <script type="application/ld+json"> body: `<`, `>` and `&` as \u escapes, so
 * "</script>" or "<!--" in a title cannot end the element; the JSON value is unchanged.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
