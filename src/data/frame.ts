/**
 * The page frame in the page's language: what the head, header and footer show. Derived once per
 * language from SiteData and the dictionaries, and put on `Astro.locals.frame` by src/middleware.ts,
 * so no component decides the language or picks names and links itself.
 */
import type { CategoryView } from './articles.ts';
import type { FrameLink, SiteData } from './site.ts';
import { dictionaryOf } from '../i18n/index.ts';
import type { Dictionary } from '../i18n/vi.ts';
import type { SiteIdentity, SiteIdentityEnglish } from '../lib/site-identity.ts';
import { ENGLISH_BASE, type SiteLanguage } from '../lib/urls.ts';

export interface PageFrame {
  lang: SiteLanguage;
  /** The frame's strings in the page's language. */
  ui: Dictionary;
  /** Emblem, phone, e-mail, responsible person, licence (the same on every page). */
  identity: SiteIdentity;
  /** The agency's names and address in the page's language. */
  names: SiteIdentityEnglish;
  /** The parent body above the agency's name: Vietnamese pages only (no official English name). */
  parentAgency?: string;
  /** Where the emblem links. */
  homeHref: string;
  /** The header menu, in order. */
  menu: FrameLink[];
  /** The footer's service links, in order. */
  footerLinks: FrameLink[];
  /** The footer's category list (Vietnamese pages, also shown on English pages). */
  categories: CategoryView[];
  /** The header's search box: the index is Vietnamese only. */
  hasSearch: boolean;
  /** The `lang` of text that stays Vietnamese on this page (undefined on Vietnamese pages). */
  vietnameseText?: 'vi';
}

export function pageFrame(site: SiteData, lang: SiteLanguage): PageFrame {
  const ui = dictionaryOf(lang);
  const common = { lang, ui, identity: site.identity, categories: site.categories };
  if (lang === 'en') {
    return {
      ...common,
      names: site.identity.english,
      homeHref: ENGLISH_BASE,
      menu: site.englishMenu,
      footerLinks: site.englishFooterLinks,
      hasSearch: false,
      vietnameseText: 'vi',
    };
  }
  const { agency, siteTitle, address, copyright } = site.identity;
  return {
    ...common,
    names: { agency, siteTitle, address, copyright },
    parentAgency: site.identity.parentAgency,
    homeHref: '/',
    menu: [
      { label: ui.nav.home, href: '/' },
      ...site.categories.map((category) => ({ label: category.name, href: category.url })),
    ],
    footerLinks: site.footerLinks,
    hasSearch: true,
  };
}

/**
 * Whether a menu link is the current section: a home link only on the home page itself, any
 * other link on its own page and every page below it.
 */
export function isCurrentLink(href: string, pathname: string): boolean {
  return href === '/' || href === ENGLISH_BASE ? pathname === href : pathname.startsWith(href);
}
