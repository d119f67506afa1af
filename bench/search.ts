/**
 * Search benchmark (issues 5 and 15) on a synthetic corpus, 10,000 articles by default:
 *
 *   node bench/search.ts [--count 10000] [--skip-build] [--levers] [--alternatives] [--runs 1]
 *                        [--reuse-index]   (keep index variants built by an earlier run)
 *                        [--replicate-from 10000]   (scale without a full build, see below)
 *                        [--dist <built site>]   (default .bench/search-dist-<count>)
 *                        [--query 'hoi nghi' …]   (only these of QUERIES)
 *                        [--index-of-build]   (measure the site's own /pagefind/, not indexed again)
 *
 * `--count 50000 --replicate-from 10000`: a full build of 50,000 articles takes over an hour on
 * the shared 2-core machine, so the site built at 10,000 is copied and each article page written
 * again under count/from distinct URLs (same text: the index grows as with new articles of the
 * same vocabulary, which the generated corpus has anyway), then indexed alone into its
 * /pagefind/ and measured like any build. Labelled as such in the output.
 *
 * 1. Generates the corpus (`npm run corpus`), adds the hand-written articles of the relevance set
 *    (bench/search-relevance/), and builds it through scripts/build.ts, which indexes it with
 *    Pagefind (src/integrations/pagefind.ts): build time and peak memory.
 * 2. Re-indexes the built site in a child process, alone: indexing time, peak memory (RSS of the
 *    process tree: Node plus Pagefind's binary, sampled from /proc), index size.
 * 3. `--levers`: the same index without filters, to show what they cost in the metadata file
 *    every search downloads (sort keys are no longer in the index: src/lib/search/sort-ranks.ts;
 *    the sort file's own size is printed). `--alternatives`: the two rejected đ/d designs of
 *    issue 5 (đ→d folded in the indexed text, a folded copy appended).
 * 4. In headless Chromium, per query, cold cache unless said: bytes transferred after the HTML
 *    (Pagefind's files and the page's own) and time to the first results on /tim-kiem/, served
 *    gzip-compressed (as nginx with `gzip on`) and uncompressed, coming from another page of the
 *    site (fonts and CSS cached, Pagefind not), and with Pagefind already in the HTTP cache
 *    (prefetched on the search box's focus or when idle); then Pagefind's default UI
 *    (pagefind-ui.js) on the same index as the baseline, with the request count; with --runs N
 *    the clients alternate within each run and the medians and their ratio to the default UI are
 *    printed, with the load average, and a per-part table (Pagefind's files, the page's) of the
 *    first query's bytes. (Brotli, as
 *    nginx serves the build's .br files, is not measured per query: Chromium asks for it over
 *    HTTPS only; the worker and sort file sizes are printed with their .br sizes.)
 *
 * `--skip-build --dist .bench/project-50000/dist --index-of-build`: the site npm run bench built at
 * 50,000 articles, with the index its build wrote. Indexing it again alone would take over half an
 * hour and 11 GB on the shared machine; its indexing time is the build's (bench/build.ts, phase
 * "Pagefind"), so the index table shows only its size.
 *
 * Prints Markdown tables and writes .bench/search-<count>.json. Figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
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
import { SORT_RANKS_FILE } from '../src/lib/search/sort-ranks.ts';
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

type Mode = 'shipped' | 'fold' | 'copy' | 'no-filter';

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

const FILTER_SPAN = /<span data-pagefind-filter="[^"]*">[^<]*<\/span>/g;
const TRANSFORMS: Record<Mode, ((html: string) => string) | undefined> = {
  shipped: undefined,
  fold: foldTransform,
  copy: copyTransform,
  'no-filter': (html) => html.replace(FILTER_SPAN, ''),
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

const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');
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

type Client =
  | 'ours, gzip'
  | 'ours, uncompressed'
  | 'ours, from another page'
  | 'ours, Pagefind prefetched'
  | 'Pagefind UI, gzip';
const CLIENTS: Client[] = [
  'ours, gzip',
  'ours, uncompressed',
  'ours, from another page',
  'ours, Pagefind prefetched',
  'Pagefind UI, gzip',
];

/** The parts of a first search's transfer, by what the file is (the per-file table). */
const PARTS = [
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['Pagefind worker', /\/pagefind\/pagefind-worker\.js$/],
  ['Pagefind WASM', /\/pagefind\/wasm\.[^/]*\.pagefind$/],
  ['Pagefind entry', /\/pagefind\/pagefind-entry\.json$/],
  ['metadata file', /\/pagefind\/[^/]*\.pf_meta$/],
  ['index chunks', /\/pagefind\/index\/[^/]*\.pf_index$/],
  ['filter chunks', /\/pagefind\/filter\/[^/]*\.pf_filter$/],
  ['fragments', /\/pagefind\/fragment\/[^/]*\.pf_fragment$/],
  ['sort file', new RegExp(`/pagefind/${SORT_RANKS_FILE.replace('.', '\\.')}$`)],
  ['Pagefind UI script + CSS', /\/pagefind\/pagefind-ui\.(js|css)$/],
  ['page script', /\/_astro\/[^/]*\.js$/],
  ['CSS', /\.css$/],
  ['images', /\.(avif|webp|jpe?g|png|svg|gif|ico)$/],
] as const;
type Part = (typeof PARTS)[number][0] | 'other';
const partOf = (url: string): Part =>
  PARTS.find(([, pattern]) => pattern.test(new URL(url).pathname))?.[0] ?? 'other';

