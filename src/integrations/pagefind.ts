/**
 * Builds the Pagefind search index at the end of `astro build`, in the build's own output folder
 * (scripts/build.ts's staging folder, so a failed index means a failed build and the old dist/
 * stays). Uses Pagefind's Node API, as Starlight does.
 *
 * Only pages with `data-pagefind-body` (the articles) are indexed. The HTML is normalised to NFC
 * first: Pagefind drops combining marks of decomposed text, which would index "Hội" as "Hoi".
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { urlOfBuiltFile } from '../lib/urls.ts';
import { writeSortRanks } from './search-sort-ranks.ts';

export interface IndexOptions {
  /** Where the bundle goes, default `<dir>/pagefind`. */
  outputPath?: string;
  /** Parallel page reads/adds; the Pagefind service works on one core anyway. */
  concurrency?: number;
}

export interface IndexResult {
  pages: number;
  outputPath: string;
}

async function* htmlFiles(dir: string, base = dir): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(full, base);
    } else if (entry.name.endsWith('.html')) {
      yield path.relative(base, full);
    }
  }
}

/** Indexes a built site folder and writes the bundle; throws on any Pagefind error. */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'vi',
    // Boilerplate inside article bodies: the placeholder for a photo the old portal lost.
    excludeSelectors: ['.figure__missing'],
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  try {
    const pending = new Set<Promise<void>>();
    const add = async (file: string) => {
      let html = await readFile(path.join(dir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) return;
      html = html.normalize('NFC');
      const result = await index.addHTMLFile({ url: urlOfBuiltFile(file), content: html });
      if (result.errors.length) throw new Error(`Pagefind (${file}): ${result.errors.join('; ')}`);
      pages++;
    };
    for await (const file of htmlFiles(dir)) {
      const job = add(file).finally(() => pending.delete(job));
      pending.add(job);
      if (pending.size >= (options.concurrency ?? 8)) await Promise.race(pending);
    }
    await Promise.all(pending);
    const outputPath = options.outputPath ?? path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The newest/most-viewed orders, outside Pagefind's metadata file (src/lib/search/sort-ranks.ts).
    await writeSortRanks(outputPath);
    return { pages, outputPath };
  } finally {
    await index.deleteIndex().catch(() => {});
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cema-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(
          `Pagefind: ${pages} bài viết được lập chỉ mục trong ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
