/**
 * The article body as feed readers get it in `content:encoded`: sanitised (no script, style,
 * event handlers, iframes or unknown protocols), every URL absolute (readers show items outside the
 * site, where "/_astro/anh.webp" means nothing), figures and captions kept, and no character that
 * XML cannot carry. Works on a hast tree, never with regexes over HTML.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { bodySchema } from '../body-policy.ts';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { xmlSafe } from './xml.ts';

/** Attributes that mean something only on the site's own pages (its CSS, its in-page anchors). */
const PAGE_ONLY_ATTRIBUTE =
  /^(?:id|className|data.*|loading|decoding|fetchPriority|ariaDescribedBy|ariaLabelledBy)$/;

/**
 * The body policy of the article pages (src/lib/body-policy.ts) — same elements, same URL
 * protocols — without what only the site's pages use: ids, classes, data attributes, loading hints.
 */
export const feedSchema: Schema = {
  ...bodySchema,
  attributes: Object.fromEntries(
    Object.entries(bodySchema.attributes ?? {}).map(([tag, list]) => [
      tag,
      list.filter((entry) => !PAGE_ONLY_ATTRIBUTE.test(Array.isArray(entry) ? String(entry[0]) : entry)),
    ]),
  ),
};

const URL_PROPERTIES = ['href', 'src', 'cite', 'poster'] as const;

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

/**
 * A local video (`<video>` of src/lib/markdown/video.ts) as feed readers can show it: most do not
 * play <video>, so it becomes its poster (or its title) linking to the MP4.
 */
export function videosAsLinks(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'video' || !parent || index === undefined) return;
    const source = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'source',
    );
    const href = source?.properties.src;
    const title = String(node.properties.title ?? '');
    if (typeof href !== 'string') {
      parent.children.splice(index, 1);
      return index;
    }
    const poster = node.properties.poster;
    parent.children[index] = h(
      'a',
      { href },
      typeof poster === 'string' ? h('img', { src: poster, alt: title }) : title || href,
    );
    return 'skip';
  });
}

/** Rendered article HTML → the sanitised, absolute-URL HTML for `content:encoded`. */
export function feedHtml(html: string, { base, append = [] }: FeedHtmlOptions): string {
  const parsed = fromHtml(html, { fragment: true });
  videosAsLinks(parsed);
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

export interface AttachmentLine {
  title: string;
  /** Absolute URL of the file. */
  url: string;
  /** "PDF · 12 trang · 1,2 MB" */
  details: string;
}

/** The "Văn bản đính kèm" list of the page, for the end of `content:encoded`. */
export function attachmentsNode(heading: string, attachments: readonly AttachmentLine[]): Element {
  return h('section', [
    h('h2', heading),
    h(
      'ul',
      attachments.map((a) => h('li', [h('a', { href: a.url }, a.title), ` (${a.details})`])),
    ),
  ]);
}