interface Measurement {
  client: Client;
  /** Bytes and requests per part (Pagefind's worker, reported as 0 bytes, counted in). */
  parts: Partial<Record<Part, { bytes: number; requests: number }>>;
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
  workerBytes: { gzip: number; plain: number; brotli: number },
): Promise<Measurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base =
    client === 'ours, uncompressed'
      ? servers.plain
      : client === 'ours, Pagefind prefetched' || client === 'ours, from another page'
        ? servers.cached
        : servers.gzip;
  if (client === 'ours, from another page') {
    // The reader was on the home page (fonts, CSS in the cache) and typed in the header's box.
    await page.goto(base);
    await page.waitForLoadState('networkidle');
  }
  if (client === 'ours, Pagefind prefetched') {
    // The reader opens the search page (or focuses its box): Pagefind is fetched while they type.
    await page.goto(new URL('tim-kiem/', base).href);
    // Until Pagefind's metadata file has come (the last file of its start): on the loaded machine
    // the network can be idle before the worker asks for it.
    const metadata = page.waitForResponse((response) => response.url().endsWith('.pf_meta'), {
      timeout: 180_000,
    });
    await page.locator(`#${SEARCH_IDS.query}`).focus();
    await metadata;
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
      // A file from the HTTP cache reports -1: nothing transferred.
      .map(async (r) => ({ url: r.url(), bytes: Math.max(0, (await r.sizes()).responseBodySize) })),
  );
  await context.close();
  let pagefindBytes = sized.filter((r) => r.url.includes('/pagefind/')).reduce((a, r) => a + r.bytes, 0);
  let bytes = sized.reduce((a, r) => a + r.bytes, 0);
  let requests = sized.length;
  const parts: Measurement['parts'] = {};
  const add = (part: Part, size: number, count: number) => {
    const sum = (parts[part] ??= { bytes: 0, requests: 0 });
    sum.bytes += size;
    sum.requests += count;
  };
  for (const r of sized) if (partOf(r.url) !== 'Pagefind worker') add(partOf(r.url), r.bytes, 1);
  if (client !== 'ours, Pagefind prefetched') {
    const worker = client === 'ours, uncompressed' ? workerBytes.plain : workerBytes.gzip;
    pagefindBytes += worker;
    bytes += worker;
    requests++;
    add('Pagefind worker', worker, 1);
  }
  return {
    client,
    parts,
    results,
    bytes,
    pagefindBytes,
    requests,
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

// --- scale without a full build (--replicate-from) --------------------------------------------

/**
 * Copies the site built at `from` articles to `dist` with every article page also written under
 * `<slug>-x<k>/` until there are `count`, and indexes it alone into `dist/pagefind` (timed, with
 * the peak RSS of Node + Pagefind). Pagefind's scripts, WASM and their precompressed files are
 * kept; its index files and the sort file are written anew.
 */
/**
 * A page built before the sort file existed (Pagefind sort keys, views as a padded sort_views
 * meta) given this code's search fields instead, so an earlier build can be scaled up while the
 * current one is still building. No change to a page built by this code.
 */
function currentSearchFields(html: string): string {
  return html
    .replace(/<span data-pagefind-sort="[^"]*">[^<]*<\/span>/g, '')
    .replace(/<span data-pagefind-meta="sort_date">[^<]*<\/span>/g, '')
    .replace(
      /<span data-pagefind-meta="sort_views">0*(\d+)<\/span>/g,
      '<span data-pagefind-meta="views">$1</span>',
    );
}

async function replicateSite(source: string, dist: string, count: number) {
  if (!existsSync(source)) throw new Error(`--replicate-from: build ${source} first`);
  rmSync(dist, { recursive: true, force: true });
  cpSync(source, dist, { recursive: true, dereference: true });
  const bundle = path.join(dist, 'pagefind');
  for (const entry of readdirSync(bundle)) {
    if (/^(index|fragment|filter)$|\.pf_meta$|^pagefind-entry\.json|^sort-ranks\.json/.test(entry))
      rmSync(path.join(bundle, entry), { recursive: true, force: true });
  }
  for (const variant of readdirSync(dist))
    if (variant.startsWith('pagefind-')) rmSync(path.join(dist, variant), { recursive: true, force: true });
  const articles = path.join(dist, 'tin-tuc');
  // Article folders (tin-tuc/ also holds the old portal's redirect pages, files such as "x.htm").
  const slugs = readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(articles, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .filter((slug) =>
      readFileSync(path.join(articles, slug, 'index.html'), 'utf8').includes('data-pagefind-body'),
    );
  const copies = Math.ceil(count / slugs.length);
  let pages = slugs.length;
  for (let k = 0; k < copies && pages < count; k++) {
    for (const slug of slugs) {
      if (k > 0 && pages >= count) break;
      const html = currentSearchFields(readFileSync(path.join(articles, slug, 'index.html'), 'utf8'));
      if (k === 0) {
        writeFileSync(path.join(articles, slug, 'index.html'), html);
        continue;
      }
      mkdirSync(path.join(articles, `${slug}-x${k}`), { recursive: true });
      writeFileSync(path.join(articles, `${slug}-x${k}`, 'index.html'), html);
      pages++;
    }
  }
  const result = await run([
    process.execPath,
    'bench/search.ts',
    '--index-only',
    dist,
    '--index-only',
    'shipped',
    '--index-only',
    bundle,
  ]);
  if (result.code !== 0) throw new Error('indexing the replicated site failed');
  const { ms } = JSON.parse(result.out.trim().split('\n').at(-1)!);
  return { source, sourcePages: slugs.length, pages, ms, peakRss: result.peakRss };
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
      'replicate-from': { type: 'string' },
      dist: { type: 'string' },
      query: { type: 'string', multiple: true },
      'index-of-build': { type: 'boolean', default: false },
    },
  });
  if (values['index-only']) {
    const [dist, mode, out] = values['index-only'];
    return indexOnly(dist!, mode as Mode, out!);
  }
  const count = Number(values.count) || 10000;
  const corpus = path.join(root, `.bench/corpus-${count}`);
  // --dist: measure another built site (e.g. one built by this code beside an older one).
  const dist = values.dist ? path.resolve(values.dist) : path.join(root, `.bench/search-dist-${count}`);
  const node = process.execPath;

  let build: { ms: number; peakRss: number; logMs?: number } | undefined;
  const replicateFrom = values['replicate-from'];
  let replicated: Awaited<ReturnType<typeof replicateSite>> | undefined;
  if (replicateFrom) {
    // A count (the site bench/search.ts built for it) or a built site's folder.
    const source = /^\d+$/.test(replicateFrom)
      ? path.join(root, `.bench/search-dist-${replicateFrom}`)
      : path.resolve(replicateFrom);
    replicated = await replicateSite(source, dist, count);
  } else if (!values['skip-build'] || !existsSync(dist)) {
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

  // A replicated site was just indexed alone into its /pagefind/, and --index-of-build measures the
  // one its build wrote: that is the shipped index, not indexed again.
  const indexOfBuild = values['index-of-build'] || replicated !== undefined;
  const variants: { mode: Mode; dir: string }[] = indexOfBuild
    ? []
    : [{ mode: 'shipped', dir: 'pagefind-reindex' }];
  if (values.levers) variants.push({ mode: 'no-filter', dir: 'pagefind-no-filter' });
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
  if (replicated) indexing.shipped = { ms: replicated.ms, peakRss: replicated.peakRss, ...shipped };
  if (values['index-of-build'] && !replicated) indexing.shipped = { ms: NaN, peakRss: NaN, ...shipped };
  if (indexOfBuild) variants.unshift({ mode: 'shipped', dir: 'pagefind' });

  writeDefaultUiPage(dist);
  const worker = readFileSync(path.join(dist, 'pagefind', 'pagefind-worker.js'));
  const workerBr = path.join(dist, 'pagefind', 'pagefind-worker.js.br');
  const workerBytes = {
    plain: worker.length,
    gzip: gzipSync(worker).length,
    brotli: existsSync(workerBr) ? statSync(workerBr).size : brotliCompressSync(worker).length,
  };
  // Absent in a site built before the sort file existed (measured as the "before" figures).
  const sortPath = path.join(dist, 'pagefind', SORT_RANKS_FILE);
  const sortFile = existsSync(sortPath) ? readFileSync(sortPath) : undefined;
  const sortRanks = sortFile && {
    plain: sortFile.length,
    gzip: gzipSync(sortFile).length,
    brotli: brotliCompressSync(sortFile).length,
  };
  const gzip = await startBenchServer(dist, { compress: true, cache: false });
  const plain = await startBenchServer(dist, { compress: false, cache: false });
  const cached = await startBenchServer(dist, { compress: true, cache: true });
  const browser = await launchBrowser();
  const loadAtStart = loadAverage();
  const queries: {
    label: string;
    q: string;
    clients: (Measurement & { allMs: number[] })[];
    bundles: Record<string, { bytes: number; results: number; ms: number }>;
  }[] = [];
  try {
    for (const { label, q } of QUERIES.filter(({ q }) => !values.query || values.query.includes(q))) {
      // Several runs, the clients alternating within each, so that a change in the shared
      // machine's load hits ours and the baseline alike; the median run of each is reported.
      const runs = new Map<Client, Measurement[]>(CLIENTS.map((client) => [client, []]));
      for (let i = 0; i < Number(values.runs); i++)
        for (const client of CLIENTS)
          runs
            .get(client)!
            .push(
              await measureQuery(
                browser,
                { gzip: gzip.url, plain: plain.url, cached: cached.url },
                client,
                q,
                workerBytes,
              ),
            );
      const clients = CLIENTS.map((client) => {
        const sorted = runs.get(client)!.sort((a, b) => a.msToResults - b.msToResults);
        return { ...sorted[Math.floor(sorted.length / 2)]!, allMs: sorted.map((m) => m.msToResults) };
      });
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
  if (replicated)
    lines.push(
      `Site: the build of ${replicated.sourcePages} articles (${path.relative(root, replicated.source)}) with each article page written again under distinct URLs up to ${replicated.pages} article pages, indexed alone into its /pagefind/ — not a full ${count}-article build (pages of a build made before the sort file get this code's search fields; its scripts are that build's).`,
      '',
    );
  if (values['index-of-build'] && !replicated)
    lines.push(
      `Index: the one the site's build wrote into ${path.relative(root, dist)}/pagefind, not indexed again here (indexing time and peak memory: the build's).`,
      '',
    );
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
      `| ${mode} | ${Number.isNaN(r.ms) ? '—' : `${(r.ms / 1000).toFixed(1)} s`} | ${Number.isNaN(r.peakRss) ? '—' : mb(r.peakRss)} | ${mb(r.bytes)} | ${r.files} | ${kb(r.meta)} | ${mb(r.fragments)} |`,
    );
  }
  lines.push(
    '',
    `Shipped bundle in dist/pagefind: ${mb(shipped.bytes)} in ${shipped.files} files; worker script ${kb(workerBytes.plain)} (${kb(workerBytes.gzip)} gzip, ${kb(workerBytes.brotli)} br), counted in below (one request) because Chromium reports it as 0 bytes.`,
    '',
    sortRanks
      ? `Sort file (${SORT_RANKS_FILE}, fetched only when the reader sorts by date or views): ${kb(sortRanks.plain)} (${kb(sortRanks.gzip)} gzip, ${kb(sortRanks.brotli)} br).`
      : `No ${SORT_RANKS_FILE}: a site built with Pagefind sort keys.`,
    '',
  );
  lines.push(
    `Load average (1/5/15 min) at the start of the browser part: ${loadAtStart}; at the end: ${loadAverage()}. ${values.runs} run(s) per client, alternating; times are medians, ratio = ours ÷ Pagefind's default UI (median times of the same runs).`,
    '',
    '| query | client | results | transferred after HTML | of which Pagefind | requests | first results since navigation (median; all runs) | ratio to default UI | script start → results | loading Pagefind | our searches + ranking |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const { label, q, clients } of queries) {
    const baseline = clients.find((m) => m.client === 'Pagefind UI, gzip')!.msToResults;
    for (const m of clients) {
      lines.push(
        `| ${label}: "${q}" | ${m.client} | ${m.results} | ${kb(m.bytes)} | ${kb(m.pagefindBytes)} | ${m.requests} | ${m.msToResults} ms (${m.allMs.join(', ')}) | ${(m.msToResults / baseline).toFixed(2)}× | ${m.searchMs} ms | ${m.pagefindMs ?? '—'} ms | ${m.rankMs ?? '—'} ms |`,
      );
    }
  }
  // Where the bytes of the typical query go, per part and client (median run).
  const typical = queries[0]!;
  const partNames = [...PARTS.map(([name]) => name), 'other' as const].filter((part) =>
    typical.clients.some((m) => m.parts[part]),
  );
  lines.push(
    '',
    `Per part, ${typical.label}: "${typical.q}" (KB transferred / requests):`,
    '',
    `| part | ${typical.clients.map((m) => m.client).join(' | ')} |`,
    `| --- | ${typical.clients.map(() => '---').join(' | ')} |`,
  );
  for (const part of partNames)
    lines.push(
      `| ${part} | ${typical.clients
        .map((m) => (m.parts[part] ? `${kb(m.parts[part].bytes)} / ${m.parts[part].requests}` : '—'))
        .join(' | ')} |`,
    );
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
    JSON.stringify({ count, build, indexing, shipped, workerBytes, sortRanks, queries }, null, 2),
  );
}

if (import.meta.main) await main();
