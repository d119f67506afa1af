import type { ContentProblem } from './validate.ts';

/**
 * The data of an article the dev preview could not publish: its errors instead of its fields.
 * Only `astro dev` stores such entries (src/loaders/news.ts); src/data/articles.ts keeps them
 * apart from articles.
 */
export interface BrokenArticleData {
  /** Their files relative to the project, as the build and the linter name them. */
  contentProblems: ContentProblem[];
}

export function isBrokenArticle(data: unknown): data is BrokenArticleData {
  return typeof data === 'object' && data !== null && 'contentProblems' in data;
}
