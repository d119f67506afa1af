/**
 * Captioned photos in plain Markdown: an image followed, on the next line of the same paragraph,
 * by an italic line becomes <figure><img><figcaption>. Several such pairs in one paragraph form a
 * gallery. A trailing "(Ảnh: Tên)" in the caption is the photo credit, rendered apart.
 * The URL `#anh-thieu` marks a photo the old portal lost: readers see its caption as a plain
 * caption (no placeholder box), or nothing when there is no caption; staff get the list of such
 * photos from the build and the dev preview (src/loaders/news.ts, findMissingImageLines).
 *
 * Reuses mdast node types with `data.hName` so remark-rehype builds the HTML, and leaves real
 * `image` nodes in place so Astro's image pipeline still optimises them.
 */
import type { Emphasis, Image, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ui } from '../../i18n/vi.ts';

export const MISSING_IMAGE_URL = '#anh-thieu';

const CREDIT_PATTERN = /\s*\((?:Ảnh|Nguồn ảnh)\s*:\s*([^()]+)\)\s*$/u;

interface FigurePart {
  image: Image;
  caption?: Emphasis;
}

/** Splits a paragraph into image[+caption] pairs, or returns undefined if it holds other text. */
export function figureParts(paragraph: Paragraph): FigurePart[] | undefined {
  const parts: FigurePart[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'image') {
      parts.push({ image: child });
    } else if (child.type === 'emphasis') {
      const last = parts.at(-1);
      if (!last || last.caption) return undefined;
      last.caption = child;
    } else if (child.type === 'break' || (child.type === 'text' && child.value.trim() === '')) {
      continue;
    } else {
      return undefined;
    }
  }
  return parts.length > 0 ? parts : undefined;
}

/** Moves a trailing "(Ảnh: X)" out of the caption; returns the credit name. */
export function extractCredit(caption: Emphasis): string | undefined {
  const last = caption.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = CREDIT_PATTERN.exec(last.value);
  if (!match?.[1]) return undefined;
  last.value = last.value.slice(0, match.index).trimEnd();
  if (last.value === '') caption.children.pop();
  return match[1].trim();
}

/** The figure of one part; undefined for a lost photo without caption (nothing to show). */
function buildFigure(part: FigurePart): Paragraph | undefined {
  const missing = part.image.url === MISSING_IMAGE_URL;
  if (missing && !part.caption) return undefined;
  const children: PhrasingContent[] = missing ? [] : [part.image];
  if (part.caption) {
    const credit = extractCredit(part.caption);
    const captionChildren: PhrasingContent[] = [...part.caption.children];
    if (credit) {
      // The space keeps "…hội nghị Ảnh: X" readable as text (screen readers, search, feeds).
      captionChildren.push({ type: 'text', value: ' ' });
      captionChildren.push({
        type: 'text',
        value: `${ui.figure.creditPrefix} ${credit}`,
        data: { hName: 'span', hProperties: { className: ['figure__credit'] } },
      });
    }
    children.push({
      type: 'emphasis',
      children: captionChildren,
      data: { hName: 'figcaption' },
    });
  }
  return {
    type: 'paragraph',
    children,
    data: {
      hName: 'figure',
      hProperties: { className: missing ? ['figure', 'figure--missing'] : ['figure'] },
    },
  };
}

export function remarkFigures() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const parts = figureParts(node);
      if (!parts) return;
      const hasCaption = parts.some((part) => part.caption);
      const hasMissing = parts.some((part) => part.image.url === MISSING_IMAGE_URL);
      // A lone image with no caption stays a plain image paragraph.
      if (!hasCaption && !hasMissing) return;
      const figures = parts.map(buildFigure).filter((figure) => figure !== undefined);
      if (figures.length === 0) {
        parent.children.splice(index, 1);
        return index;
      }
      if (figures.length === 1) {
        parent.children[index] = figures[0]!;
      } else {
        parent.children[index] = {
          type: 'paragraph',
          // Figures are block content; the hName turns this wrapper into a <div>.
          children: figures as unknown as PhrasingContent[],
          data: { hName: 'div', hProperties: { className: ['gallery'] } },
        };
      }
      return 'skip';
    });
  };
}

/** Counts `#anh-thieu` photos in Markdown source (for the build's warning list). */
export function findMissingImageLines(markdown: string): number[] {
  const lines: number[] = [];
  markdown.split('\n').forEach((line, i) => {
    if (line.includes(`](${MISSING_IMAGE_URL})`)) lines.push(i + 1);
  });
  return lines;
}
