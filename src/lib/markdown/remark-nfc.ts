/**
 * Text pasted from Word or macOS may be decomposed (NFD): "ộ" as o + two marks. Browsers show it
 * the same, but search indexes and comparisons do not, so article text is normalised to NFC.
 * Control characters pasted with it (invalid in HTML/XML) are removed.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { stripControlChars } from '../vietnamese.ts';

/** NFC, and without the invisible control characters that would make the page invalid. */
const clean = (text: string) => stripControlChars(text.normalize('NFC'));

export function remarkNfc() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string') node.value = clean(node.value);
      if (node.type === 'image' || node.type === 'link') {
        if (node.title) node.title = clean(node.title);
        if (node.type === 'image' && node.alt) node.alt = clean(node.alt);
      }
    });
  };
}
