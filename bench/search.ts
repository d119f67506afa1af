/**
 * Search benchmark (issues 5 and 15) on a synthetic corpus, 10,000 articles by default:
 *
 *   node bench/search.ts [--count 10000] [--skip-build] [--levers] [--alternatives] [--runs 1]
 *                        [--reuse-index]   (keep index variants built by an earlier run)
 *
 * 1. Generates the corpus (`npm run corpus`), adds the hand-written articles of the relevance set
 *    (bench/search-relevance/), and builds it through scripts/build.ts, which indexes it with
 *    Pagefind (src/integrations/pagefind.ts): build time and peak memory.
 * 2. Re-indexes the built site in a child process, alone: indexing time, peak memory (RSS of the
 *    process tree: Node plus Pagefind's binary, sampled from /proc), index size.
 * 3. `--levers`: the same index without sort keys, without filters, and without both, to show
 *    what each costs in the metadata file every search downloads. `--alternatives`: the two
 *    rejected đ/d designs of issue 5 (đ→d folded in the indexed text, a folded copy appended).
 * 4. In headless Chromium, per query, cold cache unless said: bytes transferred after the HTML
 *    (Pagefind's files and the page's own) and time to the first results on /tim-kiem/, served
 *    gzip-compressed (as nginx with `gzip on`) and uncompressed, and with Pagefind already in the
 *    HTTP cache (prefetched on the search box's focus or when idle); then Pagefind's default UI
 *    (pagefind-ui.js) on the same index as the baseline.
 *
 * Prints Markdown tables and writes .bench/search-<count>.json. Figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { select } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { Browser, Request } from 'playwright-core';
import { indexSite } from '../src/integrations/pagefind.ts';
import { foldDd } from '../src/lib/vietnamese.ts';
import { SEARCH_IDS } from '../src/lib/search/page-ids.ts';
import { treeRss } from './lib/process-tree.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startBenchServer } from './lib/search-server.ts';

const root = path.resolve(import.meta.dirname, '..');
/** Hand-written articles with known phrases and names (the relevance set, bench/search-relevance.ts). */
export const RELEVANCE_ARTICLES = path.join(root, 'bench/search-relevance');

export const QUERIES = [
  { label: 'typical: phrase typed without marks', q: 'hoi nghi' },
  { label: 'rare word', q: 'Huế' },
  { label: 'phrase with marks', q: 'hội nghị' },
  { label: '4 syllables', q: 'dân tộc thiểu số' },
  { label: 'đ typed as d', q: 'doi moi' },
  { label: 'very common syllable', q: 'và' },
];

type Mode = 'shipped' | 'fold' | 'copy' | 'no-sort' | 'no-filter' | 'no-sort-filter';

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

// --- index variants (levers) --------------------------------------------------------------

const SORT_SPAN = /<span data-pagefind-sort="[^"]*">[^<]*<\/span>/g;
const FILTER_SPAN = /<span data-pagefind-filter="[^"]*">[^<]*<\/span>/g;
const TRANSFORMS: Record<Mode, ((html: string) => string) | undefined> = {
  shipped: undefined,
  fold: foldTransform,
  copy: copyTransform,
  'no-sort': (html) => html.replace(SORT_SPAN, ''),
  'no-filter': (html) => html.replace(FILTER_SPAN, ''),
  'no-sort-filter': (html) => html.replace(SORT_SPAN, '').replace(FILTER_SPAN, ''),
};

// --- helpers ------------------------------------------------------------------------------

function dirBytes(dir: string): { bytes: number; files: number; meta: number; fragments: number } {
  let bytes = 0;
  let files = 0;
  let meta = 0;
  let fragments = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(path.join(entry.parentPath, entry.name)).size;
    bytes += size;
    files++;
    if (entry.name.endsWith('.pf_meta')) meta += size;
    if (entry.name.endsWith('.pf_fragment')) fragments += size;
  }
  return { bytes, files, meta, fragments };
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

// --- child mode: index one variant ----------------------------------------------------------

