import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { axeReport, runAxe } from '../support/axe.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { makeDist, page } from '../support/fixture.ts';

const fx = makeDist({
  'sach/index.html': page(
    '<header><a href="#noi-dung">Bỏ qua</a></header><main id="noi-dung"><h1>Trang sạch</h1><img src="/a.png" alt="Bản đồ"><p style="color:#222;background:#fff">Đủ tương phản.</p></main>',
  ),
  'loi/index.html': page(
    '<main><h1>Trang lỗi</h1><img src="/a.png"><p style="color:#aaa;background:#fff">Chữ quá nhạt.</p></main>',
    'Trang lỗi',
    // A strict CSP must not stop axe from being injected.
    `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
  ),
  'a.png': Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
});

let srv: StaticServer;
let browser: Browser;
let pg: Page;
beforeAll(async () => {
  srv = await startStaticServer(fx.dir);
  browser = await launchBrowser();
  pg = await (await browser.newContext()).newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await srv?.close();
  fx.cleanup();
});

describe('axe on real Chromium', () => {
  it('finds missing alt text and low contrast, with selectors and HTML', async () => {
    await pg.goto(new URL('loi/', srv.url).href);
    const violations = await runAxe(pg);
    expect(violations.map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt']);
    const report = await axeReport(pg);
    expect(report).toContain('image-alt');
    expect(report).toContain('target: img');
    expect(report).toContain('html:   <img src="/a.png">');
    expect(report).toContain('/loi/');
  });

  it('reports nothing for a clean page', async () => {
    await pg.goto(new URL('sach/', srv.url).href);
    expect(await axeReport(pg)).toBe('');
  });

  it('can disable a rule (documented exceptions)', async () => {
    await pg.goto(new URL('loi/', srv.url).href);
    const ids = (await runAxe(pg, { disableRules: ['color-contrast'] })).map((v) => v.id);
    expect(ids).toEqual(['image-alt']);
  });
});
