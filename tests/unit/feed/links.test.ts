import { describe, expect, it } from 'vitest';
import { feedLinks } from '../../../src/lib/feed/links.ts';

describe('feed autodiscovery order', () => {
  it('puts the page’s own feed first and never lists a feed twice', () => {
    const site = { title: 'Tất cả', href: '/rss.xml' };
    const own = { title: 'Chuyên mục', href: '/chuyen-muc/a/rss.xml' };
    expect(feedLinks([own], site)).toEqual([own, site]);
    expect(feedLinks([], site)).toEqual([site]);
    expect(feedLinks([site], site)).toEqual([site]);
  });
});
