/**
 * Route data for the page frame, as Starlight does: computed once per build in src/data/ and put
 * on `Astro.locals`, so the header, footer and 404 render it without querying collections.
 */
import { defineMiddleware } from 'astro:middleware';
import { getSiteData } from './data/site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = await getSiteData();
  return next();
});
