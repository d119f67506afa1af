/**
 * The English section's strings (/en/): the same keys as the Vietnamese dictionary (vi.ts), so a
 * string added there must be translated here before the site type-checks. Most of the site is
 * Vietnamese only; these are what the page frame shows on /en/ pages.
 */
import type { Dictionary } from './vi.ts';

export const ui: Dictionary = {
  site: {
    name: 'News — Committee for Ethnic Minority Affairs',
    shortName: 'CEMA News',
    owner: 'Committee for Ethnic Minority Affairs',
    tagline: 'News of the Committee for Ethnic Minority Affairs of Viet Nam',
    description:
      'News about the work of the Committee for Ethnic Minority Affairs of Viet Nam: meetings, policies and development programmes for ethnic minority and mountainous areas.',
    copyright:
      'Copyright Committee for Ethnic Minority Affairs. Please cite the source when republishing information from this site.',
    address: '349 Doi Can, Ba Dinh, Ha Noi, Viet Nam',
  },
  nav: {
    skipToContent: 'Skip to main content',
    home: 'Home',
    mainMenu: 'Sections',
    breadcrumb: 'Breadcrumb',
    pagination: 'Pagination',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: (n) => `Page ${n}`,
    pageOf: (n, total) => `Page ${n} of ${total}`,
  },
  article: {
    views: 'Views',
    tags: 'Keywords',
    related: 'Other news',
    print: 'Print',
    updated: 'Updated',
    author: 'Author',
    sourceKind: { 'trich-nguon': 'Source', theo: 'According to' },
    yearOnly: (year) => `Year ${year}`,
    yearOnlyNote: 'The old portal did not record the exact date',
    draft: 'DRAFT',
    scheduled: 'Scheduled',
  },
  figure: {
    missingImage: 'The original photo has not been moved from the old portal',
    creditPrefix: 'Photo:',
  },
  home: {
    featured: 'Featured',
    latest: 'Latest news',
    allInCategory: (name) => `All news in ${name}`,
  },
  category: {
    heading: (name) => name,
    count: (n) => `${n} articles`,
    empty: 'This section has no articles yet.',
  },
  tag: {
    heading: (name) => `Keyword: ${name}`,
  },
  archive: {
    title: 'News archive',
    description: 'Every article of the Committee by year and month of publication (Viet Nam time).',
    intro: 'Choose a year or a month to see the articles published then, newest first.',
    footerLink: 'Archive by month',
    year: (year) => `${year}`,
    month: (month) => month,
    yearHeading: (year) => `News of ${year}`,
    monthHeading: (month) => `News of ${month}`,
    yearOnlyNote: (n) =>
      `Includes ${n} articles from the old portal that record only their year: they are listed for the year, in no month.`,
    empty: 'No article has been published yet.',
    monthsOf: (year) => `Months of ${year}`,
    dateLinkHint: ' — articles of the same month',
  },
  author: {
    heading: (name) => `Author: ${name}`,
    description: (name) => `Articles by ${name} on the Committee's news site.`,
    empty: 'This author has no articles yet.',
  },
  pages: {
    accessibilityLink: 'Accessibility statement (in Vietnamese)',
    updated: 'Last reviewed',
    englishLink: 'English',
    vietnameseLink: 'Tiếng Việt',
    latestNews: 'Latest news (in Vietnamese)',
    latestNewsNote: 'The news articles themselves are published in Vietnamese.',
  },
  preview: {
    brokenTitle: 'Article with errors — not shown',
    brokenIntro:
      'The preview does not show this article until the errors below are fixed. Fix the file and save it: the page updates itself.',
    bannerTitle: (n) => `${n} articles with errors are not shown (visible in the preview only)`,
    line: (n) => `line ${n}`,
  },
  notFound: {
    title: 'Page not found',
    message:
      'The page you are looking for does not exist or has moved. Go to the home page or a section below.',
  },
  footer: {
    categories: 'Sections (in Vietnamese)',
  },
  search: {
    title: 'Search',
    heading: 'Search the news',
    description: 'Search the Committee’s news by keyword, section, year and source.',
    boxLabel: 'Search the news (in Vietnamese)',
    formLabel: 'Search and filter the news',
    placeholder: 'Search (Vietnamese)…',
    submitShort: 'Search',
    submit: 'Search',
    queryLabel: 'Keywords',
    queryHint: 'Diacritics are optional (e.g. hoi nghi). Put a phrase in double quotes to find it exactly.',
    filters: 'Filter and sort',
    filtersSummary: (active) => (active ? `Filter and sort (${active} selected)` : 'Filter and sort'),
    category: 'Section',
    anyCategory: 'All sections',
    year: 'Year',
    anyYear: 'All years',
    source: 'Source',
    anySource: 'All sources',
    sort: 'Sort by',
    sortRelevance: 'Most relevant',
    sortNewest: 'Newest',
    sortViews: 'Most viewed',
    results: 'Search results',
    loading: 'Searching…',
    prompt: 'Type keywords or choose a filter to search the news.',
    found: (count, query) => (query ? `${count} results for “${query}”.` : `${count} articles found.`),
    none: (query) => (query ? `No results for “${query}”.` : 'No article matches the filters.'),
    noneTips:
      'Check the spelling, try shorter or other words, remove the quotes or some filters. You can also browse the sections:',
    clearFilters: 'Search all news again (remove the filters)',
    more: 'More results',
    showing: (shown, total) => `Showing ${shown} of ${total} results.`,
    error: 'The search index could not be loaded. Please try again later or browse the sections.',
    noScript: 'Search needs JavaScript, which your browser has turned off. You can browse the sections:',
    titleWithQuery: (query) => `“${query}” – Search`,
  },
  feeds: {
    siteTitle: 'News — Committee for Ethnic Minority Affairs',
    categoryTitle: (name) => `${name} — Committee for Ethnic Minority Affairs`,
    footerLink: 'Follow the news by RSS',
    pageTitle: 'Follow the news by RSS',
    pageDescription:
      'Get the Committee’s new articles in a feed reader (RSS): full text, photos, captions and sources.',
    intro:
      'RSS brings this site’s new articles into your feed reader, without visiting the site. Each item carries the full article, its photos with captions and its source line.',
    howToHeading: 'How to follow',
    howToSteps: [
      'Open a feed reader (e.g. Feedly, Inoreader, Thunderbird, NetNewsWire).',
      'Choose to add a new feed (Add feed / Subscribe).',
      'Paste the address of the feed you want from the list below.',
    ],
    containsHeading: 'Each item contains',
    contains: [
      'The title, the permanent link to the article and its publication time.',
      'The lede and the whole article, with its photos and captions.',
      'The "Source" or "According to" line with a link to the original, for articles from other media.',
      'The section, the author and the picture (when there is one).',
    ],
    listHeading: 'Feeds',
    siteFeedName: 'All new articles',
    siteFeedDescription: (n) => `The ${n} newest articles of every section`,
    categoryFeedDescription: (n) => `The ${n} newest articles of the section`,
    reuse:
      'Agencies may show news from these feeds on their own portals; please credit the Committee for Ethnic Minority Affairs and keep the link to the original article.',
  },
  views: {
    mostViewed: 'Most viewed',
    count: (n) => `${n} views`,
    sortLabel: 'Sort',
    sortNewest: 'Newest',
    sortByViews: 'Most viewed',
    categoryHeading: (name) => `${name}: most viewed`,
    tagHeading: (name) => `Keyword: ${name} — most viewed`,
  },
  redirect: {
    title: (articleTitle) => `Moved: ${articleTitle}`,
    moved: 'This article has moved to a new address:',
    update: 'Please update your bookmarks and links.',
  },
};
