/**
 * The article body as feed readers get it in `content:encoded`: sanitised (no script, style,
 * event handlers, iframes or unknown protocols), every URL absolute (readers show items outside the
 * site, where "/_astro/anh.webp" means nothing), figures and captions kept, and no character that
 * XML cannot carry. Works on a hast tree, never with regexes over HTML.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { xmlSafe } from './xml.ts';

/** GitHub's schema plus figures, without ids/names (nothing in a feed item links to them). */
export const feedSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite'].filter(
    (tag) => tag !== 'input',
  ),
  attributes: {
    ...defaultSchema.attributes,
    '*': ['title', 'lang', 'dir'],
    a: ['href', 'title', 'hrefLang'],
    img: ['src', 'srcSet', 'sizes', 'alt', 'title', 'width', 'height'],
    source: ['srcSet', 'sizes', 'type', 'media'],
    blockquote: ['cite'],
    q: ['cite'],
    td: ['colSpan', 'rowSpan'],
    th: ['colSpan', 'rowSpan', 'scope'],
  },
  required: {},
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'], cite: ['http', 'https'] },
};

const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

function absolute(value: string, base: string): string | undefined {
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/** "a.jpg 400w, /b.jpg 800w" → each candidate's URL made absolute, descriptors kept. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.split(/\s+/);
      return [absolute(url, base) ?? url, ...descriptors].join(' ');
    })
    .join(', ');
}

/** Makes href/src/cite/srcset absolute against `base` (the article's own URL). */
export function absolutiseUrls(tree: Root, base: string): void {
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    for (const name of URL_PROPERTIES) {
      const value = props[name];
      if (typeof value !== 'string') continue;
      const resolved = absolute(value, base);
      if (resolved === undefined) delete props[name];
      else props[name] = resolved;
    }
    const srcSet = props.srcSet;
    if (Array.isArray(srcSet)) props.srcSet = absoluteSrcset(srcSet.join(', '), base);
    else if (typeof srcSet === 'string') props.srcSet = absoluteSrcset(srcSet, base);
  });
}

/** Drops characters XML cannot carry from every text node and attribute value. */
function xmlSafeTree(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'comment') node.value = xmlSafe(node.value);
    else if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[key] = xmlSafe(value);
      }
    }
  });
}

export interface FeedHtmlOptions {
  /** Absolute URL of the article: relative URLs in the body resolve against it. */
  base: string;
  /** Extra blocks appended after the body (the source attribution line). */
  append?: RootContent[];
}

/** Rendered article HTML → the sanitised, absolute-URL HTML for `content:encoded`. */
export function feedHtml(html: string, { base, append = [] }: FeedHtmlOptions): string {
  const parsed = fromHtml(html, { fragment: true });
  parsed.children.push(...append);
  const clean = sanitize(parsed, feedSchema) as Root;
  absolutiseUrls(clean, base);
  xmlSafeTree(clean);
  return toHtml(clean);
}

export interface AttributionLine {
  /** "Trích nguồn" | "Theo" */
  label: string;
  name: string;
  href?: string;
}

/** `<p>Trích nguồn: <a href="…">Báo Dân tộc</a></p>` as a hast node. */
export function attributionNode({ label, name, href }: AttributionLine): Element {
  return h('p', [`${label}: `, href ? h('a', { href }, name) : h('strong', name)]);
}
