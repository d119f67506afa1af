/**
 * Photos in Chromium: the figure and its caption are visible, the browser picks an AVIF (or WebP)
 * candidate, nothing shifts while photos load, and axe finds no WCAG 2.2 AA violation on pages
 * with photos, galleries and thumbnails.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeReport } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { PHOTO_ARTICLE, PHOTO_MDX_ARTICLE } from '../setup/fixture-photos.ts';

const site = inject('site');

describe('photos in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer(site.dist);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (p: string) => new URL(p.replace(/^\//, ''), server.url).href;

  it('shows the captioned photo and its caption, loads an AVIF, and axe finds nothing', async () => {
    await page.goto(url(`/tin-tuc/${PHOTO_ARTICLE}/`));
    const figure = page.locator('.article__body > figure.figure').first();
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
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      const report = await axeReport(page);
      expect(report, report).toBe('');
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it("reserves each photo's space before it loads (width/height: no layout shift)", async () => {
    await page.route('**/*.{avif,webp,jpg}', (route) => route.abort());
    try {
      await page.goto(url(`/tin-tuc/${PHOTO_ARTICLE}/`));
      const boxes = await page.locator('.article__body img, .cover img').evaluateAll((imgs) =>
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
      await page.unroute('**/*.{avif,webp,jpg}');
    }
  });

  for (const [name, path] of [
    ['MDX article with <Figure>', `/tin-tuc/${PHOTO_MDX_ARTICLE}/`],
    ['category listing with thumbnails', '/chuyen-muc/chinh-sach-dan-toc/'],
  ] as const) {
    it(`${name}: figures visible and axe finds nothing (phone and desktop)`, async () => {
      await page.goto(url(path));
      const figures = page.locator('figure.figure, .card__thumb');
      expect(await figures.count()).toBeGreaterThan(0);
      expect(await figures.first().isVisible()).toBe(true);
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 900 },
      ]) {
        await page.setViewportSize(viewport);
        const report = await axeReport(page);
        expect(report, report).toBe('');
      }
      await page.setViewportSize({ width: 390, height: 844 });
    });
  }
});
