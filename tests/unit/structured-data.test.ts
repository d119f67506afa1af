import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { breadcrumbList, jsonLd, newsArticle, truncateHeadline } from '../../src/lib/structured-data.ts';

const publisher = {
  name: 'Ủy ban Dân tộc',
  url: 'https://tin.cema.gov.vn/',
  logo: { url: 'https://tin.cema.gov.vn/logo-512.png', width: 512, height: 512 },
};

describe('jsonLd', () => {
  it('no field can close the script element, and the JSON is unchanged', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
    const serialised = jsonLd(data);
    expect(serialised).not.toMatch(/[<>&\u2028]/);
    const html = `<script type="application/ld+json">${serialised}</script><p>after</p>`;
    const scripts = selectAll('script', fromHtml(html, { fragment: true }));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(toText(scripts[0]!))).toEqual(data);
  });
});

describe('newsArticle', () => {
  const base = {
    url: 'https://tin.cema.gov.vn/tin-tuc/x/',
    headline: 'Tiêu đề',
    description: 'Sapo',
    published: { date: new Date('2021-01-01T00:00:00+07:00'), precision: 'year' as const },
    section: 'Hoạt động ban',
    keywords: ['A', 'B'],
    images: [],
    publisher,
  };
  it('gives a year-precision article a full +07:00 timestamp', () => {
    const ld = newsArticle(base);
    expect(ld.datePublished).toBe('2021-01-01T00:00:00+07:00');
    expect(ld.dateModified).toBe('2021-01-01T00:00:00+07:00');
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('interactionStatistic');
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld.author).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Ủy ban Dân tộc' });
  });
  it('has isBasedOn, ReadAction views, image and a person author when known', () => {
    const ld = newsArticle({
      ...base,
      published: { date: new Date('2022-02-09T07:54:00Z'), precision: 'minute' },
      updated: { date: new Date('2022-02-10T01:00:00Z'), precision: 'minute' },
      images: ['https://tin.cema.gov.vn/_astro/a.jpg'],
      author: { name: 'Minh Thu' },
      basedOn: { name: 'Báo Dân tộc', url: 'https://baodantoc.vn/a.htm' },
      views: 12450,
    });
    expect(ld.datePublished).toBe('2022-02-09T14:54:00+07:00');
    expect(ld.dateModified).toBe('2022-02-10T08:00:00+07:00');
    expect(ld.image).toEqual(['https://tin.cema.gov.vn/_astro/a.jpg']);
    expect(ld.author).toEqual({ '@type': 'Person', name: 'Minh Thu' });
    expect(ld.isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'Báo Dân tộc',
      url: 'https://baodantoc.vn/a.htm',
    });
    expect(ld.interactionStatistic).toEqual({
      '@type': 'InteractionCounter',
      interactionType: { '@type': 'ReadAction' },
      userInteractionCount: 12450,
    });
  });
  it('gives a registered author a Person with the URL of their page and their job title', () => {
    const ld = newsArticle({
      ...base,
      author: {
        name: 'Minh Thu',
        url: 'https://tin.cema.gov.vn/tac-gia/minh-thu/',
        jobTitle: 'Phóng viên',
      },
    });
    expect(ld.author).toEqual({
      '@type': 'Person',
      name: 'Minh Thu',
      url: 'https://tin.cema.gov.vn/tac-gia/minh-thu/',
      jobTitle: 'Phóng viên',
    });
  });
  it('keeps headlines within Google’s 110 characters and the full title as alternativeHeadline', () => {
    const long = 'Hội nghị '.repeat(30).trim();
    const ld = newsArticle({ ...base, headline: long });
    expect([...(ld.headline as string)].length).toBeLessThanOrEqual(110);
    expect(ld.alternativeHeadline).toBe(long);
    expect(truncateHeadline('ngắn')).toBe('ngắn');
    expect([...truncateHeadline('😀'.repeat(200))].length).toBe(110);
  });
  it('BreadcrumbList numbers its items', () => {
    const ld = breadcrumbList([{ name: 'Trang chủ', url: 'https://a/' }, { name: 'Bài' }]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://a/' },
      { '@type': 'ListItem', position: 2, name: 'Bài' },
    ]);
  });
});
