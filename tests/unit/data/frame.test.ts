/** The page frame per language (src/data/frame.ts): names, menu, links and search per language. */
import { describe, expect, it } from 'vitest';
import { isCurrentLink, pageFrame } from '../../../src/data/frame.ts';
import type { SiteData } from '../../../src/data/site.ts';
import { ui as en } from '../../../src/i18n/en.ts';
import { ui as vi } from '../../../src/i18n/vi.ts';

const site = {
  categories: [{ id: 'hoat-dong-ban', name: 'Hoạt động ban', url: '/chuyen-muc/hoat-dong-ban/' }],
  identity: {
    parentAgency: 'Chính phủ',
    agency: 'Ủy ban Dân tộc',
    siteTitle: 'Tin Hoạt động ban',
    address: '349 Đội Cấn, Hà Nội',
    copyright: '© Ủy ban Dân tộc',
    english: {
      agency: 'Committee for Ethnic Minority Affairs',
      siteTitle: 'Committee news',
      address: '349 Doi Can, Hanoi',
      copyright: '© CEMA',
    },
  },
  footerLinks: [{ label: 'Tin RSS', href: '/rss/' }],
  englishFooterLinks: [{ label: 'Tiếng Việt', href: '/', lang: 'vi' }],
  englishMenu: [
    { label: 'Home', href: '/en/' },
    { label: 'Tiếng Việt', href: '/', lang: 'vi' },
  ],
  alternates: new Map(),
} as unknown as SiteData;

describe('pageFrame', () => {
  it('gives Vietnamese pages the legal names, the home + category menu and the search box', () => {
    const frame = pageFrame(site, 'vi');
    expect(frame.ui).toBe(vi);
    expect(frame.names).toEqual({
      agency: 'Ủy ban Dân tộc',
      siteTitle: 'Tin Hoạt động ban',
      address: '349 Đội Cấn, Hà Nội',
      copyright: '© Ủy ban Dân tộc',
    });
    expect(frame.parentAgency).toBe('Chính phủ');
    expect(frame.homeHref).toBe('/');
    expect(frame.menu).toEqual([
      { label: vi.nav.home, href: '/' },
      { label: 'Hoạt động ban', href: '/chuyen-muc/hoat-dong-ban/' },
    ]);
    expect(frame.footerLinks).toBe(site.footerLinks);
    expect(frame.hasSearch).toBe(true);
    expect(frame.vietnameseText).toBeUndefined();
  });

  it('gives English pages the English names and menu, no search box, and marks Vietnamese text', () => {
    const frame = pageFrame(site, 'en');
    expect(frame.ui).toBe(en);
    expect(frame.names).toBe(site.identity.english);
    expect(frame.parentAgency).toBeUndefined();
    expect(frame.homeHref).toBe('/en/');
    expect(frame.menu).toBe(site.englishMenu);
    expect(frame.footerLinks).toBe(site.englishFooterLinks);
    expect(frame.hasSearch).toBe(false);
    expect(frame.vietnameseText).toBe('vi');
    // Category names stay Vietnamese in the English footer.
    expect(frame.categories).toBe(site.categories);
  });
});

describe('isCurrentLink', () => {
  it('marks a home link only on the home page itself', () => {
    expect(isCurrentLink('/', '/')).toBe(true);
    expect(isCurrentLink('/', '/chuyen-muc/hoat-dong-ban/')).toBe(false);
    expect(isCurrentLink('/en/', '/en/')).toBe(true);
    expect(isCurrentLink('/en/', '/en/contact/')).toBe(false);
  });

  it('marks a section link on its page and the pages below it', () => {
    expect(isCurrentLink('/chuyen-muc/hoat-dong-ban/', '/chuyen-muc/hoat-dong-ban/')).toBe(true);
    expect(isCurrentLink('/chuyen-muc/hoat-dong-ban/', '/chuyen-muc/hoat-dong-ban/trang-2/')).toBe(true);
    expect(isCurrentLink('/chuyen-muc/hoat-dong-ban/', '/chuyen-muc/tin-khac/')).toBe(false);
  });
});
