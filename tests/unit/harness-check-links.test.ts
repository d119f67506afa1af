import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { checkLinks, parseSrcset, type CheckLinksResult } from '../../scripts/check-links.ts';
import { makeDist, page } from '../support/fixture.ts';

const SITE = 'https://ubdt.example.vn';

const fx = makeDist({
  'index.html': page(
    `
    <a href="#noi-dung">Bỏ qua</a>
    <main id="noi-dung">
      <a href="/tin-tuc/bai-mot/">good: folder page</a>
      <a href="tin-tuc/bai-mot/#binh-luan">good: relative + fragment on other page</a>
      <a href="/tin-tuc/bai-mot">good: no trailing slash → folder index</a>
      <a href="/gioi-thieu">good: /x → x.html</a>
      <a href="/tin-tuc/bai-hai/">BROKEN page</a>
      <a href="/tin-tuc/bai-mot/#khong-co">BROKEN fragment on other page</a>
      <a href="#cung-khong-co">BROKEN fragment on this page</a>
      <a href="${SITE}/tin-tuc/bai-mot/?utm=1">good: absolute same-origin</a>
      <a href="${SITE}/het-roi/">BROKEN absolute same-origin</a>
      <a href="https://baodantoc.vn/khong-kiem-tra/">external: ignored</a>
      <a href="//baodantoc.vn/x">external protocol-relative: ignored</a>
      <a href="mailto:ubdt@example.vn">mailto: ignored</a>
      <a href="#top">#top always valid</a>
      <img src="/anh/a%20b.jpg" alt="good: percent-decoded">
      <img src="/anh/a-400.jpg" srcset="/anh/a-400.jpg 400w, /anh/a-800.jpg 800w" sizes="100vw" alt="BROKEN srcset entry">
      <picture><source srcset="/anh/a.webp 1x, /anh/a-2x.webp 2x" type="image/webp"><img src="/anh/a-400.jpg" alt=""></picture>
    </main>`,
    'Trang chủ',
    `<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="${SITE}/"><script type="module" src="/_astro/missing.js"></script>`,
  ),
  'tin-tuc/bai-mot/index.html': page(
    '<h1>Bài một</h1><section id="binh-luan"><h2>Bình luận</h2></section><a href="../../">về trang chủ</a>',
  ),
  'gioi-thieu.html': page('<p>Giới thiệu</p>'),
  '404.html': page('<a href="/">Trang chủ</a>'),
  '_astro/site.css': 'body{}',
  'anh/a b.jpg': 'x',
  'anh/a-400.jpg': 'x',
  'anh/a.webp': 'x',
});

let result: CheckLinksResult;
beforeAll(async () => {
  result = await checkLinks(fx.dir, { site: SITE });
});
afterAll(() => fx.cleanup());

const brokenRefs = () => result.broken.map((b) => `${b.page} ${b.attr} ${b.ref}`).sort();

describe('checkLinks', () => {
  it('reports exactly the broken references, with their page', () => {
    expect(brokenRefs()).toEqual(
      [
        'index.html a[href] /tin-tuc/bai-hai/',
        'index.html a[href] /tin-tuc/bai-mot/#khong-co',
        'index.html a[href] #cung-khong-co',
        `index.html a[href] ${SITE}/het-roi/`,
        'index.html img[srcset] /anh/a-800.jpg',
        'index.html source[srcset] /anh/a-2x.webp',
        'index.html script[src] /_astro/missing.js',
      ].sort(),
    );
  });

  it('explains why each one is broken', () => {
    const frag = result.broken.find((b) => b.ref === '/tin-tuc/bai-mot/#khong-co');
    expect(frag?.reason).toContain('id="khong-co"');
    expect(frag?.reason).toContain('tin-tuc/bai-mot/index.html');
    expect(result.broken.find((b) => b.ref === '/tin-tuc/bai-hai/')?.reason).toContain('/tin-tuc/bai-hai/');
  });

  it('counts pages and internal references (external ones are not counted)', () => {
    expect(result.pages).toBe(4);
    // index.html: 11 internal a[href], 5 img src/srcset, 2 source srcset, css + canonical + script;
    // bai-mot: 1; 404: 1.
    expect(result.checked).toBe(23);
  });

  it('without --site, absolute URLs are external', async () => {
    const r = await checkLinks(fx.dir);
    expect(r.broken.map((b) => b.ref)).not.toContain(`${SITE}/het-roi/`);
    expect(r.broken).toHaveLength(6);
  });

  it('honours ignore patterns', async () => {
    const r = await checkLinks(fx.dir, { site: SITE, ignore: [/missing\.js$/, /bai-hai/] });
    expect(r.broken).toHaveLength(5);
  });

  it('CLI exits 1 and prints the broken links grouped by page', () => {
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, ['scripts/check-links.ts', fx.dir, '--site', SITE], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (err) {
      const e = err as { status: number; stderr: string };
      code = e.status;
      out = e.stderr;
    }
    expect(code).toBe(1);
    expect(out).toMatch(/^index\.html$/m);
    expect(out).toContain('\n  a[href] "/tin-tuc/bai-hai/": no file for /tin-tuc/bai-hai/');
    expect(out).toContain('7 broken');
  });

  it('CLI exits 0 on a clean site', () => {
    const clean = makeDist({
      'index.html': page('<a href="/a/">a</a>'),
      'a/index.html': page('<a href="../">b</a>'),
    });
    try {
      const out = execFileSync(process.execPath, ['scripts/check-links.ts', clean.dir], { encoding: 'utf8' });
      expect(out).toContain('all resolve');
    } finally {
      clean.cleanup();
    }
  });
});

describe('parseSrcset', () => {
  it('splits candidates and drops descriptors', () => {
    expect(parseSrcset('/a.jpg 1x, /b.jpg 2x')).toEqual(['/a.jpg', '/b.jpg']);
    expect(parseSrcset('/a-400.jpg 400w,/a-800.jpg 800w')).toEqual(['/a-400.jpg', '/a-800.jpg']);
    expect(parseSrcset('/only.jpg')).toEqual(['/only.jpg']);
    expect(parseSrcset('/a,b.jpg 1x, /c.jpg')).toEqual(['/a,b.jpg', '/c.jpg']);
    // HTML spec: without whitespace the comma belongs to the URL.
    expect(parseSrcset('/a.jpg,/b.jpg')).toEqual(['/a.jpg,/b.jpg']);
  });
});
