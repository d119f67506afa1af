/** What every page's frame (header menu, footer, 404) shows: set per request by src/middleware.ts. */
import { getCategories, type CategoryView } from './articles.ts';
import { getAlternates, getEnglishPages, type Alternate } from './pages.ts';
import { ui } from '../i18n/vi.ts';
import { ui as en } from '../i18n/en.ts';
import { ACCESSIBILITY_PATH, ARCHIVE_INDEX_PATH, ENGLISH_BASE, type SiteLanguage } from '../lib/urls.ts';

export interface FrameLink {
  label: string;
  href: string;
  /** The link's text is in another language than the page (the "English" link). */
  lang?: SiteLanguage;
}

export interface SiteData {
  /** The menu: categories in menu order. */
  categories: CategoryView[];
  /** Links of the footer: the archives, the accessibility statement, the English section. */
  footerLinks: FrameLink[];
  /** The footer's links on English pages (to Vietnamese pages, said so in their labels). */
  englishFooterLinks: FrameLink[];
  /** The menu of the English section (/en/ pages), then the way back to the Vietnamese site. */
  englishMenu: FrameLink[];
  /** hreflang alternates by site-relative path (pages with a translation). */
  alternates: ReadonlyMap<string, Alternate[]>;
}

let memo: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  memo ??= Promise.all([getCategories(), getEnglishPages(), getAlternates()]).then(
    ([categories, englishPages, alternates]) => ({
      categories,
      footerLinks: [
        { label: ui.archive.footerLink, href: ARCHIVE_INDEX_PATH },
        { label: ui.pages.accessibilityLink, href: ACCESSIBILITY_PATH },
        { label: ui.pages.englishLink, href: ENGLISH_BASE, lang: 'en' },
      ],
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
