/** What a page tells social networks and feed readers about itself (rendered by SeoHead.astro). */
import type { PreciseDate } from './dates.ts';
import type { FeedLink } from './feed/links.ts';

export interface SeoImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface SeoArticle {
  published: PreciseDate;
  modified?: PreciseDate;
  section: string;
  tags: readonly string[];
  author?: string;
}

export interface SeoProps {
  /** The page's own feeds (a category's), listed before the site feed. */
  feeds?: FeedLink[];
  image?: SeoImage;
  article?: SeoArticle;
}

/** The site logo, used as og:image when a page has no picture of its own. */
export const DEFAULT_SOCIAL_IMAGE = { path: '/logo-512.png', width: 512, height: 512 } as const;
