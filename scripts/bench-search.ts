/**
 * Search benchmark (issue 5) on a synthetic corpus, 10,000 articles by default:
 *
 *   node scripts/bench-search.ts [--count 10000] [--skip-build] [--skip-alternatives] [--reuse-alternatives]
 *
 * 1. Generates the corpus (scripts/generate-corpus.ts) and builds it through scripts/build.ts,
 *    which indexes it with Pagefind (src/integrations/pagefind.ts).
 * 2. Re-indexes the built site in a child process, alone, to measure indexing time and peak
 *    memory (RSS of the process tree: Node plus Pagefind's binary, sampled from /proc).
 * 3. Builds the two rejected đ/d designs the same way, into pagefind-fold/ (đ→d folded in the
 *    indexed text) and pagefind-copy/ (a folded copy of the text appended), and compares sizes.
 * 4. In headless Chromium with a cold cache, per query: bytes fetched from /pagefind/ and time to
 *    the first rendered result on /tim-kiem/ (the shipped design: query-side đ/d spellings, phrase
 *    search), and bytes of a single Pagefind search on each alternative bundle.
 *
 * Prints a Markdown table and writes .bench/search-<count>.json. Figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { select } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { Request } from 'playwright-core';
import { indexSite } from '../src/integrations/pagefind.ts';
import { foldDd } from '../src/lib/search/normalize.ts';
import { treeRss } from '../bench/lib/process-tree.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const QUERIES = [
  { label: 'rare word', q: 'Huế' },
  { label: 'phrase', q: 'hội nghị' },
  { label: '4 syllables', q: 'dân tộc thiểu số' },
  { label: 'đ typed as d', q: 'doi moi' },
  { label: 'very common syllable', q: 'và' },
];

type Mode = 'shipped' | 'fold' | 'copy';

// --- alternative đ/d designs (bench only) -----------------------------------------------

function bodyOf(tree: Root): Element | undefined {
  return select('[data-pagefind-body]', tree) as Element | undefined;
}

/** Design B: đ→d in every indexed text node (1:1, positions kept; excerpts lose đ). */
function foldTransform(html: string): string {
  const tree = fromHtml(html);
  const body = bodyOf(tree);
  if (body) visit(body, 'text', (node) => void (node.value = foldDd(node.value)));
  return toHtml(tree);
}

/** Design C: the page text again, đ→d, appended inside the indexed body (doubles fragments). */
function copyTransform(html: string): string {
  const tree = fromHtml(html);
  const body = bodyOf(tree);
  if (body) {
    const text = foldDd(toText(body));
    body.children.push({
      type: 'element',
      tagName: 'div',
      properties: { hidden: true },
      children: [{ type: 'text', value: text }],
    });
  }
  return toHtml(tree);
}

// --- helpers ------------------------------------------------------------------------------

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function run(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; ms: number; peakRss: number; out: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let peakRss = 0;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stderr.write(chunk);
    });
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, ms: performance.now() - started, peakRss, out });
    });
  });
}

// --- child mode: index one design ---------------------------------------------------------

async function indexOnly(dist: string, mode: Mode, output: string) {
  const transform = mode === 'fold' ? foldTransform : mode === 'copy' ? copyTransform : undefined;
  const started = performance.now();
  // The rejected designs index a rewritten copy of the article pages (the rewrite is timed too).
  const site = transform ? await rewrittenArticles(dist, transform) : dist;
  try {
    const { pages } = await indexSite(site, { outputPath: output });
    console.log(JSON.stringify({ pages, ms: Math.round(performance.now() - started) }));
  } finally {
    if (site !== dist) await rm(site, { recursive: true, force: true });
  }
}

/** A temporary folder with every indexed page of `dist` (NFC, then `transform`ed). */
async function rewrittenArticles(dist: string, transform: (html: string) => string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'cema-bench-search-'));
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const target = path.join(copy, path.relative(dist, file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, transform(html.normalize('NFC')));
  }
  return copy;
}

