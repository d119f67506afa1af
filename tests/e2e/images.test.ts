/**
 * Photos in Chromium: the figure and its caption are visible, the browser picks an AVIF (or WebP)
 * candidate, nothing shifts while photos load, and axe finds no WCAG 2.2 AA violation on pages
 * with photos, galleries and thumbnails.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, useSite } from '../support/site.ts';
import { PHOTO_ARTICLE, PHOTO_MDX_ARTICLE } from '../setup/fixture-photos.ts';

const site = inject('site');

describe('photos in Chromium', () => {
  const web = useSite(site.dist);
  const { url } = web;

  it('shows the captioned photo and its caption, loads an AVIF, and axe finds nothing', async () => {
    await web.page.goto(url(`/tin-tuc/${PHOTO_ARTICLE}/`));
    const figure = web.page.locator('.article__body > figure.figure').first();
    await figure.scrollIntoViewIfNeeded();
    const img = figure.locator('img');
    await img.evaluate((el: HTMLImageElement) =>
      el.complete ? undefined : new Promise((r) => el.addEventListener('load', r, { once: true })),
    );
    expect(await figure.isVisible()).toBe(true);
    expect(await figure.locator('figcaption').isVisible()).toBe(true);
    expect(await figure.locator('figcaption').textContent()).toContain('Hầu A Lềnh chủ trì hội nghị');
    expect(await figure.locator('.figure__credit').isVisible()).toBe(true);
    const current = await img.evaluate((el: HTMLImageElement) => ({
      src: el.currentSrc,
      w: el.naturalWidth,
      shown: el.getBoundingClientRect().width,
    }));
    expect(current.src).toMatch(/\.avif$/);
    // A 390 px phone gets the 360/720 px candidate, not the 1440 px original.
    expect(current.w).toBeLessThanOrEqual(720);
    expect(current.shown).toBeGreaterThan(300);
    await expectNoAxeViolations(web.page);
  });

  it("reserves each photo's space before it loads (width/height: no layout shift)", async () => {
    await web.page.route('**/*.{avif,webp,jpg}', (route) => route.abort());
    try {
      await web.page.goto(url(`/tin-tuc/${PHOTO_ARTICLE}/`));
      const boxes = await web.page.locator('.article__body img, .cover img').evaluateAll((imgs) =>
        imgs.map((el) => {
          const img = el as HTMLImageElement;
          const box = img.getBoundingClientRect();
          return { ratio: box.width / box.height, expected: img.width / img.height, height: box.height };
        }),
      );
      expect(boxes.length).toBe(5);
      for (const box of boxes) {
        expect(box.height).toBeGreaterThan(20);
        expect(Math.abs(box.ratio - box.expected)).toBeLessThan(0.05);
      }
    } finally {
      await web.page.unroute('**/*.{avif,webp,jpg}');
    }
  });

  for (const [name, path] of [
    ['MDX article with <Figure>', `/tin-tuc/${PHOTO_MDX_ARTICLE}/`],
    ['category listing with thumbnails', '/chuyen-muc/chinh-sach-dan-toc/'],
  ] as const) {
    it(`${name}: figures visible and axe finds nothing (phone and desktop)`, async () => {
      await web.page.goto(url(path));
      const figures = web.page.locator('figure.figure, .card__thumb');
      expect(await figures.count()).toBeGreaterThan(0);
      expect(await figures.first().isVisible()).toBe(true);
      await expectNoAxeViolations(web.page);
    });
  }
});
