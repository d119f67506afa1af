/**
 * The one rule for which articles a build publishes (pages, listings, feeds, sitemaps, search):
 * no drafts, nothing dated after the build's time. The dev preview shows both, marked.
 */

export interface VisibilityFacts {
  draft: boolean;
  published: Date;
}

/** Dated after `now`: published by the first build after its time. */
export function isScheduled(published: Date, now: Date): boolean {
  return published.getTime() > now.getTime();
}

/** Whether an article belongs in a build made at `now` (`preview`: the dev server, which shows all). */
export function isPublished(article: VisibilityFacts, now: Date, preview = false): boolean {
  return preview || (!article.draft && !isScheduled(article.published, now));
}
