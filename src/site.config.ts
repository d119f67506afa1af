/**
 * Build-time settings, read from the environment so CI, benchmarks and tests can point the
 * same code at other content or output folders. Defaults build the real site from `content/`.
 */
import path from 'node:path';

const root = process.cwd();

function resolveFromRoot(value: string | undefined, fallback: string): string {
  return path.resolve(root, value && value.trim() !== '' ? value : fallback);
}

/** Where articles, categories.yaml and sources.yaml live. */
export const contentDir = resolveFromRoot(process.env.CEMA_CONTENT_DIR, 'content');

/** Public origin of the site: canonical URLs, feeds and sitemaps are absolute on it. */
export const siteUrl = (process.env.CEMA_SITE_URL ?? 'https://tin.cema.gov.vn').replace(/\/+$/, '');

/**
 * The "now" that decides which scheduled articles are published. Tests pin it with
 * CEMA_BUILD_TIME so that "future" stays future; production uses the real clock.
 */
export const buildTime = process.env.CEMA_BUILD_TIME
  ? new Date(process.env.CEMA_BUILD_TIME)
  : new Date();

/** Drafts show only in `astro dev` (marked "BẢN NHÁP"); never in a build. */
export const showDrafts = process.env.CEMA_SHOW_DRAFTS === '1';
