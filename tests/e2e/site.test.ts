/**
 * The fixture site in Debian's Chromium: every page type loads, navigation works, the print
 * stylesheet applies, axe finds no WCAG 2.2 AA violation, and article pages ship no script
 * beyond the print button's one line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, PHONE, useSite } from '../support/site.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { ATTACHMENT_ARTICLE, VIDEO_ARTICLE, VIDEO_MDX_ARTICLE } from '../setup/fixture-media.ts';

const site = inject('site');

function firstArticlePath(): string {
  const home = readFileSync(path.join(site.dist, 'index.html'), 'utf8');
  const match = /href="(\/tin-tuc\/[^"]+\/)"/.exec(home);
  if (!match?.[1]) throw new Error('home page links to no article');
  return match[1];
}

function seedArticlePath(): string {
  const slug = readdirSync(path.join(site.dist, 'tin-tuc')).find((name) =>
    name.startsWith('hoi-nghi-trien-khai-chuong-trinh-mtqg'),
  );
  if (!slug) throw new Error('seed article 1 not built');
  return `/tin-tuc/${slug}/`;
}

describe('in Chromium', () => {
  const web = useSite(site.dist);
  const { url } = web;

  const pageTypes: [string, () => string][] = [
    ['home', () => '/'],
    ['article (seed 1)', seedArticlePath],
    ['article (MDX)', () => '/tin-tuc/bai-viet-mdx/'],
    ['article with attachments', () => articlePath(ATTACHMENT_ARTICLE)],
    ['article with videos', () => articlePath(VIDEO_ARTICLE)],
    ['article with videos (MDX)', () => articlePath(VIDEO_MDX_ARTICLE)],
    ['article with photos', () => '/tin-tuc/tin-co-anh-bia-moi-nhat/'],
    ['category', () => '/chuyen-muc/hoat-dong-lanh-dao/'],
    ['category page 2', () => '/chuyen-muc/hoat-dong-lanh-dao/trang-2/'],
    ['category by views', () => '/chuyen-muc/hoat-dong-lanh-dao/xem-nhieu/'],
    ['tag', () => '/tu-khoa/thu-nghiem-phan-trang/'],
    ['archive index', () => '/luu-tru/'],
    ['archive year', () => '/luu-tru/2021/'],
    ['archive month', () => '/luu-tru/2024/02/'],
    ['author', () => '/tac-gia/tac-gia-thu-nghiem/'],
    ['feeds', () => '/theo-doi/'],
    ['English home', () => '/en/'],
    ['English page', () => '/en/about/'],
    ['accessibility statement', () => '/tuyen-bo-tiep-can/'],
    ['404', () => '/khong-co-trang-nay/'],
  ];

  for (const [name, pathOf] of pageTypes) {
    it(`${name}: loads and axe finds no WCAG 2.2 AA violation (phone and desktop)`, async () => {
      const response = await web.page.goto(url(pathOf()));
      expect(response?.status()).toBe(name === '404' ? 404 : 200);
      expect(await web.page.locator('h1').count()).toBe(1);
      await expectNoAxeViolations(web.page);
    });
  }

  it('home with the phone menu open: axe finds no WCAG 2.2 AA violation', async () => {
    await web.page.setViewportSize(PHONE);
    await web.page.goto(url('/'));
    await web.page.locator('.site-nav__button').click();
    expect(await web.page.locator('.site-nav__list').isVisible()).toBe(true);
    await expectNoAxeViolations(web.page, [PHONE]);
  });

  it('navigates from home to a category, to an article, and back through the breadcrumb', async () => {
    await web.page.goto(url('/'));
    // On a phone the categories are behind the menu button.
    await web.page.locator('.site-nav__button').click();
    await web.page.locator('.site-nav__list a', { hasText: 'Hoạt động của Lãnh đạo Ủy ban' }).click();
    await web.page.waitForURL(/\/chuyen-muc\/hoat-dong-lanh-dao\/$/);
    expect(await web.page.locator('h1').textContent()).toBe('Hoạt động của Lãnh đạo Ủy ban');
    await web.page.locator('.pagination a[rel="next"]').click();
    await web.page.waitForURL(/trang-2\/$/);
    await web.page.locator('.card h2 a').first().click();
    await web.page.waitForURL(/\/tin-tuc\/bai-phan-trang-so-\d+\/$/);
    await web.page.locator('.breadcrumbs a', { hasText: 'Hoạt động của Lãnh đạo Ủy ban' }).click();
    await web.page.waitForURL(/\/chuyen-muc\/hoat-dong-lanh-dao\/$/);
  });

  it('skip link moves focus to the main content', async () => {
    await web.page.goto(url(firstArticlePath()));
    await web.page.keyboard.press('Tab');
    expect(await web.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Bỏ qua, đến nội dung chính',
    );
    await web.page.keyboard.press('Enter');
    expect(await web.page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  });

  it('print stylesheet shows the article alone, and the print button prints', async () => {
    await web.page.goto(url(seedArticlePath()));
    const button = web.page.locator('.print-button');
    expect(await button.isVisible()).toBe(true);
    await web.page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.related', '.print-button', '.breadcrumbs']) {
      expect(await web.page.locator(hidden).first().isVisible(), `${hidden} should not print`).toBe(false);
    }
    expect(await web.page.locator('article h1').isVisible()).toBe(true);
    expect(await web.page.locator('.article__body figcaption').first().isVisible()).toBe(true);
    await web.page.emulateMedia({ media: 'screen' });
    await web.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await button.click();
    expect(await web.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('article pages load one script (print, copy link, print date) and no font file', async () => {
    const requested: string[] = [];
    web.page.on('request', (request) => requested.push(request.url()));
    await web.page.goto(url(seedArticlePath()));
    await web.page.evaluate(() => document.fonts.ready);
    // The article tools' module (an external file: the strict CSP allows no inline script).
    expect(requested.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname)).toEqual([
      expect.stringMatching(/^\/_astro\/PrintButton[^/]*\.js$/),
    ]);
    expect(requested.every((u) => u.startsWith(web.server.url))).toBe(true);
    // System fonts (README "Page weight"): no web font is fetched.
    expect(requested.filter((u) => /\.(woff2?|ttf|otf)$/.test(u))).toEqual([]);
    web.page.removeAllListeners('request');
  });

  it('fits a 320 px phone screen without horizontal scrolling', async () => {
    await web.page.setViewportSize({ width: 320, height: 640 });
    for (const p of ['/', seedArticlePath(), '/chuyen-muc/hoat-dong-lanh-dao/']) {
      await web.page.goto(url(p));
      const overflow = await web.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, p).toBeLessThanOrEqual(0);
    }
    await web.page.setViewportSize({ width: 390, height: 844 });
  });
});
