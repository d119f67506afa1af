import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { renderFeed } from '../../../src/lib/feed/render.ts';
import type { FeedArticle } from '../../../src/lib/feed/items.ts';

const SITE = 'https://tin.cema.gov.vn/';

const channel = {
  title: 'Tin & <UBDT>',
  description: 'Mô tả',
  site: SITE,
  link: SITE,
  self: `${SITE}rss.xml`,
  ttl: 60,
  imageUrl: `${SITE}logo-144.png`,
  imageWidth: 144,
  imageHeight: 144,
  copyright: 'Bản quyền © Ủy ban Dân tộc',
};

function article(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    title: 'Tin thử',
    url: `${SITE}tin-tuc/tin-thu/`,
    lede: 'Sapo.',
    published: new Date('2022-02-09T14:54:00+07:00'),
    category: 'Hoạt động ban',
    bodyHtml: '<p>Nội dung.</p>',
    ...overrides,
  };
}

/** No XML-illegal character anywhere in the document. */
function expectWellFormedChars(xml: string) {
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
}

describe('renderFeed with bad content', () => {
  const longTitle = `Hội nghị ${'rất dài '.repeat(120)}kết thúc`;
  const nastyTitle = 'A & B <b>đậm</b> </script> 😀 \u0001\u000B007';
  const articles = [
    article({
      title: nastyTitle,
      lede: 'Sapo\u0007 & <i>nghiêng</i> 🎉',
      author: '007',
      bodyHtml:
        '<p onclick="x()">Xin chào<script>alert(1)</script> & <a href="../bai-khac/">bài khác</a></p>' +
        '<figure class="figure"><picture><source srcset="/_astro/a.avif 400w, /_astro/b.avif 800w" type="image/avif">' +
        '<img src="/_astro/a.jpg" alt="Ảnh" width="400" height="300" loading="lazy"></picture>' +
        '<figcaption>Chú thích\u0002 <span>(Ảnh: Minh Thu)</span></figcaption></figure>' +
        '<iframe src="https://example.com/"></iframe><a href="javascript:alert(1)">js</a><style>p{}</style>',
      attribution: {
        label: 'Trích nguồn',
        name: 'Báo Dân tộc & Phát triển',
        href: 'https://baodantoc.vn/bai.htm',
      },
      cover: {
        url: `${SITE}_astro/bia.jpg`,
        length: 12345,
        type: 'image/jpeg',
        width: 1200,
        height: 630,
        alt: 'Ảnh bìa',
        caption: '1e5 & <chú thích>',
        credit: '0123',
      },
    }),
    article({
      title: longTitle,
      url: `${SITE}tin-tuc/tin-dai/`,
      published: new Date('2021-01-01T00:00:00+07:00'),
    }),
  ];

  it('stays well-formed and parses with every field intact', async () => {
    const xml = await renderFeed(
      { channel: { ...channel, lastBuildDate: new Date('2022-02-09T07:54:00Z') }, articles },
      'n1',
    );
    expectWellFormedChars(xml);
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Tin & <UBDT>');
    expect(feed.language).toBe('vi');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first!.title).toBe('A & B <b>đậm</b> </script> 😀 007');
    expect(first!.url).toBe(`${SITE}tin-tuc/tin-thu/`);
    expect(first!.id).toBe(`${SITE}tin-tuc/tin-thu/`);
    expect(first!.published?.toISOString()).toBe('2022-02-09T07:54:00.000Z');
    expect(first!.description).toBe('Sapo & <i>nghiêng</i> 🎉');
    expect(first!.authors.map((a) => a.name)).toEqual(['007']);
    expect(first!.categories.map((c) => c.label)).toEqual(['Hoạt động ban']);
    expect(first!.media[0]).toMatchObject({
      url: `${SITE}_astro/bia.jpg`,
      length: 12345,
      mimeType: 'image/jpeg',
    });
    expect(second!.title).toBe(longTitle);
    expect(second!.published?.toISOString()).toBe('2020-12-31T17:00:00.000Z');
  });

  it('content:encoded is sanitised, absolute, keeps figures, captions and the source line', async () => {
    const xml = await renderFeed({ channel, articles }, 'n2');
    const content = parseFeed(xml).items[0]!.content ?? '';
    expect(content).not.toMatch(/<script|<iframe|<style|onclick|javascript:/i);
    expect(content).toContain('<a href="https://tin.cema.gov.vn/tin-tuc/bai-khac/">bài khác</a>');
    expect(content).toContain('src="https://tin.cema.gov.vn/_astro/a.jpg"');
    expect(content).toContain(
      'srcset="https://tin.cema.gov.vn/_astro/a.avif 400w, https://tin.cema.gov.vn/_astro/b.avif 800w"',
    );
    expect(content).toMatch(
      /<figure><picture>.*<img[^>]*alt="Ảnh".*<figcaption>Chú thích <span>\(Ảnh: Minh Thu\)<\/span><\/figcaption><\/figure>/s,
    );
    expect(content).toMatch(
      /<p>Trích nguồn: <a href="https:\/\/baodantoc.vn\/bai.htm">Báo Dân tộc &(amp;|#x26;)? ?Phát triển<\/a><\/p>$/,
    );
  });

  it('writes media:content with caption and credit untouched, and the channel extras', async () => {
    const xml = await renderFeed(
      { channel: { ...channel, lastBuildDate: new Date('2022-02-09T07:54:00Z') }, articles },
      'n3',
    );
    expect(xml).toContain('<media:description type="plain">1e5 &amp; &lt;chú thích&gt;</media:description>');
    expect(xml).toContain('<media:credit>0123</media:credit>');
    expect(xml).toContain('<dc:creator>007</dc:creator>');
    expect(xml).toContain(
      '<enclosure url="https://tin.cema.gov.vn/_astro/bia.jpg" length="12345" type="image/jpeg"/>',
    );
    expect(xml).toContain(
      '<atom:link href="https://tin.cema.gov.vn/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('<lastBuildDate>Wed, 09 Feb 2022 14:54:00 +0700</lastBuildDate>');
    expect(xml).toContain('<ttl>60</ttl>');
    expect(xml).toContain('<copyright>Bản quyền © Ủy ban Dân tộc</copyright>');
    expect(xml).toMatch(
      /<image><url>https:\/\/tin.cema.gov.vn\/logo-144.png<\/url><title>Tin &amp; &lt;UBDT&gt;<\/title>/,
    );
    expect(xml).not.toContain('cema-slot-');
  });

  it('an article without a cover has no enclosure or media:content, and an empty feed is still valid', async () => {
    const xml = await renderFeed({ channel, articles: [article()] }, 'n4');
    expect(xml).not.toContain('<enclosure');
    expect(xml).not.toContain('<media:content');
    expect(parseFeed(xml).items[0]!.media).toEqual([]);
    const empty = await renderFeed({ channel, articles: [] }, 'n5');
    expect(parseFeed(empty).items).toEqual([]);
    expect(empty).not.toContain('<lastBuildDate>');
  });

  it('lists attachments in the body and makes the first the enclosure (over the cover), with its length', async () => {
    const withDocuments = article({
      attachmentsHeading: 'Văn bản đính kèm',
      attachments: [
        {
          title: 'Quyết định số 98/QĐ-UBDT',
          url: `${SITE}tin-tuc/tin-thu/qd-98.pdf`,
          details: 'PDF · 3 trang · 1,2 MB',
          length: 1258291,
          type: 'application/pdf',
        },
        {
          title: 'Kế hoạch',
          url: `${SITE}tin-tuc/tin-thu/ke-hoach.docx`,
          details: 'Word · 35 KB',
          length: 35840,
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      ],
      cover: {
        url: `${SITE}_astro/bia.jpg`,
        length: 12345,
        type: 'image/jpeg',
        width: 1200,
        height: 630,
        alt: 'Ảnh bìa',
      },
    });
    const xml = await renderFeed({ channel, articles: [withDocuments] }, 'n6');
    expect(xml).toContain(
      '<enclosure url="https://tin.cema.gov.vn/tin-tuc/tin-thu/qd-98.pdf" length="1258291" type="application/pdf"/>',
    );
    expect(xml.match(/<enclosure/g)).toHaveLength(1);
    expect(xml).toContain('<media:content url="https://tin.cema.gov.vn/_astro/bia.jpg"');
    const content = parseFeed(xml).items[0]!.content ?? '';
    expect(content).toContain(
      '<section><h2>Văn bản đính kèm</h2><ul><li><a href="https://tin.cema.gov.vn/tin-tuc/tin-thu/qd-98.pdf">Quyết định số 98/QĐ-UBDT</a> (PDF · 3 trang · 1,2 MB)</li>',
    );
    expect(content).toContain('Kế hoạch</a> (Word · 35 KB)</li></ul></section>');
  });
});
