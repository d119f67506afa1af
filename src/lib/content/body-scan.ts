/**
 * One parse of an article body (Markdown, or MDX for .mdx files) for every check made on it:
 * images and links with their lines, raw HTML blocks, and MDX elements. Used by the build's
 * validation, the linter and the image checks, so a body is parsed once per check run. Markdown is
 * parsed by Sätteri (the same mdast as micromark's, a fraction of its time), MDX by micromark.
 */
import type { Definition, Html, Image, ImageReference, Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { definitions } from 'mdast-util-definitions';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown/remark-satteri-parse.ts';

export interface BodyImage {
  url: string;
  alt: string;
  /** 1-based line in the file. */
  line: number;
}

export interface BodyLink {
  url: string;
  line: number;
  /** The link's text ("Quyết định số 98"); none for a definition. */
  text?: string;
}

export interface BodyHtml {
  /** The raw HTML as written. */
  value: string;
  line: number;
}

export interface BodyElement {
  /** `Figure`, `Video`… or a lowercase HTML name written as JSX (`iframe`). */
  name: string;
  /** Attributes written with a literal value (`{…}` expressions give undefined). */
  attributes: Record<string, string | undefined>;
  line: number;
}

export interface ScannedBody {
  images: BodyImage[];
  links: BodyLink[];
  html: BodyHtml[];
  elements: BodyElement[];
  /** MDX: `{…}` expressions and import/export statements (code that runs at build time). */
  code: { kind: 'expression' | 'esm'; line: number }[];
  /** The body could not be parsed (MDX syntax error): message and line. */
  syntaxError?: { message: string; line: number };
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** `bodyStartLine`: the file line the body starts on (front matter lines before it). */
export function scanBody(body: string, bodyStartLine: number, options: { mdx?: boolean } = {}): ScannedBody {
  const scanned: ScannedBody = { images: [], links: [], html: [], elements: [], code: [] };
  // Most Markdown articles are plain paragraphs: nothing to parse for.
  if (!options.mdx && !/[\]<]/.test(body)) return scanned;
  let tree: Root;
  try {
    tree = options.mdx
      ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
      : // CommonMark alone, as before with micromark: a bare address is not a link to check.
        parseMarkdown(body, { gfm: false });
  } catch (error) {
    const place = (error as { line?: number }).line ?? 1;
    scanned.syntaxError = {
      message: String((error as Error).message ?? error).split('\n')[0]!,
      line: bodyStartLine + place - 1,
    };
    return scanned;
  }
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    (node.position?.start.line ?? 1) + bodyStartLine - 1;
  const definition = definitions(tree);
  visit(tree, (node) => {
    switch (node.type) {
      case 'image':
      case 'imageReference': {
        const image = node as Image | ImageReference;
        const url = image.type === 'image' ? image.url : definition(image.identifier)?.url;
        if (url !== undefined)
          scanned.images.push({ url: safeDecode(url), alt: image.alt ?? '', line: lineOf(image) });
        return;
      }
      case 'link':
      case 'definition':
        scanned.links.push({
          url: (node as Link | Definition).url,
          line: lineOf(node),
          text: node.type === 'link' ? toString(node) : undefined,
        });
        return;
      case 'html':
        scanned.html.push({ value: (node as Html).value, line: lineOf(node) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as unknown as JsxNode;
        const attributes: Record<string, string | undefined> = {};
        for (const attribute of jsx.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
          attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : undefined;
        }
        scanned.elements.push({ name: jsx.name ?? '', attributes, line: lineOf(jsx) });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        scanned.code.push({ kind: 'expression', line: lineOf(node) });
        return;
      case 'mdxjsEsm':
        scanned.code.push({ kind: 'esm', line: lineOf(node) });
        return;
    }
  });
  return scanned;
}
