/**
 * View counts with no client script, end to end: the shipped nginx configuration serves a built
 * site and writes its access log (cema_views format), Chromium reads articles like a reader, a
 * crawler, a prefetch and a HEAD request come too, `npm run views:pull -- --source logs` reads the
 * log, and the next build shows the new counts on the article pages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pull } from '../../scripts/views-pull.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { runBuild } from '../setup/fixture-site.ts';
import { launchBrowser } from '../support/browser.ts';
import { loadPage } from '../support/html.ts';
import { request, startNginx, type Nginx } from '../support/nginx.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const SEED_1 = articlePath('hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn');
const SEED_2 = articlePath('can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke');
/** A desktop browser's agent: Chromium headless announces itself as HeadlessChrome, a bot. */
const READER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('counting views from nginx access logs', () => {
  let root: string;
  let env: Record<string, string>;
  let nginx: Nginx;
  let browser: Browser;
  const views = (url: string) => loadPage(path.join(root, 'dist'), url).maybe('.article__views');

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cema-nginx-views-'));
    const contentDir = path.join(root, 'content');
    for (const name of ['categories.yaml', 'sources.yaml', 'news', 'view-counts.json']) {
      cpSync(path.join(repo, 'content', name), path.join(contentDir, name), { recursive: true });
    }
    env = {
      CEMA_CONTENT_DIR: contentDir,
      CEMA_DIST: path.join(root, 'dist'),
      CEMA_CACHE_DIR: path.join(root, 'cache'),
      CEMA_VIEWS_SOURCE: 'file',
    };
    const first = runBuild(env);
    if (first.status !== 0) throw new Error(first.log);
    nginx = await startNginx(path.join(root, 'dist'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows the counts read from the log after the next build', async () => {
    expect(views(SEED_1) && loadPage(path.join(root, 'dist'), SEED_1).text('.article__views')).toBe(
      'Lượt xem: 12.450',
    );
    expect(views(SEED_2)).toBeUndefined();

    // Reader 1 reads SEED_1, follows on to SEED_2 and reloads it (a 304 revalidation: not a new
    // view), then opens SEED_1 again in a fresh window within 30 minutes (a repeat). Reader 2 reads SEED_1.
    const visit = async (agent: string, urls: string[], reload = false) => {
      const context = await browser.newContext({ userAgent: agent });
      const page = await context.newPage();
      for (const url of urls) expect((await page.goto(`${nginx.origin}${url}`))?.status()).toBe(200);
      // Chromium reports the cached 200; the server answered 304 (the log says so).
      if (reload) await page.reload();
      await context.close();
    };
    await visit(`${READER_AGENT} reader-1`, [SEED_1, SEED_2], true);
    await visit(`${READER_AGENT} reader-1`, [SEED_1]);
    await visit(`${READER_AGENT} reader-2`, [SEED_1]);
    // Not views: a crawler, a prefetch, a HEAD request, an address without its slash (301).
    const origin = nginx.origin;
    await request(`${origin}${SEED_2}`, {
      headers: { 'User-Agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
    });
    await request(`${origin}${SEED_2}`, {
      headers: { 'User-Agent': READER_AGENT, 'Sec-Purpose': 'prefetch' },
    });
    await request(`${origin}${SEED_2}`, { method: 'HEAD', headers: { 'User-Agent': READER_AGENT } });
    await request(`${origin}${SEED_2.slice(0, -1)}`, { headers: { 'User-Agent': `${READER_AGENT} x` } });
    // The newest second of a log is left for the next pull (it may still be growing): one more
    // request a second later, as on a live site.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await request(`${origin}/`);

    const log = readFileSync(nginx.accessLog, 'utf8');
    expect(log).toMatch(/"GET \/tin-tuc\/[^"]+ HTTP\/1\.1" 200 .* "prefetch" "-"/);
    expect(log).toMatch(/"GET \/tin-tuc\/[^"]+ HTTP\/1\.1" 304 /);

    const pulled = await pull(
      { CEMA_CONTENT_DIR: env.CEMA_CONTENT_DIR },
      ['--source', 'logs', nginx.accessLog],
      root,
    );
    expect(pulled.code, pulled.output).toBe(0);
    expect(pulled.output).toContain('3 lượt xem mới');
    expect(pulled.output).toMatch(
      /bot 1, tải trước 1, xem lại trong 30 phút 1, không phải GET 1, không phải 200 2/,
    );

    const second = runBuild(env);
    expect(second.status, second.log).toBe(0);
    expect(loadPage(path.join(root, 'dist'), SEED_1).text('.article__views')).toBe('Lượt xem: 12.452');
    expect(loadPage(path.join(root, 'dist'), SEED_2).text('.article__views')).toBe('Lượt xem: 1');
  });
});
