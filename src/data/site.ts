/** What every page's frame (header menu, footer, 404) shows: set per request by src/middleware.ts. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getCategories, type CategoryView } from './articles.ts';
import { getAlternates, getEnglishPages, type Alternate } from './pages.ts';
import { checkSiteIdentity, type SiteIdentity } from '../lib/site-identity.ts';
import { SITE_IDENTITY_FILE, siteIdentityInput } from '../site-identity.ts';
import { FEEDS_PAGE_PATH } from '../lib/feed/links.ts';
import { ui } from '../i18n/vi.ts';
import { ui as en } from '../i18n/en.ts';
import { ACCESSIBILITY_PATH, ARCHIVE_INDEX_PATH, ENGLISH_BASE, type SiteLanguage } from '../lib/urls.ts';

/** A link of the page frame (footer's "Thông tin" list, the English menu). */
export interface FrameLink {
  label: string;
  /** Site-relative URL. */
  href: string;
  /** The link's text is in another language than the page (the "English" link). */
  lang?: SiteLanguage;
}

export interface SiteData {
  /** The menu: categories in menu order. */
  categories: CategoryView[];
  /** Emblem, agency and the Decree 42 footer data, checked (src/site-identity.ts). */
  identity: SiteIdentity;
  /** The footer's service links (feeds, archives, accessibility statement, English), in order. */
  footerLinks: FrameLink[];
  /** The footer's links on English pages (to Vietnamese pages, said so in their labels). */
  englishFooterLinks: FrameLink[];
  /** The menu of the English section (/en/ pages), then the way back to the Vietnamese site. */
  englishMenu: FrameLink[];
  /** hreflang alternates by site-relative path (pages with a translation). */
  alternates: ReadonlyMap<string, Alternate[]>;
}

/** The agency's identity, checked once when the build loads this module (a mistake stops it). */
export const siteIdentity: SiteIdentity = checkSiteIdentity(
  siteIdentityInput,
  SITE_IDENTITY_FILE,
  (sitePath) => existsSync(path.join(process.cwd(), 'public', sitePath)),
);

/** Add a footer link here: one entry, the footer renders the list. */
function footerLinks(): FrameLink[] {
  return [
    { label: ui.feeds.footerLink, href: FEEDS_PAGE_PATH },
    { label: ui.archive.footerLink, href: ARCHIVE_INDEX_PATH },
    { label: ui.pages.accessibilityLink, href: ACCESSIBILITY_PATH },
    { label: ui.pages.englishLink, href: ENGLISH_BASE, lang: 'en' },
  ];
}

let memo: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  memo ??= Promise.all([getCategories(), getEnglishPages(), getAlternates()]).then(
    ([categories, englishPages, alternates]) => ({
      categories,
      identity: siteIdentity,
      footerLinks: footerLinks(),
      englishFooterLinks: [
        { label: en.pages.accessibilityLink, href: ACCESSIBILITY_PATH },
        { label: en.pages.vietnameseLink, href: '/', lang: 'vi' },
      ],
      englishMenu: [
        ...englishPages.map((page) => ({
          label: page.url === ENGLISH_BASE ? en.nav.home : page.title,
          href: page.url,
        })),
        { label: en.pages.vietnameseLink, href: '/', lang: 'vi' },
      ],
      alternates,
    }),
  );
  return memo;
}
