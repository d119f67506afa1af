import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { newsLoader } from './loaders/news.ts';
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
    }),
});

export const collections = { news, categories, sources };
