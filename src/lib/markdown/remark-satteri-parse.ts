/**
 * Parses plain Markdown with Sätteri's native parser instead of remark-parse (micromark), which
 * took most of a build's Markdown time (about 5 ms of CPU per article). Sätteri builds the same
 * mdast — CommonMark and GFM, checked node for node against remark-parse + remark-gfm by
 * tests/unit/markdown/remark-satteri-parse.test.ts — so our remark and rehype plugins, and the
 * HTML they produce, stay as they are. For the Markdown processor only: MDX keeps remark-parse
 * with the MDX syntax (astro.config.mjs gives `.mdx` files their own processor).
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';

/** As CommonMark requires and micromark does: U+0000 is read as U+FFFD (same length, same positions). */
const NUL = /\0/g;

/** The mdast of a Markdown body (front matter already removed); GFM on, as in Astro's Markdown. */
export function parseMarkdown(markdown: string, options: { gfm?: boolean } = {}): Root {
  return markdownToMdast(markdown.replace(NUL, '\uFFFD'), {
    features: { gfm: options.gfm ?? true, frontmatter: false },
  }) as Root;
}

export function remarkSatteriParse(this: Processor) {
  // Replaces the parser remark-parse set up (plugins attach in order, so this one is used).
  this.parser = (document) => parseMarkdown(document);
}
