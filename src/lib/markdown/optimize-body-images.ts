/**
 * Article bodies written in Markdown (.md) are rendered by Astro once, at load time, with each
 * local image left as a placeholder (`__ASTRO_IMAGE_` = the image's properties as JSON). Astro's
 * own renderer would turn it into a single-format <img>; this step turns it into our <picture>
 * (AVIF, WebP, JPEG fallback, srcset/sizes, width/height, lazy or high priority) instead — the
 * same output as the MDX image component. Linear in the size of the body.
 */
import type { ImageMetadata } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { buildPicture, type ImageSlot, type PictureOptions } from '../images.ts';

export interface BodyImage {
  src: string;
  alt: string;
  slot: ImageSlot;
  priority: boolean;
}

/** HTML attribute names are case-insensitive: the parser hands us the lowercase form. */
const PLACEHOLDER_PROPERTIES = ['__astro_image_', '__ASTRO_IMAGE_'];

/** The image described by Astro's placeholder on an <img>, or undefined for an ordinary element. */
export function readPlaceholder(node: Element): BodyImage | undefined {
  if (node.tagName !== 'img') return undefined;
  const raw = PLACEHOLDER_PROPERTIES.map((name) => node.properties[name]).find((v) => typeof v === 'string');
  if (typeof raw !== 'string') return undefined;
  const props = JSON.parse(raw) as Record<string, unknown>;
  return {
    src: String(props.src ?? ''),
    alt: String(props.alt ?? ''),
    slot: props.dataSlot === 'gallery' ? 'gallery' : 'body',
    priority: props.dataPriority === 'true' || props.dataPriority === true,
  };
}

export type PictureBuilder = (source: ImageMetadata, options: PictureOptions) => Promise<Element>;

/** Replaces every image placeholder of a body tree with its <picture>, in place. */
export async function optimizeBodyImagesInTree(
  tree: Root,
  resolve: (src: string) => ImageMetadata | undefined,
  options: { file: string; build?: PictureBuilder },
): Promise<void> {
  const found: { parent: Root | Element; index: number; image: BodyImage }[] = [];
  visit(tree, 'element', (node, index, parent) => {
    const image = readPlaceholder(node);
    if (image && parent && index !== undefined)
      found.push({ parent: parent as Root | Element, index, image });
  });
  const build = options.build ?? buildPicture;
  for (const { parent, index, image } of found) {
    const source = resolve(image.src);
    if (!source) throw new Error(`${options.file}: không tìm thấy ảnh "${image.src}" (image not resolved)`);
    parent.children[index] = await build(source, {
      alt: image.alt,
      slot: image.slot,
      priority: image.priority,
    });
  }
}

/** Rendered body HTML with its image placeholders replaced by <picture>s. */
export async function optimizeBodyImages(
  html: string,
  resolve: (src: string) => ImageMetadata | undefined,
  options: { file: string; build?: PictureBuilder },
): Promise<string> {
  // Most bodies have no photo: skip parsing them.
  if (!hasImagePlaceholders(html)) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  await optimizeBodyImagesInTree(tree, resolve, options);
  return toHtml(tree);
}

/** Whether rendered body HTML holds any image placeholder (most bodies have no photo). */
export function hasImagePlaceholders(html: string): boolean {
  return PLACEHOLDER_PROPERTIES.some((name) => html.includes(name));
}
