/**
 * Builds the Pagefind search index of a built site folder: scripts/build.ts runs it on the
 * staging folder after Astro's process has exited (so a failed index means a failed build and
 * the old dist/ stays); a bare `astro build` runs it in astro:build:done. Pagefind's Node API,
 * as Starlight uses it.
 *
 * Only pages with `data-pagefind-body` (the articles) are indexed, so Pagefind reads the article
 * pages alone (`ARTICLE_PAGE_FILES`): reading the listings too, only to skip them, made indexing
 * ~35 % longer at 1,000 articles, for the same bundle byte for byte. Pagefind reads the folder
 * itself (`addDirectory`): at 1,000 articles this process spent 1.2 s CPU instead of 2.2–2.7 s
 * sending every page through `addHTMLFile`, the service the same ~7 s, and the bundle is
 * byte-identical from one build to the next (pages sent concurrently arrived in a different
 * order each time, and so did the index). Pagefind drops the combining marks of decomposed
 * text ("Hội" indexed as "Hoi"): the pages are NFC because the build writes them so (front
 * matter and bodies are normalised, remark-nfc; the NFD fixture article's test checks it).
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ARTICLE_PAGE_FILES } from '../lib/urls.ts';
import { STEPS_AFTER_ASTRO_ENV, type StepLogger } from './deploy.ts';
import { writeSortRanks } from './search-sort-ranks.ts';

export interface IndexOptions {
  /** Where the bundle goes, default `<dir>/pagefind`. */
  outputPath?: string;
}

export interface IndexResult {
  /** Pages in the index (the articles). */
  pages: number;
  outputPath: string;
}

/** Indexes a built site folder and writes the bundle; throws on any Pagefind error. */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'vi',
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir, glob: ARTICLE_PAGE_FILES });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const outputPath = options.outputPath ?? path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // addDirectory counts every page it read; the entry file counts those indexed.
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // The newest/most-viewed orders, outside Pagefind's metadata file (src/lib/search/sort-ranks.ts).
    await writeSortRanks(outputPath);
    return { pages, outputPath };
  } finally {
    await index.deleteIndex().catch(() => {});
    await pagefind.close();
  }
}

/** Indexes `dir` and reports it in the line the build benchmark reads ("Pagefind: N … X ms"). */
export async function indexSiteAndReport(dir: string, logger: StepLogger): Promise<IndexResult> {
  const started = performance.now();
  const result = await indexSite(dir);
  logger.info(
    `Pagefind: ${result.pages} bài viết được lập chỉ mục trong ${Math.round(performance.now() - started)} ms`,
  );
  return result;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cema-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // scripts/build.ts indexes after Astro's process has exited (see STEPS_AFTER_ASTRO_ENV).
        if (process.env[STEPS_AFTER_ASTRO_ENV] === '1') return;
        await indexSiteAndReport(fileURLToPath(dir), logger);
      },
    },
  };
}
