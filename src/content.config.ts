import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { newsLoader } from './loaders/news.ts';
import { viewsLoader } from './loaders/views.ts';
import { environmentWithDotEnv, viewsConfigFromEnv } from './lib/views/source.ts';
import {
  authorChecks,
  AUTHORS_FILE,
  CATEGORIES_FILE,
  registryParser,
  SOURCES_FILE,
} from './lib/content/registries.ts';
import {
  articleFields,
  authorEntrySchema,
  categorySchema,
  pageSchema,
  sourceEntrySchema,
  sourceSchema,
} from './lib/content/schema.ts';
import { contentDir } from './site.config.ts';

// Astro's file loader (it watches the file and gives editors a schema of the whole list), parsed
// by the one registry reader so the site and the staff tools check the same things.
const categoriesFile = path.join(contentDir, CATEGORIES_FILE);
const categories = defineCollection({
  loader: file(categoriesFile, { parser: registryParser(categoriesFile, categorySchema) }),
  schema: categorySchema,
});

const sourcesFile = path.join(contentDir, SOURCES_FILE);
const sources = defineCollection({
  loader: file(sourcesFile, { parser: registryParser(sourcesFile, sourceEntrySchema) }),
  schema: sourceEntrySchema,
});

// Registered authors; their photos are paths relative to content/ (the file's folder), optimised.
const authorsFile = path.join(contentDir, AUTHORS_FILE);
const parseAuthors = registryParser(authorsFile, authorEntrySchema, authorChecks(contentDir));
const authors = defineCollection({
  loader: file(authorsFile, {
    // image() resolves "./…" against authors.yaml; staff write the path from content/ without "./".
    parser: (text) => {
      const entries = parseAuthors(text);
      return Array.isArray(entries)
        ? entries.map((entry) =>
            typeof entry.photo === 'string'
              ? { ...entry, photo: `./${path.posix.normalize(entry.photo.replaceAll('\\', '/'))}` }
              : entry,
          )
        : entries;
    },
  }),
  schema: ({ image }) => authorEntrySchema.extend({ photo: image().optional() }),
});

// Fixed pages written in Markdown (the accessibility statement, the English section): one file
// per page, its path is its address (contentPagePath in src/lib/urls.ts).
const pages = defineCollection({
  loader: glob({ pattern: '**/*.md', base: path.join(contentDir, 'pages') }),
  schema: pageSchema,
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
      // Set by the loader: the body opens with the lede (src/lib/lede.ts), so the page shows it once.
      // The Markdown body itself is not stored (it would double the data-store module).
      ledeInBody: z.boolean().default(false),
      // Set by the loader: the files the body links to or shows (src/data/attachments.ts publishes them).
      linkedFiles: z
        .array(
          z.object({ url: z.string(), kind: z.enum(['attachment', 'video']), text: z.string().optional() }),
        )
        .default([]),
    }),
});

// Counted views since the migration, per article slug (legacy views are in the front matter).
const views = defineCollection({
  loader: viewsLoader({
    ...viewsConfigFromEnv(environmentWithDotEnv(), contentDir),
    newsDir: path.join(contentDir, 'news'),
  }),
});

export const collections = { news, categories, sources, authors, pages, views };
