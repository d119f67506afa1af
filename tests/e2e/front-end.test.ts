/**
 * The front end in Chromium at phone, tablet, laptop and wide-desktop widths: every page type
 * without horizontal scrolling, with its whole menu reachable (the disclosure on phones, a bar
 * that never clips from 768 px), the home page's lead photo, axe clean in the dark scheme (the
 * light one: site.test.ts), the menu by keyboard without JavaScript, share links and copy link, and the printed
 * article (site name, address, print date; no navigation). Screenshots of every page type at every
 * width go to a temporary folder (its path is printed) for people to look at.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeReport } from '../support/axe.ts';
import { useSite } from '../support/site.ts';

const site = inject('site');

const WIDTHS = [360, 768, 1280, 1920];
const SEED_ARTICLE =
  '/tin-tuc/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/';

const pageTypes: [string, string][] = [
  ['home', '/'],
  ['article', SEED_ARTICLE],
  ['article with photos', '/tin-tuc/tin-co-anh-bia-moi-nhat/'],
  ['category', '/chuyen-muc/hoat-dong-lanh-dao/'],
  ['category by views', '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/'],
  ['tag', '/tu-khoa/thu-nghiem-phan-trang/'],
  ['search', '/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B'],
  ['feeds', '/theo-doi/'],
  ['404', '/khong-co-trang-nay/'],
];

/** Layout facts of the current page, measured in the browser. */
function layoutFacts(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
    };
    const bar = document.querySelector('.site-nav__bar');
    const barBox = bar?.getBoundingClientRect();
    const clipped = [...document.querySelectorAll<HTMLElement>('.site-nav__bar a')]
      .filter((a) => {
        if (!bar || !visible(bar)) return false;
        const box = a.getBoundingClientRect();
        return (
          a.scrollWidth > a.clientWidth ||
          box.left < barBox!.left - 0.5 ||
          box.right > barBox!.right + 0.5 ||
          box.right > root.clientWidth + 0.5
        );
      })
      .map((a) => a.textContent?.trim());
    return {
      overflow: root.scrollWidth - root.clientWidth,
      barVisible: Boolean(bar && visible(bar)),
      barItems: [...document.querySelectorAll('.site-nav__bar a')].filter(visible).length,
      menuButtonVisible: [...document.querySelectorAll('.site-nav__button')].some(visible),
      menuItems: document.querySelectorAll('.site-nav__list a').length,
      clipped,
      header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
    };
  });
}

