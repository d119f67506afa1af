/**
 * Route data for the page frame, as Starlight does: computed once per build in src/data/ and put
 * on `Astro.locals`, so the header, footer and 404 render it without querying collections.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageFrame } from './data/frame.ts';
import { getSiteData } from './data/site.ts';
import { languageOfPath } from './lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const site = await getSiteData();
  context.locals.site = site;
  // The page's language follows its address (/en/… is English).
  context.locals.frame = pageFrame(site, languageOfPath(context.url.pathname));
  return next();
});