// --- browser measurements ---------------------------------------------------------------

interface QueryFigures {
  label: string;
  q: string;
  results: number;
  bytes: number;
  requests: number;
  /** Since navigation start: page, search script, Pagefind, first ten results rendered. */
  msToResults: number;
  /** From the search script's start to results shown (excludes loading the page itself). */
  searchMs: number;
  /** One plain Pagefind search (+ ten result fragments) on each bundle, for comparison. */
  alternatives: Record<string, { bytes: number; results: number; ms: number }>;
}

async function sumBytes(requests: Request[]): Promise<number> {
  const sizes = await Promise.all(requests.map((r) => r.sizes().then((s) => s.responseBodySize)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function measureQueries(dist: string, alternatives: string[]): Promise<QueryFigures[]> {
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  const rows: QueryFigures[] = [];
  try {
    for (const { label, q } of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: Request[] = [];
      page.on('requestfinished', (request) => {
        if (request.url().includes('/pagefind/')) finished.push(request);
      });
      await page.goto(new URL(`tim-kiem/?q=${encodeURIComponent(q)}`, server.url).href);
      await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, null, {
        timeout: 120_000,
      });
      const { msToResults, searchMs } = await page.evaluate(() => {
        const done = performance.getEntriesByName('search:results')[0]!.startTime;
        return {
          msToResults: done,
          searchMs: done - performance.getEntriesByName('search:start')[0]!.startTime,
        };
      });
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      await page.waitForLoadState('networkidle');
      const bytes = await sumBytes(finished);
      const results = Number((/Tìm thấy ([\d.]+)/.exec(status)?.[1] ?? '0').replace(/\./g, ''));
      await context.close();
      const alt: QueryFigures['alternatives'] = {};
      for (const name of alternatives) {
        // The fold design folds the query too; the others take it as typed.
        const query = name === 'pagefind-fold' ? foldDd(q) : q;
        const altContext = await browser.newContext();
        const altPage = await altContext.newPage();
        const altFinished: Request[] = [];
        altPage.on('requestfinished', (request) => {
          if (request.url().includes(`/${name}/`)) altFinished.push(request);
        });
        await altPage.goto(new URL('404.html', server.url).href);
        const { count, ms } = (await altPage.evaluate(`(async () => {
          const started = performance.now();
          const pagefind = await import(new URL('/${name}/pagefind.js', location.href).href);
          const found = await pagefind.search(${JSON.stringify(query)});
          await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          return { count: found.results.length, ms: performance.now() - started };
        })()`)) as { count: number; ms: number };
        await altPage.waitForLoadState('networkidle');
        alt[name] = { bytes: await sumBytes(altFinished), results: count, ms: Math.round(ms) };
        await altContext.close();
      }
      rows.push({
        label,
        q,
        results,
        bytes,
        requests: finished.length,
        msToResults: Math.round(msToResults),
        searchMs: Math.round(searchMs),
        alternatives: alt,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--index-only') return indexOnly(args[1]!, args[2] as Mode, args[3]!);
  const count = Number(args[args.indexOf('--count') + 1] ?? 10000) || 10000;
  const corpus = path.join(root, `.bench/corpus-${count}`);
  const dist = path.join(root, `.bench/search-dist-${count}`);
  const node = process.execPath;

  let build: { ms: number; peakRss: number; logMs?: number } | undefined;
  if (!args.includes('--skip-build') || !existsSync(dist)) {
    const gen = await run([node, 'bench/corpus/generate.ts', '--count', String(count), '--out', corpus]);
    if (gen.code !== 0) throw new Error('corpus generation failed');
    const result = await run([node, 'scripts/build.ts'], {
      ...process.env,
      CEMA_CONTENT_DIR: corpus,
      CEMA_DIST: dist,
      CEMA_CACHE_DIR: path.join(root, `.bench/cache-${count}`),
    });
    if (result.code !== 0) throw new Error('build failed');
    const logged = /Pagefind: \d+ bài viết được lập chỉ mục trong (\d+) ms/.exec(result.out);
    build = { ms: result.ms, peakRss: result.peakRss, logMs: logged ? Number(logged[1]) : undefined };
  }

  const designs: { mode: Mode; dir: string }[] = [{ mode: 'shipped', dir: 'pagefind-reindex' }];
  if (!args.includes('--skip-alternatives'))
    designs.push({ mode: 'fold', dir: 'pagefind-fold' }, { mode: 'copy', dir: 'pagefind-copy' });
  const indexing: Record<string, { ms: number; peakRss: number; bytes: number; files: number }> = {};
  const previous = path.join(root, `.bench/search-${count}.json`);
  for (const { mode, dir } of designs) {
    const out = path.join(dist, dir);
    if (
      args.includes('--reuse-alternatives') &&
      mode !== 'shipped' &&
      existsSync(out) &&
      existsSync(previous)
    ) {
      indexing[mode] = JSON.parse(readFileSync(previous, 'utf8')).indexing[mode];
      continue;
    }
    const result = await run([node, 'scripts/bench-search.ts', '--index-only', dist, mode, out]);
    if (result.code !== 0) throw new Error(`indexing (${mode}) failed`);
    const { ms } = JSON.parse(result.out.trim().split('\n').at(-1)!);
    indexing[mode] = { ms, peakRss: result.peakRss, ...dirBytes(out) };
  }
  const shipped = { ...dirBytes(path.join(dist, 'pagefind')) };
  // "pagefind": one plain search on the shipped bundle, i.e. Pagefind without our query handling.
  const altNames = ['pagefind', ...designs.filter((d) => d.mode !== 'shipped').map((d) => d.dir)];
  const queries = await measureQueries(dist, altNames);

  const lines: string[] = [];
  lines.push(`## Search benchmark, ${count} articles (${new Date().toISOString()})`, '');
  if (build)
    lines.push(
      `Full build incl. indexing: ${(build.ms / 1000).toFixed(1)} s, peak RSS (tree) ${mb(build.peakRss)}; indexing step in the build: ${build.logMs} ms`,
      '',
    );
  lines.push(
    '| đ/d design | indexing time | peak RSS (Node + Pagefind) | index size | files |',
    '| --- | --- | --- | --- | --- |',
  );
  const names: Record<Mode, string> = {
    shipped: 'query-side spellings (shipped)',
    fold: 'đ→d folded in indexed text',
    copy: 'folded copy appended',
  };
  for (const { mode } of designs) {
    const r = indexing[mode]!;
    lines.push(
      `| ${names[mode]} | ${(r.ms / 1000).toFixed(1)} s | ${mb(r.peakRss)} | ${mb(r.bytes)} | ${r.files} |`,
    );
  }
  lines.push('', `Shipped bundle in dist/pagefind: ${mb(shipped.bytes)} in ${shipped.files} files.`, '');
  lines.push(
    `| query | results | fetched (cold) | requests | results shown, since navigation | search time (script start → shown) | ${altNames.map((n) => `${n}: fetched / results / ms`).join(' | ')} |`,
    `| --- | --- | --- | --- | --- | --- | ${altNames.map(() => '---').join(' | ')} |`,
  );
  for (const r of queries) {
    lines.push(
      `| ${r.label}: "${r.q}" | ${r.results} | ${kb(r.bytes)} | ${r.requests} | ${r.msToResults} ms | ${r.searchMs} ms | ${altNames.map((n) => `${kb(r.alternatives[n]!.bytes)} / ${r.alternatives[n]!.results} / ${r.alternatives[n]!.ms} ms`).join(' | ')} |`,
    );
  }
  const report = lines.join('\n');
  console.log(`\n${report}`);
  writeFileSync(
    path.join(root, `.bench/search-${count}.json`),
    JSON.stringify({ count, build, indexing, shipped, queries }, null, 2),
  );
}

await main();