describe('front end in Chromium', () => {
  const web = useSite(site.dist);
  let shots: string;

  beforeAll(() => {
    shots = mkdtempSync(path.join(tmpdir(), 'cema-screens-'));
    console.log(`front-end screenshots: ${shots}`);
  });

  for (const width of WIDTHS) {
    it(
      `at ${width} px: no horizontal scroll, the whole menu reachable, nothing clipped (screenshots)`,
      { timeout: 300_000 },
      async () => {
        const context = await web.browser.newContext({
          viewport: { width, height: 900 },
          deviceScaleFactor: 1,
        });
        try {
          const page = await context.newPage();
          mkdirSync(path.join(shots, String(width)), { recursive: true });
          for (const [name, urlPath] of pageTypes) {
            await page.goto(web.url(urlPath));
            await page.screenshot({
              path: path.join(shots, String(width), `${name.replace(/\W+/g, '-')}.png`),
              fullPage: true,
            });
            const facts = await layoutFacts(page);
            expect(facts.overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
            // Home and every category (7 items) in both forms of the menu.
            expect(facts.menuItems, name).toBe(7);
            if (width < 768) {
              expect(facts.menuButtonVisible, `${name}: menu button`).toBe(true);
              expect(facts.barVisible, `${name}: no bar on phones`).toBe(false);
              // A compact header: at most 15 % of a phone screen.
              expect(facts.header, `${name}: header height`).toBeLessThanOrEqual(900 * 0.15);
            } else {
              expect(facts.menuButtonVisible, `${name}: no menu button from 768 px`).toBe(false);
              expect(facts.barItems, `${name}: every menu item visible`).toBe(7);
              expect(facts.clipped, `${name}: clipped menu items`).toEqual([]);
            }
            if (width >= 1280) {
              const rows = await page.evaluate(
                () =>
                  new Set(
                    [...document.querySelectorAll('.site-nav__bar a')].map(
                      (a) => a.getBoundingClientRect().top,
                    ),
                  ).size,
              );
              expect(rows, `${name}: the menu bar is one row`).toBe(1);
            }
          }
        } finally {
          await context.close();
        }
      },
    );
  }

  it('home: the lead story shows its photo, large, loaded first; no empty photo boxes anywhere', async () => {
    for (const width of [360, 1280]) {
      await web.page.setViewportSize({ width, height: 900 });
      await web.page.goto(web.url('/'));
      const lead = await web.page.evaluate(async () => {
        const img = document.querySelector<HTMLImageElement>('.lead__photo img');
        if (!img) return undefined;
        await img.decode();
        return { width: img.getBoundingClientRect().width, natural: img.naturalWidth, loading: img.loading };
      });
      expect(lead, 'lead photo').toBeDefined();
      expect(lead!.natural).toBeGreaterThan(0);
      expect(lead!.loading).not.toBe('lazy');
      expect(lead!.width).toBeGreaterThanOrEqual(width < 768 ? 340 : 600);
      // Cards and related lists render an image box only for articles that have a cover.
      const emptyBoxes = await web.page.evaluate(
        () =>
          [...document.querySelectorAll('.card__thumb, .lead__photo')].filter(
            (box) => !box.querySelector('img'),
          ).length,
      );
      expect(emptyBoxes).toBe(0);
    }
    await web.page.setViewportSize({ width: 390, height: 844 });
  });

  it('articles whose photos were lost show their captions as plain captions, never a placeholder', async () => {
    await web.page.goto(web.url(SEED_ARTICLE));
    const figures = await web.page.evaluate(() =>
      [...document.querySelectorAll('.article__body figure.figure--missing')].map((figure) => ({
        children: [...figure.children].map((c) => c.tagName.toLowerCase()),
        height: figure.getBoundingClientRect().height,
      })),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.children).toEqual(['figcaption']);
      expect(figure.height).toBeLessThan(100);
    }
    expect(await web.page.locator('text=Ảnh gốc chưa được chuyển').count()).toBe(0);
  });

  // The light scheme (the default) is checked on every page type by tests/e2e/site.test.ts.
  describe('axe (WCAG 2.2 AA) in the dark colour scheme, at phone and desktop widths', () => {
    for (const [name, urlPath] of pageTypes) {
      // Generous: axe takes 5–10 s per page on a loaded two-core machine.
      it(`dark: ${name}`, { timeout: 300_000 }, async () => {
        const context = await web.browser.newContext({ colorScheme: 'dark', deviceScaleFactor: 1 });
        try {
          const page = await context.newPage();
          for (const width of [360, 1280]) {
            await page.setViewportSize({ width, height: 900 });
            await page.goto(web.url(urlPath));
            if (name === 'search') await page.waitForSelector('.search-result', { timeout: 60_000 });
            const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            expect(background, 'dark background').toBe('rgb(18, 21, 25)');
            const report = await axeReport(page);
            expect(report, `${name} (dark, ${width}px)\n${report}`).toBe('');
            if (name === 'home' && width === 360) {
              // The opened phone menu too.
              await page.locator('.site-nav__button').click();
              const open = await axeReport(page);
              expect(open, `open menu (dark)\n${open}`).toBe('');
            }
          }
        } finally {
          await context.close();
        }
      });
    }
  });

  it('phone menu without JavaScript: reached by Tab, opened with Enter, its links followed', async () => {
    const context = await web.browser.newContext({
      viewport: { width: 360, height: 800 },
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(web.url('/'));
      let focused = '';
      for (let i = 0; i < 10 && focused !== 'summary'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');
      }
      expect(focused, 'the menu button is in the tab order').toBe('summary');
      expect(await page.locator('.site-nav__list').isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      expect(await page.locator('.site-nav__list').isVisible()).toBe(true);
      expect(await page.locator('.site-nav__menu').getAttribute('open')).not.toBeNull();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoạt động ban');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/chuyen-muc\/hoat-dong-ban\/$/);
      // The menu marks where the reader is.
      await page.locator('.site-nav__button').click();
      expect((await page.locator('.site-nav__list a[aria-current="page"]').textContent())?.trim()).toBe(
        'Hoạt động ban',
      );
    } finally {
      await context.close();
    }
  });

  it('share links are plain links to each service; copy link copies the article address', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: web.server.url.replace(/\/$/, ''),
      });
      const page = await context.newPage();
      await page.goto(web.url(SEED_ARTICLE));
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const hrefs = await page
        .locator('.share__list a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.map((h) => new URL(h).protocol + (new URL(h).host || ''))).toEqual([
        'https:www.facebook.com',
        'https:sp.zalo.me',
        'https:x.com',
        'mailto:',
      ]);
      for (const href of hrefs) expect(href).toContain(encodeURIComponent(canonical!));
      const copy = page.locator('.share__copy');
      expect(await copy.isVisible()).toBe(true);
      await copy.click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Đã sao chép liên kết');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    } finally {
      await context.close();
    }
  });

  it('the printed article shows the site, its address and the print date, without navigation', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(web.url(SEED_ARTICLE));
      expect(await page.locator('.print-header').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      const header = page.locator('.print-header');
      expect(await header.isVisible()).toBe(true);
      const text = (await header.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('Ủy ban Dân tộc');
      expect(text).toContain(`In từ: https://tin.cema.gov.vn${SEED_ARTICLE}`);
      expect(text).toMatch(/Ngày in: \d{2}\/\d{2}\/\d{4} \| \d{2}:\d{2}/);
      const emblem = await page
        .locator('.print-header img')
        .evaluate((img: HTMLImageElement) => img.naturalWidth);
      expect(emblem).toBeGreaterThan(0);
      for (const hidden of [
        '.site-header',
        '.site-nav',
        '.site-footer',
        '.sidebar',
        '.share',
        '.breadcrumbs',
        '.related',
      ]) {
        expect(await page.locator(hidden).first().isVisible(), `${hidden} should not print`).toBe(false);
      }
      expect(await page.locator('article h1').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  afterAll(() => {
    console.log(`front-end screenshots: ${shots}`);
  });
});
