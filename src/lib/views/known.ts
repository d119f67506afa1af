/**
 * Article slugs of a content folder (`news/<year>/<slug>/index.md|mdx`): the keys view counts can
 * reach. Kept free of Astro and TypeScript-only syntax so plain Node scripts (views:pull, the
 * benchmark) can use it as well as the loader. O(number of articles) directory reads.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function listArticleSlugs(newsDir: string): Set<string> {
  const slugs = new Set<string>();
  if (!existsSync(newsDir)) return slugs;
  for (const year of readdirSync(newsDir, { withFileTypes: true })) {
    if (!year.isDirectory()) continue;
    for (const folder of readdirSync(path.join(newsDir, year.name), { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const files = readdirSync(path.join(newsDir, year.name, folder.name));
      if (files.includes('index.md') || files.includes('index.mdx')) slugs.add(folder.name);
    }
  }
  return slugs;
}