async function indexOnly(dist: string, mode: Mode, output: string) {
  const started = performance.now();
  const transform = TRANSFORMS[mode];
  // The rejected designs index a rewritten copy of the article pages (the rewrite is timed too).
  const site = transform ? await rewrittenArticles(dist, transform) : dist;
  try {
    const { pages } = await indexSite(site, { outputPath: output });
    console.log(JSON.stringify({ pages, ms: Math.round(performance.now() - started) }));
  } finally {
    if (site !== dist) rmSync(site, { recursive: true, force: true });
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

type Client = 'ours, gzip' | 'ours, uncompressed' | 'ours, Pagefind prefetched' | 'Pagefind UI, gzip';
const CLIENTS: Client[] = [
  'ours, gzip',
  'ours, uncompressed',
  'ours, Pagefind prefetched',
  'Pagefind UI, gzip',
];

interface Measurement {
  client: Client;
  results: number;
  /** Everything transferred after the HTML document until the results show. */
  bytes: number;
  /** Of which Pagefind's files (including its worker, which Chromium reports as 0 bytes). */
  pagefindBytes: number;
  requests: number;
  /** Navigation start → first results shown. */
  msToResults: number;
  /** Search script start → first results shown. */
  searchMs: number;
  /** Inside that: loading Pagefind (bundle, worker, WASM, metadata), our searches and ranking. */
  pagefindMs?: number;
  rankMs?: number;
}

const UI_PAGE = '_bench/pagefind-ui/index.html';

/** Pagefind's default UI on our index (bench only; written into the built site, removed after). */
function writeDefaultUiPage(dist: string) {
  mkdirSync(path.join(dist, path.dirname(UI_PAGE)), { recursive: true });
  writeFileSync(
    path.join(dist, UI_PAGE),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
new MutationObserver((_, observer) => {
  if (document.querySelector('.pagefind-ui__result-link')) { performance.mark('search:results'); observer.disconnect(); }
}).observe(document.body, { subtree: true, childList: true });
performance.mark('search:start');
const ui = new PagefindUI({ element: '#search', showImages: false });
ui.triggerSearch(new URLSearchParams(location.search).get('q'));
</script></body></html>`,
  );
}

async function measureQuery(
  browser: Browser,
  servers: Record<'gzip' | 'plain' | 'cached', string>,
  client: Client,
  q: string,
  workerBytes: { gzip: number; plain: number },
): Promise<Measurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base =
    client === 'ours, uncompressed'
      ? servers.plain
      : client === 'ours, Pagefind prefetched'
        ? servers.cached
        : servers.gzip;
  if (client === 'ours, Pagefind prefetched') {
    // The reader opens the search page (or focuses its box): Pagefind is fetched while they type.
    await page.goto(new URL('tim-kiem/', base).href);
    await page.locator(`#${SEARCH_IDS.query}`).focus();
    await page.waitForLoadState('networkidle');
  }
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const target = client === 'Pagefind UI, gzip' ? `${UI_PAGE.replace('index.html', '')}?q=` : 'tim-kiem/?q=';
  await page.goto(new URL(target + encodeURIComponent(q), base).href);
  await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, null, {
    timeout: 180_000,
  });
  const marks = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    return {
      start: at('search:start')!,
      pagefind: at('search:pagefind'),
      ranked: at('search:ranked'),
      results: at('search:results')!,
    };
  });
  const results =
    client === 'Pagefind UI, gzip'
      ? Number(
          (
            /([\d][\d,.]*)/.exec((await page.locator('.pagefind-ui__message').textContent()) ?? '')?.[1] ??
            '0'
          ).replace(/[,.]/g, ''),
        )
      : Number(
          (
            /Tìm thấy ([\d.]+)/.exec(
              (await page.locator(`#${SEARCH_IDS.status}`).textContent()) ?? '',
            )?.[1] ?? '0'
          ).replace(/\./g, ''),
        );
  // Requests that finished by the time the results showed (lazy thumbnails after it are not counted).
  const document = page.url();
  const sized = await Promise.all(
    finished
      .filter((r) => r.url() !== document && r.timing().responseEnd <= marks.results + 50)
      .map(async (r) => ({ url: r.url(), bytes: (await r.sizes()).responseBodySize })),
  );
  await context.close();
  let pagefindBytes = sized.filter((r) => r.url.includes('/pagefind/')).reduce((a, r) => a + r.bytes, 0);
  let bytes = sized.reduce((a, r) => a + r.bytes, 0);
  if (client !== 'ours, Pagefind prefetched') {
    const worker = client === 'ours, uncompressed' ? workerBytes.plain : workerBytes.gzip;
    pagefindBytes += worker;
    bytes += worker;
  }
  return {
    client,
    results,
    bytes,
    pagefindBytes,
    requests: sized.length,
    msToResults: Math.round(marks.results),
    searchMs: Math.round(marks.results - marks.start),
    pagefindMs: marks.pagefind === undefined ? undefined : Math.round(marks.pagefind - marks.start),
    rankMs:
      marks.ranked === undefined || marks.pagefind === undefined
        ? undefined
        : Math.round(marks.ranked - marks.pagefind),
  };
}

