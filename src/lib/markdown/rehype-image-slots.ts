/**
 * Marks each Markdown image with where it sits, so the image step can pick widths and `sizes`:
 * `data-slot="gallery"` inside a gallery (two columns), `data-slot="body"` elsewhere, and
 * `data-priority` on the first image of an article without a cover — the page's LCP image,
 * which is fetched with high priority and never lazy-loaded. Runs before Astro's own image
 * step, which carries these properties to the image component (MDX) or the placeholder (.md).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';

function hasClass(node: Element, name: string): boolean {
  const value = node.properties?.className;
  return Array.isArray(value) && value.includes(name);
}

/** A paragraph holding only an image (and whitespace). */
function isImageParagraph(node: ElementContent): node is Element {
  if (node.type !== 'element' || node.tagName !== 'p') return false;
  const elements = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return elements.length > 0 && elements.every((c) => c.type === 'element' && c.tagName === 'img');
}

export function rehypeImageSlots() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    // MDX: <Figure> around a Markdown image holds it in a <p>; the Markdown syntax does not.
    visit(tree, (node) => {
      const jsx = node as unknown as { type: string; name?: string; children?: ElementContent[] };
      if (jsx.type !== 'mdxJsxFlowElement' || jsx.name !== 'Figure' || !jsx.children) return;
      jsx.children = jsx.children.flatMap((child): ElementContent[] =>
        isImageParagraph(child) ? child.children.filter((c) => c.type === 'element') : [child],
      );
    });
    const hasCover = Boolean(file.data.astro?.frontmatter?.cover);
    let first = true;
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName !== 'img') return;
      const inGallery = ancestors.some((a) => a.type === 'element' && hasClass(a, 'gallery'));
      node.properties.dataSlot = inGallery ? 'gallery' : 'body';
      if (first && !hasCover) node.properties.dataPriority = 'true';
      first = false;
    });
  };
}
