/**
 * Builds the Pagefind search index of a built site folder: scripts/build.ts runs it on the
 * staging folder after Astro's process has exited (so a failed index means a failed build and
 * the old dist/ stays); a bare `astro build` runs it in astro:build:done.
 *
 * Only pages with `data-pagefind-body` (the articles) are indexed, so Pagefind reads the article
 * pages alone (`ARTICLE_PAGE_FILES`): reading the listings too, only to skip them, made indexing
 * ~35 % longer at 1,000 articles, for the same bundle byte for byte. It runs Pagefind's own
 * command (the binary the npm package ships) rather than its Node API: over the same 9,818
 * article pages both wrote the same bundle byte for byte, the command in ~70 s of CPU, the
 * API's service in ~95 s. Pagefind drops the combining marks of decomposed text ("Hội" indexed
 * as "Hoi"): the pages are NFC because the build writes them so (front matter and bodies are
 * normalised, remark-nfc; the NFD fixture article's test checks it).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ARTICLE_PAGE_FILES } from '../lib/urls.ts';
import { STEPS_AFTER_ASTRO_ENV, type StepLogger } from './deploy.ts';
import { writeSortRanks } from './search-sort-ranks.ts';

/** The npm package's command, which picks the platform's binary (its `bin`, outside its exports). */
function pagefindCommand(): string {
  const searched = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const command = searched
    .map((modules) => path.join(modules, 'pagefind', 'lib', 'runner', 'bin.cjs'))
    .find((candidate) => existsSync(candidate));
  if (!command) throw new Error(`Pagefind is not installed (looked in ${searched.join(', ')})`);
  return command;
}

export interface IndexOptions {
  /** Where the bundle goes, default `<dir>/pagefind`. */
  outputPath?: string;
}

export interface IndexResult {
  /** Pages in the index (the articles). */
  pages: number;
  outputPath: string;
}

/** Lines of Pagefind's output a failure reports. */
const KEPT_OUTPUT_LINES = 40;

/** Runs Pagefind's command; rejects with the end of its output when it fails. */
function runPagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindCommand(), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      output.push(...chunk.toString('utf8').split('\n'));
      if (output.length > KEPT_OUTPUT_LINES * 2) output.splice(0, output.length - KEPT_OUTPUT_LINES);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const tail = output
        .filter((line) => line.trim())
        .slice(-KEPT_OUTPUT_LINES)
        .join('\n');
      reject(new Error(`Pagefind failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}

async function hasArticlePages(dir: string): Promise<boolean> {
  for await (const _ of glob(ARTICLE_PAGE_FILES, { cwd: dir })) return true;
  return false;
}

/** A site with no article yet still gets a (empty) bundle: the command refuses to write one. */
async function writeEmptyIndex(outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** Indexes a built site folder and writes the bundle; throws on any Pagefind error. */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const outputPath = options.outputPath ?? path.join(dir, 'pagefind');
  if (!(await hasArticlePages(dir))) await writeEmptyIndex(outputPath);
  else
    await runPagefind([
      '--site',
      dir,
      '--glob',
      ARTICLE_PAGE_FILES,
      '--force-language',
      'vi',
      '--output-path',
      outputPath,
      '--quiet',
    ]);
  // The entry file counts the pages indexed (those with a search body).
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  // The newest/most-viewed orders, outside Pagefind's metadata file (src/lib/search/sort-ranks.ts).
  await writeSortRanks(outputPath);
  return { pages, outputPath };
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
