import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  altAttribute,
  DECORATIVE_ALT,
  encodeSocialImage,
  fallbackFormat,
  formatBytes,
  heightFor,
  searchThumbnailTransform,
  SLOT_RULES,
  SOCIAL_IMAGE,
  socialImageVersion,
  widthsFor,
} from '../../src/lib/images.ts';
import { makePhoto } from '../support/photos.ts';

describe('image widths and sizes', () => {
  it('keeps the slot widths up to the original, adding the original width, never upscaling', () => {
    expect(widthsFor('body', 2400, 1600)).toEqual([360, 720, 1080, 1440]);
    expect(widthsFor('body', 1000, 700)).toEqual([360, 720, 1000]);
    expect(widthsFor('body', 1440, 900)).toEqual([360, 720, 1080, 1440]);
    expect(widthsFor('body', 200, 150)).toEqual([200]);
    expect(widthsFor('gallery', 900, 1200)).toEqual([360, 720, 900]);
  });

  it('limits a crop by the height the aspect ratio needs', () => {
    // A 16:9 cover from a 2000×900 photo can be at most 1600 px wide.
    expect(widthsFor('cover', 2000, 900)).toEqual([360, 720, 1080, 1440]);
    expect(widthsFor('cover', 2000, 600)).toEqual([360, 720, 1066]);
    expect(widthsFor('thumbnail', 1600, 1000)).toEqual([144, 288]);
    expect(heightFor('thumbnail', 288, { width: 1600, height: 1000 })).toBe(192);
    expect(heightFor('cover', 1440, { width: 1600, height: 1000 })).toBe(810);
    expect(heightFor('body', 1440, { width: 1600, height: 1067 })).toBe(960);
  });

  it('has a sizes attribute for each slot', () => {
    for (const rule of Object.values(SLOT_RULES)) expect(rule.sizes).toMatch(/rem|vw/);
    expect(SLOT_RULES.gallery.sizes).toContain('21.5rem');
  });

  it('renders the decorative marker as alt="" and trims real alt text', () => {
    expect(altAttribute(DECORATIVE_ALT)).toBe('');
    expect(altAttribute('  Toàn cảnh hội nghị ')).toBe('Toàn cảnh hội nghị');
  });

  it('falls back to JPEG, PNG for PNG sources, and prints sizes in Vietnamese', () => {
    expect(fallbackFormat({ format: 'jpg' } as never)).toBe('jpg');
    expect(fallbackFormat({ format: 'png' } as never)).toBe('png');
    expect(formatBytes(6.5 * 1024 * 1024)).toBe('6,5 MB');
  });
});

describe('social cards and search thumbnails', () => {
  it('encodes any cover to exactly 1200×630 JPEG, small or large, portrait or landscape', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cema-social-'));
    try {
      for (const [width, height] of [
        [640, 960],
        [2400, 1200],
      ] as const) {
        const file = path.join(dir, `${width}.jpg`);
        await makePhoto(file, width, height);
        const { readFileSync } = await import('node:fs');
        const meta = await sharp(await encodeSocialImage(readFileSync(file))).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual([
          'jpeg',
          SOCIAL_IMAGE.width,
          SOCIAL_IMAGE.height,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('versions a card by its original (whose asset URL carries its content hash)', () => {
    const a = socialImageVersion({ src: '/_astro/anh-bia.Ab12.jpg' });
    expect(a).toMatch(/^[0-9a-f]{10}$/);
    expect(socialImageVersion({ src: '/_astro/anh-bia.Ab12.jpg' })).toBe(a);
    expect(socialImageVersion({ src: '/_astro/anh-bia.Cd34.jpg' })).not.toBe(a);
  });

  it('takes the search thumbnail from the listing thumbnail rule (largest width, 3:2, WebP)', () => {
    const cover = { src: '/a.jpg', width: 1600, height: 1200, format: 'jpg' } as const;
    expect(searchThumbnailTransform(cover)).toMatchObject({
      width: 288,
      height: 192,
      fit: 'cover',
      format: 'webp',
    });
  });
});
