/** Reading built pages as a tree (hast), so tests query elements instead of grepping HTML. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface Page {
  html: string;
  tree: Root;
  one(selector: string): Element;
  maybe(selector: string): Element | undefined;
  all(selector: string): Element[];
  text(selector?: string): string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Loads `dist/<urlPath>/index.html` (or a file path ending in .html). */
export function loadPage(dist: string, urlPath: string): Page {
  const file = urlPath.endsWith('.html') ? path.join(dist, urlPath) : path.join(dist, urlPath, 'index.html');
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  const page: Page = {
    html,
    tree,
    maybe: (selector) => select(selector, tree) ?? undefined,
    one(selector) {
      const found = select(selector, tree);
      if (!found) throw new Error(`${urlPath}: no element matches "${selector}"`);
      return found;
    },
    all: (selector) => selectAll(selector, tree),
    text: (selector) => squash(toText(selector ? page.one(selector) : tree)),
  };
  return page;
}

export function textOf(node: Element): string {
  return squash(toText(node));
}
