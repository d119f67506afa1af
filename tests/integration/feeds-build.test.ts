/**
 * Feeds and metadata of the shared fixture site as real clients read them: Debian's Python
 * feedparser (bozo must be 0) and an npm feed parser; JSON-LD, Open Graph, autodiscovery, and the
 * sitemaps checked against the pages actually built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { urlOfBuiltFile } from '../../src/lib/urls.ts';
import { loadPage, textOf } from '../support/html.ts';

const site = inject('site');
const origin = site.siteUrl.replace(/\/$/, '');
const COVER_ARTICLE = 'tin-co-anh-bia-moi-nhat';
const NASTY_ARTICLE = 'tin-ky-tu-kho-trong-tieu-de';
const SEED_1 = 'hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn';
const SEED_2_YEAR_ONLY = 'can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke';

const categories = readdirSync(path.join(site.dist, 'chuyen-muc'));
const feedFiles = ['rss.xml', ...categories.map((c) => `chuyen-muc/${c}/rss.xml`)];
const builtArticles = readdirSync(path.join(site.dist, 'tin-tuc')).filter((slug) =>
  existsSync(path.join(site.dist, 'tin-tuc', slug, 'index.html')),
);

/** A dist file from an absolute URL on the site. */
function distFile(url: string): string {
  const { pathname } = new URL(url);
  return path.join(site.dist, decodeURI(pathname), pathname.endsWith('/') ? 'index.html' : '');
}

interface PyEntry {
  title: string;
  link: string;
  id: string;
  date: string | null;
  content: string;
  summary: string;
  author: string | null;
  tags: string[];
  enclosures: { href: string; length: string; type: string }[];
  media: { url: string; filesize?: string; type?: string }[];
}
interface PyFeed {
  bozo: number;
  error: string | null;
  version: string;
  language: string | null;
  updated: string | null;
  entries: PyEntry[];
}

const PY = `
import sys, json, time, feedparser
out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        'bozo': int(d.bozo), 'error': str(d.get('bozo_exception')) if d.bozo else None,
        'version': d.version, 'language': d.feed.get('language'), 'updated': d.feed.get('updated'),
        'entries': [{
            'title': e.get('title', ''), 'link': e.get('link', ''), 'id': e.get('id', ''),
            'date': time.strftime('%Y-%m-%dT%H:%M:%SZ', e.published_parsed) if e.get('published_parsed') else None,
            'content': ''.join(c.value for c in e.get('content', [])), 'summary': e.get('summary', ''),
            'author': e.get('author'), 'tags': [t.term for t in e.get('tags', [])],
            'enclosures': [dict(x) for x in e.get('enclosures', [])],
            'media': [dict(x) for x in e.get('media_content', [])],
        } for e in d.entries],
    }
print(json.dumps(out))
`;