/** One plain Pagefind search (+ its first ten results' data) on an index variant's bundle. */
async function measureBundle(browser: Browser, base: string, dir: string, q: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: Request[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes(`/${dir}/`)) finished.push(request);
  });
  await page.goto(new URL('404.html', base).href);
  const { count, ms } = (await page.evaluate(`(async () => {
    const started = performance.now();
    const pagefind = await import(new URL('/${dir}/pagefind.js', location.href).href);
    const found = await pagefind.search(${JSON.stringify(q)});
    await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return { count: found.results.length, ms: performance.now() - started };
  })()`)) as { count: number; ms: number };
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(finished.map((r) => r.sizes().then((s) => s.responseBodySize)));
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), results: count, ms: Math.round(ms) };
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      'index-only': { type: 'string', multiple: true },
      count: { type: 'string', default: '10000' },
      'skip-build': { type: 'boolean', default: false },
      levers: { type: 'boolean', default: false },
      alternatives: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      'reuse-index': { type: 'boolean', default: false },
    },
  });
  if (values['index-only']) {
    const [dist, mode, out] = values['index-only'];
    return indexOnly(dist!, mode as Mode, out!);
  }
  const count = Number(values.count) || 10000;
  const corpus = path.join(root, `.bench/corpus-${count}`);
  const dist = path.join(root, `.bench/search-dist-${count}`);
  const node = process.execPath;

  let build: { ms: number; peakRss: number; logMs?: number } | undefined;
  if (!values['skip-build'] || !existsSync(dist)) {
    const gen = await run([
      'npm',
      'run',
      '--silent',
      'corpus',
      '--',
      '--count',
      String(count),
      '--out',
      corpus,
    ]);
    if (gen.code !== 0) throw new Error('corpus generation failed');
    cpSync(path.join(RELEVANCE_ARTICLES, 'news'), path.join(corpus, 'news'), { recursive: true });
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

  const variants: { mode: Mode; dir: string }[] = [{ mode: 'shipped', dir: 'pagefind-reindex' }];
  if (values.levers)
    variants.push(
      { mode: 'no-sort', dir: 'pagefind-no-sort' },
      { mode: 'no-filter', dir: 'pagefind-no-filter' },
      { mode: 'no-sort-filter', dir: 'pagefind-no-sort-filter' },
    );
  if (values.alternatives)
    variants.push({ mode: 'fold', dir: 'pagefind-fold' }, { mode: 'copy', dir: 'pagefind-copy' });
  const previousJson = path.join(root, `.bench/search-${count}.json`);
  const indexing: Record<string, { ms: number; peakRss: number } & ReturnType<typeof dirBytes>> = {};
  for (const { mode, dir } of variants) {
    const out = path.join(dist, dir);
    if (values['reuse-index'] && !existsSync(out) && mode !== 'shipped') {
      console.error(`--reuse-index: no ${dir}/ from an earlier run, left out`);
      continue;
    }
    if (values['reuse-index'] && existsSync(out)) {
      // Timings from the run that built it, when recorded.
      const previous = existsSync(previousJson) ? JSON.parse(readFileSync(previousJson, 'utf8')) : {};
      indexing[mode] = { ms: NaN, peakRss: NaN, ...previous.indexing?.[mode], ...dirBytes(out) };
      continue;
    }
    rmSync(out, { recursive: true, force: true });
    const result = await run([
      node,
      'bench/search.ts',
      '--index-only',
      dist,
      '--index-only',
      mode,
      '--index-only',
      out,
    ]);
    if (result.code !== 0) throw new Error(`indexing (${mode}) failed`);
    const { ms } = JSON.parse(result.out.trim().split('\n').at(-1)!);
    indexing[mode] = { ms, peakRss: result.peakRss, ...dirBytes(out) };
  }
  const shipped = dirBytes(path.join(dist, 'pagefind'));

  writeDefaultUiPage(dist);
  const worker = readFileSync(path.join(dist, 'pagefind', 'pagefind-worker.js'));
  const workerBytes = { plain: worker.length, gzip: gzipSync(worker).length };
  const gzip = await startBenchServer(dist, { compress: true, cache: false });
  const plain = await startBenchServer(dist, { compress: false, cache: false });
  const cached = await startBenchServer(dist, { compress: true, cache: true });
  const browser = await launchBrowser();
  const queries: {
    label: string;
    q: string;
    clients: Measurement[];
    bundles: Record<string, { bytes: number; results: number; ms: number }>;
  }[] = [];
  try {
    for (const { label, q } of QUERIES) {
      const clients: Measurement[] = [];
      for (const client of CLIENTS) {
        // Several runs: the machine is shared, so the median is reported.
        const runs: Measurement[] = [];
        for (let i = 0; i < Number(values.runs); i++)
          runs.push(
            await measureQuery(
              browser,
              { gzip: gzip.url, plain: plain.url, cached: cached.url },
              client,
              q,
              workerBytes,
            ),
          );
        runs.sort((a, b) => a.msToResults - b.msToResults);
        clients.push(runs[Math.floor(runs.length / 2)]!);
      }
      const bundles: (typeof queries)[number]['bundles'] = {};
      for (const { mode, dir } of variants) {
        if (mode === 'shipped' || mode === 'fold' || mode === 'copy' || !indexing[mode]) continue;
        bundles[mode] = await measureBundle(browser, plain.url, dir, q);
      }
      if (Object.keys(bundles).length)
        bundles.shipped = await measureBundle(browser, plain.url, 'pagefind', q);
      queries.push({ label, q, clients, bundles });
      console.error(`measured "${q}"`);
    }
  } finally {
    await browser.close();
    await Promise.all([gzip.close(), plain.close(), cached.close()]);
    rmSync(path.join(dist, '_bench'), { recursive: true, force: true });
  }

  const lines: string[] = [];
  lines.push(`## Search benchmark, ${count} articles (${new Date().toISOString()})`, '');
  if (build)
    lines.push(
      `Full build incl. indexing: ${(build.ms / 1000).toFixed(1)} s, peak RSS (tree) ${mb(build.peakRss)}; indexing step in the build: ${build.logMs} ms`,
      '',
    );
  lines.push(
    '| index | indexing time (alone) | peak RSS (Node + Pagefind) | index size | files | metadata file (every search) | fragments |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const { mode } of variants) {
    const r = indexing[mode];
    if (!r) continue;
    lines.push(
      `| ${mode} | ${(r.ms / 1000).toFixed(1)} s | ${mb(r.peakRss)} | ${mb(r.bytes)} | ${r.files} | ${kb(r.meta)} | ${mb(r.fragments)} |`,
    );
  }
  lines.push(
    '',
    `Shipped bundle in dist/pagefind: ${mb(shipped.bytes)} in ${shipped.files} files; worker script ${kb(workerBytes.plain)} (${kb(workerBytes.gzip)} gzip), counted in below because Chromium reports it as 0 bytes.`,
    '',
  );
  lines.push(
    '| query | client | results | transferred after HTML | of which Pagefind | requests | first results since navigation | script start → results | loading Pagefind | our searches + ranking |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const { label, q, clients } of queries) {
    for (const m of clients) {
      lines.push(
        `| ${label}: "${q}" | ${m.client} | ${m.results} | ${kb(m.bytes)} | ${kb(m.pagefindBytes)} | ${m.requests} | ${m.msToResults} ms | ${m.searchMs} ms | ${m.pagefindMs ?? '—'} ms | ${m.rankMs ?? '—'} ms |`,
      );
    }
  }
  if (values.levers) {
    lines.push(
      '',
      '| query | ' +
        Object.keys(queries[0]!.bundles)
          .map((b) => `${b}: bytes / results / ms`)
          .join(' | ') +
        ' |',
    );
    lines.push(
      '| --- | ' +
        Object.keys(queries[0]!.bundles)
          .map(() => '---')
          .join(' | ') +
        ' |',
    );
    for (const { q, bundles } of queries)
      lines.push(
        `| "${q}" | ` +
          Object.values(bundles)
            .map((b) => `${kb(b.bytes)} / ${b.results} / ${b.ms} ms`)
            .join(' | ') +
          ' |',
      );
  }
  const report = lines.join('\n');
  console.log(`\n${report}`);
  writeFileSync(
    path.join(root, `.bench/search-${count}.json`),
    JSON.stringify({ count, build, indexing, shipped, workerBytes, queries }, null, 2),
  );
}

if (import.meta.main) await main();
