/**
 * Every page type in Chromium under the strict CSP served as a real header by the shipped nginx
 * configuration: no `securitypolicyviolation` event, no CSP error in the console, and the pages
 * still work (the search page returns results, the print button appears, photos and fonts load).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHOTO_ARTICLE } from '../setup/fixture-photos.ts';
import { VIDEO_ARTICLE, YOUTUBE_ID } from '../setup/fixture-media.ts';
import { articlePath, categoryPath, categoryViewsPath, searchPath, tagPath } from '../../src/lib/urls.ts';
import { launchBrowser } from '../support/browser.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';

const site = inject('site');
const CSP = readFileSync(path.join(site.dist, '_deploy/csp.txt'), 'utf8').trim();

const PAGES: [string, string][] = [
  ['home', '/'],
  ['article with photos', articlePath(PHOTO_ARTICLE)],
  ['article (MDX)', articlePath('bai-viet-mdx')],
  ['article with videos', articlePath(VIDEO_ARTICLE)],
  ['category', categoryPath('tin-tong-hop')],
  ['category by views', categoryViewsPath('tin-tong-hop')],
  ['tag', tagPath('Thử nghiệm tìm kiếm')],
  ['feeds page', '/theo-doi/'],
  ['404', '/khong-co-trang-nay/'],
  ['legacy redirect page', '/Pages/kenh-muong-moi.aspx/'],
];

interface Seen {
  violations: string[];
  cspConsole: string[];
}

let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(site.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

/** A fresh page that records CSP violations (in the page and in its workers) and CSP console errors. */
async function watchedPage(): Promise<{ page: Page; seen: Seen; collect: () => Promise<Seen> }> {
  const page = await browser.newPage();
  const seen: Seen = { violations: [], cspConsole: [] };
  // Init scripts are injected by the browser itself, outside the page's CSP.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const onConsole = (text: string) => {
    if (/Content Security Policy|Refused to/i.test(text)) seen.cspConsole.push(text);
  };
  page.on('console', (message) => onConsole(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => onConsole(message.text())));
  const collect = async () => {
    seen.violations.push(
      ...(await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      )),
    );
    return seen;
  };
  return { page, seen, collect };
}

describe('strict CSP in Chromium (header from deploy/nginx)', () => {
  for (const [name, urlPath] of PAGES) {
    it(`${name} (${urlPath}): no CSP violation`, async () => {
      const { page, collect } = await watchedPage();
      try {
        const response = await page.goto(`${nginx.origin}${urlPath}`, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy']).toBe(CSP);
        await page.waitForLoadState('networkidle');
        const seen = await collect();
        expect(seen.violations).toEqual([]);
        expect(seen.cspConsole).toEqual([]);
        if (name.startsWith('article')) {
          // The print button is un-hidden by its external module script: proof the script ran.
          const hidden = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLButtonElement>('[data-print]')].map((button) => button.hidden),
          );
          expect(hidden).toEqual([false]);
        }
        if (name === 'article with photos') {
          // Lazy photos below the fold are loaded on purpose: img-src 'self' must allow every one.
          const loaded = await page.evaluate(() =>
            Promise.all(
              [...document.querySelectorAll<HTMLImageElement>('picture img')].map((img) => {
                img.loading = 'eager';
                return img.decode().then(
                  () => img.naturalWidth > 0,
                  () => false,
                );
              }),
            ),
          );
          expect(loaded.length).toBeGreaterThan(0);
          expect(loaded.every(Boolean)).toBe(true);
        }
        // Stylesheets are files from 'self' and apply (the system font stack of global.css).
        const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        expect(font).toMatch(/^system-ui/);
      } finally {
        await page.close();
      }
    });
  }

  it('search page with a query returns results (Pagefind loads its worker and WebAssembly)', async () => {
    const { page, collect } = await watchedPage();
    try {
      await page.goto(`${nginx.origin}${searchPath({ q: 'kênh mương' })}`);
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0, null, {
        timeout: 30_000,
      });
      const results = await page
        .locator('.search-result__title a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(results).toContain(articlePath('kenh-muong-xem-nhieu'));
      await page.waitForLoadState('networkidle');
      const seen = await collect();
      expect(seen.violations).toEqual([]);
      expect(seen.cspConsole).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a YouTube video loads nothing from YouTube until clicked, then its privacy-host player, within the CSP', async () => {
    const { page, collect } = await watchedPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      await page.goto(`${nginx.origin}${articlePath(VIDEO_ARTICLE)}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      expect(requested.filter((u) => !u.startsWith(nginx.origin))).toEqual([]);
      // The media file waits for play (preload="none").
      expect(requested.some((u) => u.endsWith('.mp4'))).toBe(false);
      await page.locator('a.video__link').first().click();
      const frame = page.locator('.article__body iframe.video__frame');
      await frame.waitFor({ state: 'attached', timeout: 30_000 });
      expect(await frame.getAttribute('src')).toBe(
        `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}?autoplay=1`,
      );
      expect(await frame.getAttribute('title')).toBe('Xem video trên YouTube');
      expect(page.url()).toBe(`${nginx.origin}${articlePath(VIDEO_ARTICLE)}`);
      const seen = await collect();
      expect(seen.violations).toEqual([]);
      expect(seen.cspConsole).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('JSON-LD blocks are data, not scripts: present on the article, no violation', async () => {
    const { page, collect } = await watchedPage();
    try {
      await page.goto(`${nginx.origin}${articlePath('kenh-muong-xem-nhieu')}`);
      expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
      expect((await collect()).violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the policy really is enforced: an injected inline script is blocked and reported', async () => {
    const { page, collect } = await watchedPage();
    try {
      await page.goto(`${nginx.origin}/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__ranInline = true;';
        document.body.append(script);
      });
      await expect.poll(async () => (await collect()).violations.length).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => (window as unknown as { __ranInline?: boolean }).__ranInline),
      ).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});
