/**
 * Choices for the search page's filters, computed once per build in one pass over the articles
 * (linear in the number of articles).
 */
import { getArticles, getCategories, getSourceMap } from './articles.ts';
import { vnYear } from '../lib/dates.ts';
import { viCollator } from '../lib/format.ts';
import { resolveAttribution } from '../lib/source.ts';

export interface SearchChoices {
  categories: { id: string; name: string }[];
  years: number[];
  sources: string[];
}

export async function getSearchChoices(): Promise<SearchChoices> {
  const [articles, categories, sourceMap] = await Promise.all([
    getArticles(),
    getCategories(),
    getSourceMap(),
  ]);
  const registered = new Map([...sourceMap].map(([id, entry]) => [id, entry.data]));
  const years = new Set<number>();
  const sources = new Set<string>();
  for (const article of articles) {
    years.add(vnYear(article.published.date));
    const source = article.entry.data.source;
    if (source) {
      const name = resolveAttribution(source, registered).name;
      if (name) sources.add(name);
    }
  }
  return {
    categories: categories.map((c) => ({ id: c.id, name: c.data.name })),
    years: [...years].sort((a, b) => b - a),
    sources: [...sources].sort(viCollator.compare),
  };
}
