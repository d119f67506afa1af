/**
 * A built site open in Chromium for browser tests: a static server on its dist folder, a browser
 * and one phone-sized page. `useSite()` opens it before a file's tests and closes it after them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { axeReport } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface Viewport {
  width: number;
  height: number;
}

export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 900 };

export interface OpenSite {
  browser: Browser;
  server: StaticServer;
  /** A page with the PHONE viewport. */
  page: Page;
  /** Absolute URL of a site path such as "/tin-tuc/". */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serve `dist` and open it in Chromium; close() ends the browser and the server. */
export async function openSite(dist: string): Promise<OpenSite> {
  const server = await startStaticServer(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    // A context of its own: @axe-core/playwright opens a second page in it to combine results.
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const opened = browser;
    return {
      browser: opened,
      server,
      page,
      url: (p) => new URL(p.replace(/^\//, ''), server.url).href,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/**
 * Opens the site in beforeAll and closes it in afterAll. The returned object is usable inside
 * tests and hooks only (its fields throw before beforeAll has run).
 */
export function useSite(dist: string): OpenSite {
  let site: OpenSite | undefined;
  beforeAll(async () => {
    site = await openSite(dist);
  });
  afterAll(async () => {
    await site?.close();
  });
  const open = (): OpenSite => {
    if (!site) throw new Error('the site is not open yet: use it inside a test or hook');
    return site;
  };
  return {
    get browser() {
      return open().browser;
    },
    get server() {
      return open().server;
    },
    get page() {
      return open().page;
    },
    url: (p) => open().url(p),
    close: () => open().close(),
  };
}

/**
 * Runs axe on the current page at each viewport and fails with its report on any WCAG 2.2 AA
 * violation; the page is left at the PHONE viewport.
 */
export async function expectNoAxeViolations(
  page: Page,
  viewports: Viewport[] = [PHONE, DESKTOP],
): Promise<void> {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    const report = await axeReport(page);
    expect(report, report).toBe('');
  }
  await page.setViewportSize(PHONE);
}
