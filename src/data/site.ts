/** What every page's frame (header menu, footer, 404) shows: set per request by src/middleware.ts. */
import { getCategories, type CategoryView } from './articles.ts';

export interface SiteData {
  /** The menu: categories in menu order. */
  categories: CategoryView[];
}

let memo: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  memo ??= getCategories().then((categories) => ({ categories }));
  return memo;
}
