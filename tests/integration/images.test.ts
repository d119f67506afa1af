/**
 * Photos on the fixture site as readers get them: <picture> with AVIF and WebP sources and a JPEG
 * fallback, srcset/sizes, width/height on every image, the LCP image eager with high priority,
 * captions as <figcaption> with the credit apart — and every file the HTML claims exists, in its
 * format, at the width its srcset descriptor says.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import parseSrcsetCandidates from 'parse-srcset';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPage, textOf, type Page } from '../support/html.ts';
import { PHOTO_ARTICLE, PHOTO_MDX_ARTICLE } from '../setup/fixture-photos.ts';

const site = inject('site');

const FORMAT_OF: Record<string, string> = {
  'image/avif': 'heif',
  'image/webp': 'webp',
  'image/jpeg': 'jpeg',
};

interface Candidate {
  url: string;
  width: number;
}

function parseSrcset(value: unknown): Candidate[] {
  return parseSrcsetCandidates(String(value ?? '')).map((c) => ({ url: c.url, width: c.w ?? NaN }));
}

/** Every candidate exists in dist/, is in the claimed format and has the claimed width. */
async function expectFilesAsClaimed(picture: Element, aspect?: number) {
  const children = picture.children.filter((c): c is Element => c.type === 'element');
  const sources = children.filter((c) => c.tagName === 'source');
  expect(sources.map((s) => s.properties.type)).toEqual(['image/avif', 'image/webp']);
  const img = children.find((c) => c.tagName === 'img')!;
  const groups: [string, Candidate[]][] = [
    ...sources.map(
      (s) => [String(s.properties.type), parseSrcset(s.properties.srcSet)] as [string, Candidate[]],
    ),
    ['image/jpeg', parseSrcset(img.properties.srcSet)],
  ];
  const widths = groups.map(([, candidates]) => candidates.map((c) => c.width));
  // The same widths in every format, and the largest is the one width/height describe.
  expect(widths[1]).toEqual(widths[0]);
  expect(widths[2]).toEqual(widths[0]);
  expect(Math.max(...widths[0]!)).toBe(Number(img.properties.width));
  for (const [type, candidates] of groups) {
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      const file = path.join(site.dist, candidate.url);
      expect(existsSync(file), `${candidate.url} missing`).toBe(true);
      const meta = await sharp(file).metadata();
      expect(meta.format, candidate.url).toBe(FORMAT_OF[type]);
      expect(meta.width, candidate.url).toBe(candidate.width);
      const expectedAspect = aspect ?? Number(img.properties.width) / Number(img.properties.height);
      expect(Math.abs(meta.width! / meta.height! - expectedAspect), candidate.url).toBeLessThan(0.02);
    }
  }
  expect(existsSync(path.join(site.dist, String(img.properties.src)))).toBe(true);
}

describe('a Markdown article with a cover, captioned photos and a gallery', () => {
  let page: Page;
  beforeAll(() => {
    page = loadPage(site.dist, `/tin-tuc/${PHOTO_ARTICLE}/`);
  });

  it('shows the cover as the LCP image: eager, high priority, 16:9, with its alt text', async () => {
    const img = page.one('.cover picture img');
    expect(img.properties).toMatchObject({
      loading: 'eager',
      fetchPriority: 'high',
      alt: 'Toàn cảnh hội nghị chính sách dân tộc',
    });
    expect(Number(img.properties.width) / Number(img.properties.height)).toBeCloseTo(16 / 9, 2);
    await expectFilesAsClaimed(page.one('.cover picture'), 16 / 9);
  });

  it('renders a captioned photo as figure > picture + figcaption, the credit apart', () => {
    const figure = page.one('.article__body > figure.figure');
    expect(figure.children.filter((c) => c.type === 'element').map((c) => (c as Element).tagName)).toEqual([
      'picture',
      'figcaption',
    ]);
    expect(page.text('.article__body > figure.figure figcaption')).toBe(
      'Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị Ảnh: Minh Thu',
    );
    expect(page.text('.article__body > figure.figure .figure__credit')).toBe('Ảnh: Minh Thu');
    expect(page.one('.article__body > figure.figure img').properties.alt).toBe(
      'Bộ trưởng Hầu A Lềnh phát biểu tại hội nghị',
    );
  });

  it('groups consecutive captioned photos into a gallery, one caption each', () => {
    const captions = page.all('.article__body .gallery > figure.figure figcaption').map(textOf);
    expect(captions).toEqual(['Đại biểu các tỉnh dự hội nghị', 'Đại biểu phát biểu ý kiến Ảnh: Hoàng Anh']);
    for (const img of page.all('.article__body .gallery img'))
      expect(String(img.properties.sizes)).toContain('21.5rem');
  });

  it('gives a decorative image an empty alt', () => {
    const decorative = page
      .all('.article__body img')
      .filter((img) => String(img.properties.src).includes('hoa-van'));
    expect(decorative).toHaveLength(1);
    expect(decorative[0]!.properties.alt).toBe('');
  });

  it('lazy-loads every body photo (the cover is the LCP image), all with width and height', () => {
    const imgs = page.all('.article__body img');
    expect(imgs).toHaveLength(4);
    for (const img of imgs) {
      expect(img.properties.loading).toBe('lazy');
      expect(img.properties.fetchPriority).toBeUndefined();
      expect(Number(img.properties.width)).toBeGreaterThan(0);
      expect(Number(img.properties.height)).toBeGreaterThan(0);
    }
    expect(page.all('img[fetchpriority="high"]')).toHaveLength(1);
  });

  it('serves AVIF, WebP and JPEG files at the widths claimed, never upscaled', async () => {
    const pictures = page.all('.article__body picture');
    expect(pictures).toHaveLength(4);
    for (const picture of pictures) await expectFilesAsClaimed(picture);
    // anh-1 is 1600 px wide: 360/720/1080/1440; anh-3 is 900 px wide in a gallery: 360/720/900.
    const widthsOf = (name: string) =>
      parseSrcset(
        page.all('.article__body img').find((i) => String(i.properties.src).includes(name))!.properties
          .srcSet,
      ).map((c) => c.width);
    expect(widthsOf('anh-1')).toEqual([360, 720, 1080, 1440]);
    expect(widthsOf('anh-3')).toEqual([360, 720, 900]);
    expect(widthsOf('hoa-van')).toEqual([360, 400]);
  });
});

