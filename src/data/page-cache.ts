/**
 * Cache keys for Astro's incremental static build (`experimental.incrementalBuild`): a page whose
 * key and template code are unchanged since the previous build is copied from Astro's cache
 * instead of rendered again. A key must therefore cover everything the page renders that is not
 * code: the view models it is given and the page frame (src/data/site.ts). Keys hash the whole
 * view models, not just the fields a template shows today, so a template that starts showing
 * another field can never serve a stale copy.
 */
import { createHash } from 'node:crypto';
import type { Article } from './articles.ts';
import type { SiteData } from './site.ts';

/** The collection entry stands in by what identifies its content: the file and its digest. */
function replacer(key: string, value: unknown): unknown {
  if (key === 'entry' && value && typeof value === 'object') {
    const { id, digest, filePath } = value as { id: string; digest?: string; filePath?: string };
    return { id, digest, filePath };
  }
  // Maps (the frame's hreflang pairs) would otherwise hash as {}.
  if (value instanceof Map) return [...value.entries()];
  return value;
}

export function pageCacheKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs, replacer)).digest('base64url');
}

/**
 * An article page: every prop its route passes (the article, "Tin khác đã đăng", the sidebar, the
 * attached documents) and the page frame.
 */
export function articlePageCacheKey(props: { article: Article }, site: SiteData): string {
  return pageCacheKey('article', props, site);
}

/**
 * The paths of a route whose pages render nothing but their props and the page frame (the
 * listings: their articles, their sidebar): each path gets the key of its props, so a build after
 * an edit renders again only the listing pages that show what changed.
 */
export function withPageCacheKeys<Path extends { props: object }>(
  route: string,
  paths: readonly Path[],
  site: SiteData,
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(route, path.props, site) }));
}
