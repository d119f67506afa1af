// Articles of a generated corpus (bench/corpus/generate.ts): the glob loader, one entry per
// news/<year>/<slug>/index.md, id = slug; only the fields the pages show.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.BASELINE_CONTENT_DIR;
if (!contentDir) throw new Error('BASELINE_CONTENT_DIR is not set (bench/build.ts sets it)');

const news = defineCollection({
  loader: glob({
    base: `${contentDir}/news`,
    pattern: '*/*/index.md',
    generateId: ({ entry }) => entry.split('/')[1]!,
  }),
  schema: z.object({
    title: z.string(),
    lede: z.string(),
    publishedAt: z.coerce.date(),
    draft: z.boolean().default(false),
  }),
});

export const collections = { news };
