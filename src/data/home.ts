/**
 * The home page's view model: lead story, cards, latest list, most viewed and one block per
 * category — each story shown once above the category blocks (src/lib/front-page.ts).
 */
import {
  getArticles,
  getArticlesByCategory,
  getCategories,
  type Article,
  type CategoryView,
} from './articles.ts';
import { getMostViewed } from './most-viewed.ts';
import { frontPage } from '../lib/front-page.ts';

export const HOME_CARDS = 6;
export const HOME_LATEST = 8;
export const PER_CATEGORY = 4;

export interface CategoryBlock {
  category: CategoryView;
  /** The category's newest stories not already above; the first one as a card with its photo. */
  articles: Article[];
}

export interface HomePage {
  lead?: Article;
  cards: Article[];
  latest: Article[];
  mostViewed: Article[];
  categories: CategoryBlock[];
}

export async function getHomePage(): Promise<HomePage> {
  const [articles, byCategory, categories, mostViewed] = await Promise.all([
    getArticles(),
    getArticlesByCategory(),
    getCategories(),
    getMostViewed(),
  ]);
  const { lead, cards, latest } = frontPage(articles, { cards: HOME_CARDS, latest: HOME_LATEST });
  const above = new Set<Article>([...(lead ? [lead] : []), ...cards]);
  const blocks: CategoryBlock[] = [];
  for (const category of categories) {
    const list = byCategory.get(category.id) ?? [];
    // Reads at most the shown stories plus the few already above: never the whole category.
    const shown = list
      .slice(0, PER_CATEGORY + above.size)
      .filter((a) => !above.has(a))
      .slice(0, PER_CATEGORY);
    if (shown.length > 0) blocks.push({ category, articles: shown });
  }
  return { lead, cards, latest, mostViewed, categories: blocks };
}
