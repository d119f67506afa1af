/**
 * Build-time settings, read from the environment so CI, benchmarks and tests can point the
 * same code at other content or output folders. Defaults build the real site from `content/`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

const root = process.cwd();

function resolveFromRoot(value: string | undefined, fallback: string): string {
  return path.resolve(root, value && value.trim() !== '' ? value : fallback);
}

/** Where articles, categories.yaml and sources.yaml live. */
export const contentDir = resolveFromRoot(process.env.CEMA_CONTENT_DIR, 'content');

/**
 * Astro's cache (content data store, optimised images). Builds of other content folders
 * (tests, benchmarks) get their own, so a cached entry never points into another tree.
 */
export const cacheDir =
  process.env.CEMA_CACHE_DIR ??
  (contentDir === path.resolve(root, 'content')
    ? path.resolve(root, 'node_modules/.astro')
    : path.resolve(
        root,
        'node_modules/.astro/other',
        createHash('sha1').update(contentDir).digest('hex').slice(0, 12),
      ));

/** Public origin of the site: canonical URLs, feeds and sitemaps are absolute on it. */
export const siteUrl = (process.env.CEMA_SITE_URL ?? 'https://tin.cema.gov.vn').replace(/\/+$/, '');

/**
 * The "now" that decides which scheduled articles are published. Tests pin it with
 * CEMA_BUILD_TIME so that "future" stays future; production uses the real clock.
 */
export const buildTime = process.env.CEMA_BUILD_TIME ? new Date(process.env.CEMA_BUILD_TIME) : new Date();
