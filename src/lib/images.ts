/**
 * Image rules shared by article photos, covers, listing thumbnails and social cards: which widths
 * to generate, the `sizes` each slot needs, and the <picture> (AVIF, WebP, JPEG fallback) built
 * through Astro's image service on sharp. The width/size rules are pure (unit-tested); the
 * functions that call `getImage` import `astro:assets` lazily so the rules load outside Astro.
 */
import { createHash } from 'node:crypto';
import type { ImageMetadata, UnresolvedImageTransform } from 'astro';
import type { Element, ElementContent } from 'hast';

/** Alt text that marks a purely decorative image (rendered with alt=""). */
export const DECORATIVE_ALT = '(trang trí)';

/** Original files above this size are reported at build time (they slow every cold build). */
export const OVERSIZED_BYTES = 5 * 1024 * 1024;

/** Modern formats first: the browser takes the first <source> it supports. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

export type ImageSlot = 'body' | 'gallery' | 'cover' | 'card' | 'thumbnail';

interface SlotRule {
  /** Widths to generate (capped at the original's width). */
  widths: readonly number[];
  sizes: string;
  /** Crop to this aspect ratio (width / height); undefined keeps the photo's own. */
  aspect?: number;
}

// The article column is var(--measure) = 44rem (704 px) wide inside 1rem page padding; the
// gallery is two columns from 40rem. Widths cover 1x–2x screens at those sizes.
export const SLOT_RULES: Record<ImageSlot, SlotRule> = {
  body: { widths: [360, 720, 1080, 1440], sizes: '(min-width: 46rem) 44rem, calc(100vw - 2rem)' },
  cover: {
    widths: [360, 720, 1080, 1440],
    sizes: '(min-width: 46rem) 44rem, calc(100vw - 2rem)',
    aspect: 16 / 9,
  },
  gallery: {
    widths: [360, 720, 1080],
    sizes: '(min-width: 46rem) 21.5rem, (min-width: 40rem) calc(50vw - 1.5rem), calc(100vw - 2rem)',
  },
  // The home page's story cards: three columns of ~22rem from 64rem, two from 40rem, one below.
  card: {
    widths: [360, 720],
    sizes:
      '(min-width: 72rem) 22rem, (min-width: 64rem) calc(33vw - 2rem), (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2rem)',
    aspect: 3 / 2,
  },
  thumbnail: { widths: [144, 288], sizes: '(min-width: 40rem) 9rem, 6rem', aspect: 3 / 2 },
};

export const SOCIAL_IMAGE = { width: 1200, height: 630, quality: 82 } as const;

/** The widths to generate for a slot, never upscaling; at least one (the original width). */
export function widthsFor(slot: ImageSlot, originalWidth: number, originalHeight: number): number[] {
  const rule = SLOT_RULES[slot];
  // A crop cannot be wider than the original allows at that aspect ratio.
  const maxWidth = rule.aspect
    ? Math.min(originalWidth, Math.floor(originalHeight * rule.aspect))
    : originalWidth;
  const widths = rule.widths.filter((w) => w <= maxWidth);
  if (widths.length === 0 || (widths.at(-1)! < maxWidth && widths.length < rule.widths.length)) {
    widths.push(Math.min(maxWidth, rule.widths.at(-1)!));
  }
  return [...new Set(widths)].sort((a, b) => a - b);
}

/** Height of a crop at the slot's aspect ratio, or the proportional height. */
export function heightFor(
  slot: ImageSlot,
  width: number,
  original: { width: number; height: number },
): number {
  const aspect = SLOT_RULES[slot].aspect ?? original.width / original.height;
  return Math.round(width / aspect);
}

/** `alt` as written → the alt attribute; the decorative marker becomes "". */
export function altAttribute(alt: string): string {
  return alt.trim() === DECORATIVE_ALT ? '' : alt.trim();
}

/** "6,2 MB" — Vietnamese decimal comma, for build warnings. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** JPEG fallback for photos; PNG stays PNG (transparency). */
export function fallbackFormat(source: ImageMetadata): 'jpg' | 'png' {
  return source.format === 'png' ? 'png' : 'jpg';
}

export interface PictureOptions {
  alt: string;
  slot: ImageSlot;
  /** The page's LCP image: fetched first, never lazy. */
  priority?: boolean;
  className?: string;
}

async function astroGetImage() {
  const { getImage } = await import('astro:assets');
  return getImage;
}

/**
 * A <picture> with AVIF and WebP sources and a JPEG <img> fallback, all at the slot's widths,
 * with width/height always set (no layout shift) and lazy loading unless `priority`.
 */
export async function buildPicture(source: ImageMetadata, options: PictureOptions): Promise<Element> {
  const getImage = await astroGetImage();
  const { slot } = options;
  const rule = SLOT_RULES[slot];
  const widths = widthsFor(slot, source.width, source.height);
  const largest = widths.at(-1)!;
  const height = heightFor(slot, largest, source);
  const crop = rule.aspect ? { height, fit: 'cover' as const, position: 'centre' } : {};
  const common = { src: source, width: largest, widths, sizes: rule.sizes, ...crop };

  const sources: ElementContent[] = [];
  for (const format of PICTURE_FORMATS) {
    const image = await getImage({ ...common, format });
    sources.push({
      type: 'element',
      tagName: 'source',
      properties: { type: `image/${format}`, srcSet: image.srcSet.attribute, sizes: rule.sizes },
      children: [],
    });
  }
  const fallback = await getImage({ ...common, format: fallbackFormat(source) });
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: {
      src: fallback.src,
      srcSet: fallback.srcSet.attribute || undefined,
      sizes: rule.sizes,
      width: largest,
      height,
      alt: altAttribute(options.alt),
      loading: options.priority ? 'eager' : 'lazy',
      decoding: options.priority ? 'sync' : 'async',
      fetchPriority: options.priority ? 'high' : undefined,
      className: options.className ? [options.className] : undefined,
    },
    children: [],
  };
  return { type: 'element', tagName: 'picture', properties: {}, children: [...sources, img] };
}

/** The search result's thumbnail: the largest listing-thumbnail crop, in WebP (one file per cover). */
export function searchThumbnailTransform(cover: ImageMetadata): UnresolvedImageTransform {
  const width = SLOT_RULES.thumbnail.widths.at(-1)!;
  return {
    src: cover,
    width,
    height: heightFor('thumbnail', width, cover),
    fit: 'cover',
    format: 'webp',
  };
}

/**
 * The cover's social card (og:image, RSS enclosure): exactly 1200×630, cropped from the centre,
 * JPEG. Encoded once per cover by src/data/social-images.ts, which also learns its byte length.
 */
export async function encodeSocialImage(original: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(original, { failOn: 'truncated' })
    .rotate()
    .resize(SOCIAL_IMAGE.width, SOCIAL_IMAGE.height, { fit: 'cover', position: 'centre' })
    .jpeg({ quality: SOCIAL_IMAGE.quality, mozjpeg: true })
    .toBuffer();
}

/**
 * A short version of a cover's social card for its file name: it changes when the original
 * changes (Astro's asset URL of the original carries its content hash) or the card's settings do,
 * so the file can be cached for ever and social networks see a new URL for a new photo.
 */
export function socialImageVersion(cover: Pick<ImageMetadata, 'src'>): string {
  const settings = `${SOCIAL_IMAGE.width}x${SOCIAL_IMAGE.height}q${SOCIAL_IMAGE.quality}`;
  return createHash('sha1').update(`${cover.src}|${settings}`).digest('hex').slice(0, 10);
}
