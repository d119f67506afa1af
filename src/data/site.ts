/** What every page's frame (header menu, footer, 404) shows: set per request by src/middleware.ts. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getCategories, type CategoryView } from './articles.ts';
import { checkSiteIdentity, type SiteIdentity } from '../lib/site-identity.ts';
import { SITE_IDENTITY_FILE, siteIdentityInput } from '../site-identity.ts';
import { FEEDS_PAGE_PATH } from '../lib/feed/links.ts';
import { ui } from '../i18n/vi.ts';

/** A link in the footer's "Thông tin" list. */
export interface FooterLink {
  label: string;
  /** Site-relative URL. */
  href: string;
}

export interface SiteData {
  /** The menu: categories in menu order. */
  categories: CategoryView[];
  /** Emblem, agency and the Decree 42 footer data, checked (src/site-identity.ts). */
  identity: SiteIdentity;
  /** The footer's service links (feeds, archives, accessibility statement…), in order. */
  footerLinks: FooterLink[];
}

/** The agency's identity, checked once when the build loads this module (a mistake stops it). */
export const siteIdentity: SiteIdentity = checkSiteIdentity(
  siteIdentityInput,
  SITE_IDENTITY_FILE,
  (sitePath) => existsSync(path.join(process.cwd(), 'public', sitePath)),
);

/** Add a footer link here: one entry, the footer renders the list. */
function footerLinks(): FooterLink[] {
  return [{ label: ui.feeds.footerLink, href: FEEDS_PAGE_PATH }];
}

let memo: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  memo ??= getCategories().then((categories) => ({
    categories,
    identity: siteIdentity,
    footerLinks: footerLinks(),
  }));
  return memo;
}
