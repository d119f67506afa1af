/**
 * Choices for the search page's filters, computed once per build in one pass over the articles
 * (linear in the number of articles).
 */
import { getArticles, getCategories } from './articles.ts';
import { vnYear } from '../lib/dates.ts';
import { viCollator } from '../lib/vietnamese.ts';

export interface SearchChoices {
  categories: { id: string; name: string }[];
  years: number[];
  sources: string[];
}

export async function getSearchChoices(): Promise<SearchChoices> {
  const [articles, categories] = await Promise.all([getArticles(), getCategories()]);
  const years = new Set<number>();
  const sources = new Set<string>();
  for (const article of articles) {
    years.add(vnYear(article.published.date));
    if (article.attribution?.name) sources.add(article.attribution.name);
  }
  return {
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    years: [...years].sort((a, b) => b - a),
    sources: [...sources].sort(viCollator.compare),
  };
}
