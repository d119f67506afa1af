/** Writing fixture articles into a content folder the way staff lay them out (news/<year>/<slug>/). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes news/<year>/<slug>/index.md (or `fileName`, e.g. index.mdx) with the given front matter
 * and body; returns the article's folder, for its photos and documents.
 */
export function writeArticle(
  contentDir: string,
  year: string,
  slug: string,
  frontmatter: string,
  body: string,
  fileName = 'index.md',
): string {
  const dir = path.join(contentDir, 'news', year, slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, fileName), `---\n${frontmatter.trim()}\n---\n\n${body.trim()}\n`);
  return dir;
}
