/**
 * Article slugs of a content folder (`news/<year>/<slug>/index.md|mdx`): the keys view counts can
 * reach. Kept free of Astro and TypeScript-only syntax so plain Node scripts (views:pull, the
 * benchmark) can use it as well as the loader. O(number of articles) directory reads.
 */
import { listArticleFolders } from '../content/files.ts';

export function listArticleSlugs(newsDir: string): Set<string> {
  return new Set(
    listArticleFolders(newsDir)
      .filter((folder) => folder.files.length > 0)
      .map((folder) => folder.slug),
  );
}
