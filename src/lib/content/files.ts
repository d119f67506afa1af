/**
 * The one listing of the content folder's articles: `news/<year>/<slug>/index.md(x)`.
 * Plain Node (no Astro import, no TypeScript-only syntax) so the loader, astro.config (sitemap)
 * and the `node scripts/…` tools all walk the folder the same way. One directory read per
 * folder: O(number of articles).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The article file of a slug folder. */
export const ARTICLE_FILE = /^index\.mdx?$/;

/** An article's slug is the name of its folder: "news/2022/hoi-nghi-x/" → "hoi-nghi-x". */
export function slugOfFolder(dir: string): string {
  return path.basename(dir);
}

/** The slug of an article file, absolute or relative: "2022/hoi-nghi-x/index.md" → "hoi-nghi-x". */
export function slugOfArticleFile(file: string): string {
  return slugOfFolder(path.dirname(file));
}

export interface ArticleFolder {
  /** The folder name, which is the article's slug. */
  slug: string;
  dir: string;
  /** Its article files (`index.md` before `index.mdx`); empty for a folder without one. */
  files: string[];
}

/** The article files of one folder (`index.md` before `index.mdx`); none when it has none or is gone. */
export function articleFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Every `news/<year>/<slug>/` folder, in directory order (years, then slugs). */
export function listArticleFolders(newsDir: string): ArticleFolder[] {
  const folders: ArticleFolder[] = [];
  if (!existsSync(newsDir)) return folders;
  for (const year of readdirSync(newsDir, { withFileTypes: true })) {
    if (!year.isDirectory()) continue;
    const yearDir = path.join(newsDir, year.name);
    for (const folder of readdirSync(yearDir, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const dir = path.join(yearDir, folder.name);
      folders.push({ slug: slugOfFolder(dir), dir, files: articleFilesIn(dir) });
    }
  }
  return folders;
}

/** Every article file with its slug (both files when a folder holds index.md and index.mdx). */
export function listArticleFiles(newsDir: string): { slug: string; file: string }[] {
  return listArticleFolders(newsDir).flatMap(({ slug, files }) => files.map((file) => ({ slug, file })));
}