describe('the social image of a cover (encodeSocialImage)', () => {
  it('is a 1200×630 JPEG that exists, in og:image', async () => {
    const page = loadPage(site.dist, `/tin-tuc/${PHOTO_ARTICLE}/`);
    const url = new URL(String(page.one('meta[property="og:image"]').properties.content));
    // Versioned by the photo (cacheable for ever): /anh-chia-se/<slug>.<version>.jpg
    expect(url.pathname).toMatch(new RegExp(`^/anh-chia-se/${PHOTO_ARTICLE}\\.[0-9a-f]{10}\\.jpg$`));
    const meta = await sharp(path.join(site.dist, url.pathname)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  });
});

describe('an MDX article with <Figure> and no cover', () => {
  let page: Page;
  beforeAll(() => {
    page = loadPage(site.dist, `/tin-tuc/${PHOTO_MDX_ARTICLE}/`);
  });

  it('renders <Figure> like the Markdown syntax, without an import', () => {
    const figures = page.all('.article__body figure.figure');
    expect(figures).toHaveLength(2);
    expect(page.text('.article__body figure.figure figcaption')).toBe(
      'Lễ ký kết chương trình phối hợp Ảnh: Phòng Thông tin',
    );
    expect(page.text('.article__body figure.figure .figure__credit')).toBe('Ảnh: Phòng Thông tin');
    expect(textOf(page.all('.article__body figure.figure figcaption')[1]!)).toBe('Quang cảnh buổi lễ ký kết');
    const tags = (figure: Element) =>
      figure.children.filter((c): c is Element => c.type === 'element').map((c) => c.tagName);
    expect(figures.map(tags)).toEqual([
      ['picture', 'figcaption'],
      ['picture', 'figcaption'],
    ]);
  });

  it('gives the first photo high priority and lazy-loads the rest', async () => {
    const imgs = page.all('.article__body img');
    expect(imgs.map((img) => [img.properties.loading, img.properties.fetchPriority])).toEqual([
      ['eager', 'high'],
      ['lazy', undefined],
    ]);
    for (const picture of page.all('.article__body picture')) await expectFilesAsClaimed(picture);
  });
});

describe('listings', () => {
  it('show a small 3:2 crop of the cover beside the title, alt="" (the title says it)', async () => {
    const listing = loadPage(site.dist, '/chuyen-muc/chinh-sach-dan-toc/');
    const card = listing.all('.card').find((c) => textOf(c).includes('Hội nghị chính sách dân tộc có ảnh'))!;
    expect(card).toBeDefined();
    const picture = card.children.find(
      (c) => c.type === 'element' && c.properties.className?.toString().includes('card__thumb'),
    ) as Element;
    const img = listing.all('.card__thumb img')[0]!;
    expect(img.properties).toMatchObject({ alt: '', loading: 'lazy' });
    expect([Number(img.properties.width), Number(img.properties.height)]).toEqual([288, 192]);
    await expectFilesAsClaimed(picture.children.find((c) => c.type === 'element') as Element, 3 / 2);
    // Articles without a cover have no thumbnail.
    expect(listing.all('.card').length).toBeGreaterThan(listing.all('.card__thumb').length);
  });
});
