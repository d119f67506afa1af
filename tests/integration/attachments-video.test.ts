/**
 * Attached documents and videos on the built fixture site (issue 14 items 1–2): the files are
 * served at the article's address with their exact bytes, the "Văn bản đính kèm" block shows
 * type, PDF pages and the real size, Debian's feedparser reads the feeds (bozo 0) with the first
 * document as enclosure of its exact length, and videos keep to the privacy and lazy-loading
 * rules. Every page also goes through the Nu checker and the link checker (site-build.test.ts),
 * and axe in Chromium (tests/e2e/site.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatFileSize } from '../../src/lib/format.ts';
import { articleFilePath, articlePath } from '../../src/lib/urls.ts';
import {
  ATTACHMENT_ARTICLE,
  PDF_PAGES,
  VIDEO_ARTICLE,
  VIDEO_MDX_ARTICLE,
  VIMEO_ID,
  YOUTUBE_ID,
} from '../setup/fixture-media.ts';
import { loadPage } from '../support/html.ts';

const site = inject('site');
const origin = site.siteUrl.replace(/\/$/, '');
const sourceDir = (slug: string) => path.join(site.contentDir, 'news', '2026', slug);
const built = (slug: string, name: string) => path.join(site.dist, articleFilePath(slug, name));

describe('attached documents', () => {
  const page = loadPage(site.dist, articlePath(ATTACHMENT_ARTICLE));

  it('are published beside the article with their exact bytes', () => {
    for (const name of ['qd-98-ubdt.pdf', 'ke-hoach-trien-khai.docx']) {
      expect(
        readFileSync(built(ATTACHMENT_ARTICLE, name)).equals(
          readFileSync(path.join(sourceDir(ATTACHMENT_ARTICLE), name)),
        ),
        name,
      ).toBe(true);
    }
  });

  it('are listed under "Văn bản đính kèm": front matter first, then the body link, with type, pages and real size', () => {
    expect(page.text('.attachments h2')).toBe('Văn bản đính kèm');
    const items = page.all('.attachments li');
    expect(items).toHaveLength(2);
    const pdfSize = formatFileSize(statSync(built(ATTACHMENT_ARTICLE, 'qd-98-ubdt.pdf')).size);
    const docxSize = formatFileSize(statSync(built(ATTACHMENT_ARTICLE, 'ke-hoach-trien-khai.docx')).size);
    expect(page.text('.attachments li:nth-child(1)')).toBe(
      `Quyết định số 98/QĐ-UBDT ngày 09/02/2022 (PDF · ${PDF_PAGES} trang · ${pdfSize})`,
    );
    expect(page.text('.attachments li:nth-child(2)')).toBe(
      `Kế hoạch triển khai Quyết định (Word · ${docxSize})`,
    );
    expect(page.one('.attachments li a').properties.href).toBe(
      articleFilePath(ATTACHMENT_ARTICLE, 'qd-98-ubdt.pdf'),
    );
    expect(page.one('.attachments li a').properties.type).toBe('application/pdf');
  });

  it('linked from the body resolve to the published file', () => {
    const href = String(page.one('.article__body a[href$=".docx"]').properties.href);
    expect(new URL(href, `${origin}${articlePath(ATTACHMENT_ARTICLE)}`).pathname).toBe(
      articleFilePath(ATTACHMENT_ARTICLE, 'ke-hoach-trien-khai.docx'),
    );
  });

  it('articles without attachments have no block and publish no file', () => {
    expect(loadPage(site.dist, articlePath('bai-viet-mdx')).maybe('.attachments')).toBeUndefined();
  });
});

interface PyEntry {
  link: string;
  enclosures: { href: string; length: string; type: string }[];
  content: string;
}

const PY = `
import sys, json, feedparser
out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {"bozo": int(bool(d.bozo)), "error": str(d.get("bozo_exception")) if d.bozo else None,
        "entries": [{"link": e.link, "enclosures": [dict(x) for x in e.get("enclosures", [])],
                     "content": e.content[0].value if e.get("content") else ""} for e in d.entries]}
print(json.dumps(out))
`;

describe('attachments and videos in RSS (Debian feedparser)', () => {
  const feeds = ['rss.xml', 'chuyen-muc/chinh-sach-dan-toc/rss.xml', 'chuyen-muc/hoat-dong-ban/rss.xml'].map(
    (f) => path.join(site.dist, f),
  );
  const result = spawnSync('/usr/bin/python3', ['-c', PY, ...feeds], { encoding: 'utf8' });
  const parsed = JSON.parse(result.stdout || '{}') as Record<
    string,
    { bozo: number; error: string | null; entries: PyEntry[] }
  >;
  const entry = (slug: string) =>
    parsed[feeds[0]!]!.entries.find((e) => e.link === `${origin}${articlePath(slug)}`)!;

  it('parse without error', () => {
    expect(result.status, result.stderr).toBe(0);
    for (const file of feeds) expect(parsed[file]!.bozo, `${file}: ${parsed[file]!.error}`).toBe(0);
  });

  it('the first document is the enclosure, with the exact length and type of the file served', () => {
    const { enclosures, content } = entry(ATTACHMENT_ARTICLE);
    expect(enclosures).toHaveLength(1);
    const file = built(ATTACHMENT_ARTICLE, 'qd-98-ubdt.pdf');
    expect(enclosures[0]).toEqual({
      href: `${origin}${articleFilePath(ATTACHMENT_ARTICLE, 'qd-98-ubdt.pdf')}`,
      length: String(statSync(file).size),
      type: 'application/pdf',
    });
    expect(content).toContain('Văn bản đính kèm');
    expect(content).toContain(
      `href="${origin}${articleFilePath(ATTACHMENT_ARTICLE, 'ke-hoach-trien-khai.docx')}"`,
    );
    // The category feed carries the same item.
    const inCategory = parsed[feeds[1]!]!.entries.find(
      (e) => e.link === `${origin}${articlePath(ATTACHMENT_ARTICLE)}`,
    )!;
    expect(inCategory.enclosures).toEqual(enclosures);
  });

  it('videos are links to the player or the MP4, a local one with its poster', () => {
    const { content, enclosures } = entry(VIDEO_ARTICLE);
    expect(enclosures).toEqual([]);
    expect(content).toContain(`href="https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}"`);
    expect(content).toContain(`href="https://player.vimeo.com/video/${VIMEO_ID}?dnt=1"`);
    expect(content).toContain(
      `<a href="${origin}${articleFilePath(VIDEO_ARTICLE, 'hop-bao.mp4')}"><img alt="Bộ trưởng phát biểu khai mạc họp báo" src="${origin}${articleFilePath(VIDEO_ARTICLE, 'hop-bao.jpg')}"`,
    );
    expect(content).not.toMatch(/<iframe|<video|youtube\.com\/watch/);
  });
});

describe('videos on the page', () => {
  const page = loadPage(site.dist, articlePath(VIDEO_ARTICLE));
  const mdx = loadPage(site.dist, articlePath(VIDEO_MDX_ARTICLE));

  it('YouTube and Vimeo are links to the privacy-friendly players: no iframe, no third-party load', () => {
    const links = page.all('.article__body a.video__link').map((a) => String(a.properties.href));
    expect(links).toEqual([
      `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`,
      `https://player.vimeo.com/video/${VIMEO_ID}?dnt=1`,
    ]);
    expect(page.all('iframe')).toEqual([]);
    expect(page.all('img[src^="http"], source[src^="http"], video[poster^="http"]')).toEqual([]);
  });

  it('a local MP4 is a <video> loading nothing before play, with its poster and Vietnamese captions, all served', () => {
    const video = page.one('.article__body video');
    expect(video.properties).toMatchObject({ controls: true, preload: 'none', poster: './hop-bao.jpg' });
    expect(page.one('.article__body video track').properties).toMatchObject({
      kind: 'captions',
      src: './hop-bao.vtt',
      srcLang: 'vi',
    });
    expect(page.text('.video--file figcaption')).toBe('Bộ trưởng phát biểu khai mạc họp báo');
    for (const name of ['hop-bao.mp4', 'hop-bao.vtt', 'hop-bao.jpg']) {
      expect(statSync(built(VIDEO_ARTICLE, name)).size, name).toBe(
        statSync(path.join(sourceDir(VIDEO_ARTICLE), name)).size,
      );
    }
  });

  it('MDX <Video> gives the same markup as the Markdown forms', () => {
    const embed = mdx.one('.article__body .video--embed a');
    expect(embed.properties.href).toBe(`https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`);
    expect(mdx.text('.article__body .video--embed .video__title')).toBe(
      'Phóng sự: đời sống đồng bào vùng cao',
    );
    expect(mdx.one('.article__body video').properties).toMatchObject({ controls: true, preload: 'none' });
    expect(mdx.maybe('.article__body video track')).toBeUndefined();
    expect(statSync(built(VIDEO_MDX_ARTICLE, 'phong-su.mp4')).size).toBe(8192);
  });

  it('only pages with a YouTube/Vimeo video load the click-to-play module; the page stays small', () => {
    const scripts = (p: typeof page) => p.all('script[src]').map((s) => String(s.properties.src));
    expect(scripts(page).some((src) => /VideoPlayers/.test(src))).toBe(true);
    expect(
      scripts(loadPage(site.dist, articlePath(ATTACHMENT_ARTICLE))).some((src) => /VideoPlayers/.test(src)),
    ).toBe(false);
    expect(Buffer.byteLength(page.html)).toBeLessThan(30 * 1024);
  });
});
