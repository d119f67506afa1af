/**
 * Text pasted from Word or macOS may be decomposed (NFD): "ộ" as o + two marks. Browsers show it
 * the same, but search indexes and comparisons do not, so article text is normalised to NFC.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkNfc() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string') node.value = node.value.normalize('NFC');
      if (node.type === 'image' || node.type === 'link') {
        if (node.title) node.title = node.title.normalize('NFC');
        if (node.type === 'image' && node.alt) node.alt = node.alt.normalize('NFC');
      }
    });
  };
}