function feedparser(files: string[]): Record<string, PyFeed> {
  const result = spawnSync('/usr/bin/python3', ['-c', PY, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`feedparser failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, PyFeed>;
}

const absoluteFeedFiles = feedFiles.map((f) => path.join(site.dist, f));
const parsed = feedparser(absoluteFeedFiles);

describe('every built feed, read by Python feedparser (Debian)', () => {
  it('there is a site feed and one feed per category', () => {
    expect(categories.length).toBeGreaterThanOrEqual(6);
    for (const file of absoluteFeedFiles) expect(existsSync(file), file).toBe(true);
  });

  it.each(feedFiles)(
    '%s: bozo 0, RSS 2.0 in Vietnamese, every item with title, link, date and content',
    (file) => {
      const feed = parsed[path.join(site.dist, file)]!;
      expect(feed.error).toBeNull();
      expect(feed.bozo).toBe(0);
      expect(feed.version).toBe('rss20');
      expect(feed.language).toBe('vi');
      for (const entry of feed.entries) {
        expect(entry.title.trim(), entry.link).not.toBe('');
        expect(entry.link.startsWith(`${origin}/tin-tuc/`), entry.link).toBe(true);
        expect(entry.id).toBe(entry.link);
        expect(entry.date, entry.link).not.toBeNull();
        expect(entry.content.trim().length, entry.link).toBeGreaterThan(0);
        expect(entry.summary.trim().length, entry.link).toBeGreaterThan(0);
        expect(entry.tags.length).toBe(1);
        // the link is a page that was built
        expect(existsSync(distFile(entry.link)), entry.link).toBe(true);
      }
    },
  );

  it('the site feed holds every visible article, newest first, and no draft or scheduled one', () => {
    const links = parsed[path.join(site.dist, 'rss.xml')]!.entries.map((e) => e.link);
    expect(links.length).toBe(Math.min(50, builtArticles.length));
    expect(links[0]).toBe(`${origin}/tin-tuc/${COVER_ARTICLE}/`);
    expect(links.join(' ')).not.toMatch(/ban-nhap-thu-nghiem|bai-hen-gio-tuong-lai/);
    const dates = parsed[path.join(site.dist, 'rss.xml')]!.entries.map((e) => e.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('a category feed holds only its category, and its channel date is its newest article', () => {
    const feed = parsed[path.join(site.dist, 'chuyen-muc/hoat-dong-ban/rss.xml')]!;
    expect(feed.entries.map((e) => e.link)).toContain(`${origin}/tin-tuc/${SEED_1}/`);
    expect(feed.entries.every((e) => e.tags[0] === 'Hoạt động ban')).toBe(true);
    // Its newest article is the video fixture (tests/setup/fixture-media.ts).
    expect(feed.updated).toBe('Thu, 21 May 2026 15:30:00 +0700');
  });

  it('the year-precision seed has a valid date (1 January of its year, Vietnam time)', () => {
    const entry = parsed[path.join(site.dist, 'rss.xml')]!.entries.find((e) =>
      e.link.includes(SEED_2_YEAR_ONLY),
    )!;
    expect(entry.date).toBe('2020-12-31T17:00:00Z');
  });

  it('the nasty title survives intact', () => {
    const entry = parsed[path.join(site.dist, 'rss.xml')]!.entries.find((e) =>
      e.link.includes(NASTY_ARTICLE),
    )!;
    expect(entry.title).toContain('& "ngoặc"');
    expect(entry.title).toContain('😀');
    expect(entry.author).toBe('007');
  });

  it('the cover is an enclosure and media:content with the real byte length and type of the built file', () => {
    const entry = parsed[path.join(site.dist, 'rss.xml')]!.entries.find((e) =>
      e.link.includes(COVER_ARTICLE),
    )!;
    expect(entry.enclosures).toHaveLength(1);
    const enclosure = entry.enclosures[0]!;
    expect(enclosure.type).toBe('image/jpeg');
    const file = distFile(enclosure.href);
    expect(existsSync(file), enclosure.href).toBe(true);
    expect(Number(enclosure.length)).toBe(statSync(file).size);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(entry.media[0]).toMatchObject({
      url: enclosure.href,
      filesize: enclosure.length,
      type: 'image/jpeg',
    });
    const noCover = parsed[path.join(site.dist, 'rss.xml')]!.entries.find((e) => e.link.includes(SEED_1))!;
    expect(noCover.enclosures).toEqual([]);
  });
});

describe('full content in the feeds', () => {
  const xml = readFileSync(path.join(site.dist, 'rss.xml'), 'utf8');
  const items = parseFeed(xml).items;
  const byLink = (slug: string) => items.find((i) => i.url === `${origin}/tin-tuc/${slug}/`)!;

  it('an npm feed parser reads the same fields', () => {
    for (const file of feedFiles) {
      const feed = parseFeed(readFileSync(path.join(site.dist, file), 'utf8'));
      expect(feed.language).toBe('vi');
      for (const item of feed.items) {
        expect(item.title?.trim()).toBeTruthy();
        expect(item.url?.startsWith(`${origin}/tin-tuc/`)).toBe(true);
        expect(item.published).toBeInstanceOf(Date);
        expect(item.content?.trim()).toBeTruthy();
      }
    }
  });

  it('content is the whole article: figures, captions, credit, photos as absolute URLs, and the source line', () => {
    const tree = fromHtml(byLink(COVER_ARTICLE).content!, { fragment: true });
    expect(toText(tree)).toContain('Nội dung tin có ảnh.');
    expect(toText(tree)).toContain('Đoạn kết.');
    const captions = selectAll('figure figcaption', tree).map(textOf);
    expect(captions.join(' ')).toContain('Đoàn công tác làm việc với lãnh đạo tỉnh');
    expect(captions.join(' ')).toContain('Minh Thu');
    const images = selectAll('figure img', tree);
    expect(images.length).toBeGreaterThan(0);
    for (const element of selectAll('[href], [src]', tree)) {
      const url = String(element.properties.href ?? element.properties.src);
      expect(url, url).toMatch(/^https?:\/\//);
      if (url.startsWith(origin)) expect(existsSync(distFile(url)), url).toBe(true);
    }
    const last = selectAll('p', tree).at(-1)!;
    expect(textOf(last)).toBe('Trích nguồn: Báo Dân tộc');
    expect(selectAll('a', last)[0]!.properties.href).toBe('https://baodantoc.vn/bai-goc-thu-nghiem.htm');
  });

  it('MDX articles are rendered in full too (expressions evaluated, captions kept)', () => {
    const content = byLink('bai-viet-mdx').content!;
    expect(content).toContain('Năm 2023, chính sách dân tộc');
    expect(content).toContain('Quang cảnh buổi làm việc');
    expect(content).toContain('Theo: <a href="https://nhandan.vn/">Báo Nhân Dân</a>');
  });

  it('the seed article keeps every paragraph and its missing-photo captions', () => {
    const text = toText(fromHtml(byLink(SEED_1).content!, { fragment: true }));
    expect(text).toContain('Trọng tâm trong Kế hoạch 2022 gồm 5 nhóm nhiệm vụ lớn');
    expect(text).toContain('Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị');
    expect(text).toContain('Trích nguồn: Báo Dân tộc');
  });

  it('no script, style, event handler or raw style attribute reaches a reader', () => {
    for (const item of items) expect(item.content).not.toMatch(/<script|<style|<iframe|\son\w+=|style=/i);
  });
});

function jsonLdOf(slug: string): Record<string, any>[] {
  const page = loadPage(site.dist, `/tin-tuc/${slug}/`);
  return page.all('script[type="application/ld+json"]').map((s) => JSON.parse(toText(s)));
}

describe('page metadata', () => {
  it('NewsArticle JSON-LD parses and has the news fields', () => {
    const [article, crumbs] = jsonLdOf(COVER_ARTICLE);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tin có ảnh bìa, ảnh trong bài và trích nguồn',
      datePublished: '2026-05-31T16:45:00+07:00',
      dateModified: '2026-05-31T18:00:00+07:00',
      author: { '@type': 'Person', name: 'Minh Thu' },
      isBasedOn: { name: 'Báo Dân tộc', url: 'https://baodantoc.vn/bai-goc-thu-nghiem.htm' },
      articleSection: 'Hoạt động địa phương',
    });
    expect(article!.publisher.name).toBe('Ủy ban Dân tộc');
    expect(existsSync(distFile(article!.publisher.logo.url))).toBe(true);
    expect(existsSync(distFile(article!.image[0]))).toBe(true);
    expect(article!.interactionStatistic.userInteractionCount).toBeGreaterThanOrEqual(3210);
    expect(crumbs!['@type']).toBe('BreadcrumbList');
    expect(crumbs!.itemListElement.map((i: { name: string }) => i.name)).toEqual([
      'Trang chủ',
      'Hoạt động địa phương',
      'Tin có ảnh bìa, ảnh trong bài và trích nguồn',
    ]);
  });

  it('year-precision and legacy-view seeds: valid dates and a ReadAction count', () => {
    expect(jsonLdOf(SEED_2_YEAR_ONLY)[0]!.datePublished).toBe('2021-01-01T00:00:00+07:00');
    const seed1 = jsonLdOf(SEED_1)[0]!;
    expect(seed1.interactionStatistic.interactionType['@type']).toBe('ReadAction');
    expect(seed1.interactionStatistic.userInteractionCount).toBeGreaterThanOrEqual(12450);
    expect(seed1.isBasedOn.name).toBe('Báo Dân tộc');
  });

  it('a title with </script> cannot break out of the JSON-LD', () => {
    const page = loadPage(site.dist, `/tin-tuc/${NASTY_ARTICLE}/`);
    expect(page.all('script[type="application/ld+json"]')).toHaveLength(2);
    expect(jsonLdOf(NASTY_ARTICLE)[0]!.alternativeHeadline).toContain('</script><!-- 007');
  });

  it('Open Graph, Twitter card and article:* tags on an article page', () => {
    const page = loadPage(site.dist, `/tin-tuc/${COVER_ARTICLE}/`);
    const meta = (p: string) =>
      page.all(`meta[property="${p}"], meta[name="${p}"]`).map((m) => String(m.properties.content));
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('og:url')).toEqual([`${origin}/tin-tuc/${COVER_ARTICLE}/`]);
    expect(page.one('link[rel=canonical]').properties.href).toBe(`${origin}/tin-tuc/${COVER_ARTICLE}/`);
    expect(meta('article:published_time')).toEqual(['2026-05-31T16:45:00+07:00']);
    expect(meta('article:modified_time')).toEqual(['2026-05-31T18:00:00+07:00']);
    expect(meta('article:section')).toEqual(['Hoạt động địa phương']);
    expect(meta('article:tag')).toEqual(['Thử nghiệm RSS']);
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
    expect(existsSync(distFile(meta('og:image')[0]!))).toBe(true);
    expect(meta('og:image:width')).toEqual(['1200']);
  });

  it('autodiscovery: the category feed first on article and category pages, the site feed everywhere', () => {
    const feedsOn = (url: string) =>
      loadPage(site.dist, url)
        .all('link[rel=alternate][type="application/rss+xml"]')
        .map((l) => String(l.properties.href));
    const categoryFeed = `${origin}/chuyen-muc/hoat-dong-dia-phuong/rss.xml`;
    expect(feedsOn(`/tin-tuc/${COVER_ARTICLE}/`)).toEqual([categoryFeed, `${origin}/rss.xml`]);
    expect(feedsOn('/chuyen-muc/hoat-dong-dia-phuong/')).toEqual([categoryFeed, `${origin}/rss.xml`]);
    expect(feedsOn('/')).toEqual([`${origin}/rss.xml`]);
    expect(feedsOn('/theo-doi/')).toEqual([`${origin}/rss.xml`]);
    for (const href of feedsOn(`/tin-tuc/${COVER_ARTICLE}/`)) expect(existsSync(distFile(href))).toBe(true);
  });

  it('the footer links to the feeds page, which lists every feed', () => {
    const home = loadPage(site.dist, '/');
    expect(home.all('footer a').map((a) => a.properties.href)).toContain('/theo-doi/');
    const page = loadPage(site.dist, '/theo-doi/');
    expect(page.text('h1')).toBe('Theo dõi tin qua RSS');
    const links = page.all('main a[type="application/rss+xml"]').map((a) => String(a.properties.href));
    expect(links.sort()).toEqual(feedFiles.map((f) => `/${f}`).sort());
  });
});

function locs(file: string): string[] {
  const tree = fromHtml(readFileSync(path.join(site.dist, file), 'utf8'), { space: 'svg' });
  return selectAll('loc', tree).map((n) => toText(n).trim());
}

describe('sitemaps and robots.txt', () => {
  const index = locs('sitemap-index.xml');
  const urls = index.flatMap((u) => locs(new URL(u).pathname));

  it('lists every built article, no draft, no scheduled article, no 404, and only pages that exist', () => {
    expect(index.length).toBeGreaterThan(0);
    for (const slug of builtArticles) expect(urls).toContain(`${origin}/tin-tuc/${slug}/`);
    expect(urls.join(' ')).not.toMatch(/ban-nhap-thu-nghiem|bai-hen-gio-tuong-lai|\/404/);
    for (const url of urls) expect(existsSync(distFile(url)), url).toBe(true);
    expect(urls).toContain(`${origin}/theo-doi/`);
  });

  it('lists every HTML page the build wrote (but the not-found page), each once', () => {
    // Redirect pages at old-portal addresses (meta refresh to the article) are not pages of the site.
    const isRedirect = (file: string) =>
      readFileSync(path.join(site.dist, file), 'utf8').includes('<meta http-equiv="refresh"');
    const pages = (readdirSync(site.dist, { recursive: true }) as string[])
      .filter(
        (file) =>
          file.endsWith('.html') && file !== '404.html' && !file.startsWith('admin/') && !isRedirect(file),
      )
      .map((file) => `${origin}${urlOfBuiltFile(file)}`);
    expect(pages.length).toBeGreaterThan(builtArticles.length);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(pages.sort());
  });

  it('article entries carry lastmod (updatedAt, else publishedAt)', () => {
    const xml = index.map((u) => readFileSync(path.join(site.dist, new URL(u).pathname), 'utf8')).join('');
    const entry = (slug: string) =>
      new RegExp(`<loc>${origin}/tin-tuc/${slug}/</loc><lastmod>([^<]+)</lastmod>`).exec(xml)?.[1];
    expect(new Date(entry(COVER_ARTICLE)!).toISOString()).toBe('2026-05-31T11:00:00.000Z');
    expect(new Date(entry(SEED_1)!).toISOString()).toBe('2022-02-09T07:54:00.000Z');
    expect(new Date(entry(SEED_2_YEAR_ONLY)!).toISOString()).toBe('2020-12-31T17:00:00.000Z');
  });

  it('the Google News sitemap has exactly the articles of the two days before the build', () => {
    const news = readFileSync(path.join(site.dist, 'sitemap-news.xml'), 'utf8');
    expect(locs('sitemap-news.xml')).toEqual([
      `${origin}/tin-tuc/${COVER_ARTICLE}/`,
      `${origin}/tin-tuc/${NASTY_ARTICLE}/`,
    ]);
    expect(news).toContain('<news:publication_date>2026-05-31T16:45:00+07:00</news:publication_date>');
    expect(news).toContain('<news:language>vi</news:language>');
  });

  it('robots.txt points to both sitemaps', () => {
    const robots = readFileSync(path.join(site.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-news.xml`);
  });
});
