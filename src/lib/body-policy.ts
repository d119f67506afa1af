/**
 * The one policy for article bodies (Markdown and MDX output alike), on the article page and in
 * the feeds: an allow-list of what news needs — text, headings, links, lists, tables, quotes,
 * figures and pictures with their captions, and our components' output — and nothing a reader's
 * browser could execute or be redirected by: no script, style, iframe, object, form, meta or
 * base element, no event handler or style attribute, no URL outside http(s), mailto, tel and the
 * site. Embeds (video, documents) come only from components, whose output passes the same policy.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import parseSrcset from 'parse-srcset';
import { visit } from 'unist-util-visit';
import { SAFE_URL_PROTOCOLS } from './urls.ts';

/** Classes our Markdown figures and components put in bodies; any other class is dropped. */
export const BODY_CLASSES = [
  'figure',
  'figure--missing',
  'figure__credit',
  'gallery',
  'cover__image',
  'footnotes',
  'data-footnote-backref',
  'sr-only',
  // Videos (src/lib/markdown/video.ts).
  'video',
  'video--embed',
  'video--file',
  'video__link',
  'video__play',
  'video__title',
  'video__hint',
  'video__player',
] as const;

export const bodySchema: Schema = {
  ...defaultSchema,
  // Heading ids and footnote anchors stay as written: in-page links (#muc-1) must keep working.
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
    'figure',
    'figcaption',
    'picture',
    'source',
    'cite',
    'mark',
    'small',
    'abbr',
    'time',
    'span',
    'section',
    // A local MP4 (src/lib/markdown/video.ts). Never iframe/embed/object: a provider's player
    // is loaded only on the reader's click, by our own script (src/scripts/video-embed.ts).
    'video',
    'track',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': ['title', 'lang', 'dir', 'id', 'data*', ['className', ...BODY_CLASSES]],
    a: [
      'href',
      'title',
      'hrefLang',
      'rel',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
    ],
    img: [
      'src',
      'srcSet',
      'sizes',
      'alt',
      'title',
      'width',
      'height',
      'loading',
      'decoding',
      'fetchPriority',
    ],
    source: ['src', 'srcSet', 'sizes', 'type', 'media', 'width', 'height'],
    // No autoplay, no muted loop: a video plays when the reader asks.
    video: ['controls', 'preload', 'poster', 'title', 'width', 'height', 'playsInline'],
    span: ['ariaHidden'],
    track: ['kind', 'src', 'srcLang', 'label', 'default'],
    blockquote: ['cite'],
    q: ['cite'],
    time: ['dateTime'],
    abbr: ['title'],
    td: ['colSpan', 'rowSpan', 'align'],
    th: ['colSpan', 'rowSpan', 'scope', 'align'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    h2: ['id'],
    section: ['dataFootnotes', 'ariaLabelledBy'],
  },
  required: {},
  protocols: {
    href: SAFE_URL_PROTOCOLS.map((protocol) => protocol.replace(/:$/, '')),
    src: ['http', 'https'],
    poster: ['http', 'https'],
    cite: ['http', 'https'],
    srcSet: ['http', 'https'],
  },
  strip: ['script', 'style', 'template', 'noscript'],
};

/** Data attributes that would let a body steer the search index instead of being indexed. */
const RESERVED_DATA = /^dataPagefind/;

/** The tree under the body policy (a new tree; the input is left as it was). */
export function sanitizeBodyTree(tree: Root): Root {
  const clean = sanitize(tree, bodySchema) as Root;
  visit(clean, 'element', (node) => {
    for (const key of Object.keys(node.properties)) {
      if (RESERVED_DATA.test(key)) delete node.properties[key];
    }
    // A srcset candidate list is one string: every candidate must be a safe URL, or all go.
    const srcSet = node.properties.srcSet;
    if (srcSet !== undefined && !srcsetIsSafe(String(Array.isArray(srcSet) ? srcSet.join(',') : srcSet))) {
      delete node.properties.srcSet;
    }
  });
  return clean;
}

/** Rendered body HTML → the same HTML under the body policy. */
export function sanitizeBodyHtml(html: string): string {
  return toHtml(sanitizeBodyTree(fromHtml(html, { fragment: true })));
}

/** The URLs of a `srcset` candidate list, parsed as the HTML standard says. */
export function srcsetUrls(srcset: string): string[] {
  return parseSrcset(srcset).map((candidate) => candidate.url);
}

function srcsetIsSafe(srcset: string): boolean {
  return srcsetUrls(srcset).every((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) || /^https?:/i.test(url));
}
