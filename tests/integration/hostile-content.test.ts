/**
 * Hostile or careless content built for real (the shared fixture site has an article pasted from
 * Word with script, iframe, style, meta refresh, event handlers and a form, and an MDX article
 * with the same as JSX): no page and no feed a reader loads may carry anything executable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { loadPage, textOf } from '../support/html.ts';

const site = inject('site');
const EXECUTABLE_ELEMENTS = ['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet'];
/** The page template has its own (the search form, module scripts); content may have none. */
const CONTENT_FORBIDDEN = ['script', 'form'];

/**
 * Executable markup: handlers, unsafe URLs and active elements anywhere; `<script>` anywhere in a
 * feed item and, on a page, inside the article body (the page's own scripts come from its
 * template, which the strict-CSP test covers).
 */
function executable(html: string, scriptsWithin: string): string[] {
  const found: string[] = [];
  const tree = fromHtml(html);
  for (const tag of CONTENT_FORBIDDEN) {
    found.push(...selectAll(`${scriptsWithin} ${tag}`.trim(), tree).map(() => `<${tag}>`));
  }
  for (const el of selectAll('*', tree)) {
    if (EXECUTABLE_ELEMENTS.includes(el.tagName)) found.push(`<${el.tagName}>`);
    // The site's own redirect pages (old-portal addresses) refresh to an article of the site.
    const refresh = String(el.properties.httpEquiv ?? '').toLowerCase() === 'refresh';
    if (
      el.tagName === 'meta' &&
      refresh &&
      !/^0; url=(?:https?:\/\/[^/]+)?\/tin-tuc\/[a-z0-9-]+\/$/.test(String(el.properties.content))
    )
      found.push('<meta refresh>');
    for (const [key, value] of Object.entries(el.properties)) {
      if (/^on/i.test(key)) found.push(`${el.tagName}[${key}]`);
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^\s*(?:javascript|data|vbscript):/i.test(text) && key !== 'content')
        found.push(`${el.tagName}[${key}=${text.slice(0, 30)}]`);
    }
  }
  return found;
}

const files = (readdirSync(site.dist, { recursive: true }) as string[]).map((f) =>
  f.split(path.sep).join('/'),
);

describe('hostile content', () => {
  it('builds (the markup is removed with warnings naming file and line, not a failure)', () => {
    expect(site.buildLog).toMatch(
      /tin-dan-tu-word-co-ma-doc\/index\.md:10 — \(HTML\): trang và RSS sẽ bỏ <script>/,
    );
    expect(site.buildLog).toMatch(
      /bai-mdx-co-the-nhung\/index\.mdx:\d+ — \(HTML\): trang và RSS sẽ bỏ <iframe>/,
    );
  });

  it('leaves nothing executable on any page', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      expect(executable(readFileSync(path.join(site.dist, file), 'utf8'), '.article__body'), file).toEqual(
        [],
      );
    }
  });

  it('leaves nothing executable in any feed item, and page and feed keep the same text', () => {
    const feeds = files.filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(1);
    for (const file of feeds) {
      const xml = readFileSync(path.join(site.dist, file), 'utf8');
      for (const [, body] of xml.matchAll(
        /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/g,
      )) {
        expect(executable(body!, ''), file).toEqual([]);
      }
    }
    const page = loadPage(site.dist, '/tin-tuc/tin-dan-tu-word-co-ma-doc/');
    const text = textOf(page.one('.article__body'));
    expect(text).toContain('Đoạn đầu bình thường');
    expect(text).toContain('Đoạn dán kèm thuộc tính lạ.');
    expect(text).toContain('Đoạn cuối vẫn còn nguyên.');
    expect(text).not.toContain('alert');
    expect(page.all('.article__body a').map((a) => String(a.properties.href))).toEqual([
      'https://baodantoc.vn/',
      'mailto:ubdt@cema.gov.vn',
    ]);
    const mdx = textOf(loadPage(site.dist, '/tin-tuc/bai-mdx-co-the-nhung/').one('.article__body'));
    expect(mdx).toContain('Khối có thuộc tính sự kiện.');
    expect(mdx).not.toContain('alert');
  });
});
