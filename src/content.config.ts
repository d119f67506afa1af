import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  CEMA_VIEWS_FILE,
  CEMA_VIEWS_SITE_ID,
  CEMA_VIEWS_SOURCE,
  CEMA_VIEWS_STRICT,
  CEMA_VIEWS_TIMEOUT_MS,
  CEMA_VIEWS_URL,
  getSecret,
} from 'astro:env/server';
import { newsLoader } from './loaders/news.ts';
import { viewsLoader } from './loaders/views.ts';
import { articleFields, categorySchema, sourceEntrySchema, sourceSchema } from './lib/content/schema.ts';
import { contentDir } from './site.config.ts';

const categories = defineCollection({
  loader: file(path.join(contentDir, 'categories.yaml')),
  schema: categorySchema,
});

const sources = defineCollection({
  loader: file(path.join(contentDir, 'sources.yaml')),
  schema: sourceEntrySchema,
});

// The loader has already validated every field with Vietnamese messages (and failed the build
// on unknown references); this schema adds Astro's typed references and the optimised cover.
const news = defineCollection({
  loader: newsLoader({ contentDir }),
  schema: ({ image }) =>
    z.object({
      ...articleFields,
      category: reference('categories'),
      source: sourceSchema.optional(),
      cover: image().optional(),
      // Set by the loader: the body's local photos, resolved so pages can build <picture>s.
      bodyImages: z.array(z.object({ src: z.string(), image: image() })).default([]),
    }),
});

// Counted views since the migration, per article slug (legacy views are in the front matter).
const views = defineCollection({
  loader: viewsLoader({
    kind: CEMA_VIEWS_SOURCE,
    file: path.resolve(contentDir, CEMA_VIEWS_FILE ?? 'view-counts.json'),
    url: CEMA_VIEWS_URL,
    siteId: CEMA_VIEWS_SITE_ID,
    token: getSecret('CEMA_VIEWS_TOKEN'),
    timeoutMs: CEMA_VIEWS_TIMEOUT_MS,
    strict: CEMA_VIEWS_STRICT,
    newsDir: path.join(contentDir, 'news'),
  }),
});

export const collections = { news, categories, sources, views };
