/**
 * View-count rebuild benchmark: builds a synthetic corpus three times with the same cache dir
 *   1. "first"     — snapshot A, empty cache (primes Astro's content store and the views store)
 *   2. "unchanged" — snapshot A again: the views loader should find the same digest and do nothing
 *   3. "fresh"     — snapshot B, every count changed
 * and prints wall time per build, the views loader's own log line, and which output files changed
 * between builds 2 and 3 (feeds and the search index should not).
 *
 *   node bench/views.ts [--count 10000]
 *
 * Uses .bench/corpus-<N> (generated with bench/corpus/generate.ts when missing) and writes
 * everything else under .bench/views-<N>/. Builds go through scripts/build.ts (serialised by its lock).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleSlugs } from '../src/lib/views/known.ts';
import { serializeSnapshot } from '../src/lib/views/resolve.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const corpus = path.join(root, '.bench', `corpus-${count}`);
const work = path.join(root, '.bench', `views-${count}`);
const cache = path.join(work, 'cache');
const dist = path.join(work, 'dist');

if (!existsSync(path.join(corpus, 'news'))) {
  const gen = spawnSync(
    process.execPath,
    ['bench/corpus/generate.ts', '--count', String(count), '--out', corpus],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (gen.status !== 0) process.exit(gen.status ?? 1);
}

// Deterministic counts: A from a hash of the slug, B = A + 1..50 for every article.
const slugs = [...listArticleSlugs(path.join(corpus, 'news'))].sort();
const hashNumber = (text: string) => createHash('sha1').update(text).digest().readUInt32BE(0);
const snapshotA = new Map(slugs.map((slug) => [slug, hashNumber(slug) % 5000]));
const snapshotB = new Map(
  slugs.map((slug) => [slug, snapshotA.get(slug)! + 1 + (hashNumber(`b:${slug}`) % 50)]),
);
mkdirSync(work, { recursive: true });
const fileA = path.join(work, 'view-counts-a.json');
const fileB = path.join(work, 'view-counts-b.json');
writeFileSync(fileA, serializeSnapshot(snapshotA));
writeFileSync(fileB, serializeSnapshot(snapshotB));
rmSync(cache, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });

function build(snapshot: string): Promise<{ seconds: number; log: string; status: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: {
        ...process.env,
        CEMA_CONTENT_DIR: corpus,
        CEMA_DIST: dist,
        CEMA_CACHE_DIR: cache,
        CEMA_BUILD_TIME: '2026-01-01T00:00:00+07:00',
        CEMA_VIEWS_SOURCE: 'file',
        CEMA_VIEWS_FILE: snapshot,
      },
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c));
    child.stderr.on('data', (c: Buffer) => (log += c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ seconds: (performance.now() - started) / 1000, log, status: code ?? 1 }),
    );
  });
}

function hashes(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    map.set(path.relative(dir, file), createHash('sha1').update(readFileSync(file)).digest('hex'));
  }
  return map;
}

function kind(file: string): string {
  if (file.startsWith('pagefind/')) return 'search index (pagefind/)';
  if (file.endsWith('.xml')) return 'feeds and sitemaps (*.xml)';
  if (file.startsWith('tin-tuc/')) return 'article pages';
  if (file.startsWith('chuyen-muc/')) return 'category listings';
  if (file.startsWith('tu-khoa/')) return 'tag listings';
  if (file.startsWith('_astro/')) return 'assets (_astro/)';
  if (file === 'index.html') return 'home page';
  return 'other';
}

const runs: { name: string; snapshot: string }[] = [
  { name: 'first (empty cache, snapshot A)', snapshot: fileA },
  { name: 'unchanged counts (snapshot A again)', snapshot: fileA },
  { name: 'fresh snapshot (snapshot B, all counts changed)', snapshot: fileB },
];
const results: { name: string; seconds: number; loader: string }[] = [];
let before: Map<string, string> | undefined;
let diff: Map<string, [number, number]> | undefined;
const changedFiles = new Map<string, string[]>();
for (const [i, run] of runs.entries()) {
  const result = await build(run.snapshot);
  if (result.status !== 0) {
    console.error(result.log.slice(-4000));
    throw new Error(`build "${run.name}" failed`);
  }
  const loader =
    result.log.split('\n').find((line) => line.includes('[cema-views-loader]')) ?? '(no views loader line)';
  results.push({
    name: run.name,
    seconds: result.seconds,
    loader: loader.replace(/^\S+ \[cema-views-loader\] /, ''),
  });
  console.log(`${run.name}: ${result.seconds.toFixed(1)} s`);
  if (i === 1) before = hashes(dist);
  if (i === 2 && before) {
    const after = hashes(dist);
    diff = new Map();
    for (const [file, hash] of after) {
      const k = kind(file);
      const [changed, total] = diff.get(k) ?? [0, 0];
      diff.set(k, [changed + (before.get(file) === hash ? 0 : 1), total + 1]);
      if (before.get(file) !== hash) changedFiles.set(k, [...(changedFiles.get(k) ?? []), file]);
    }
  }
}

console.log(
  `\n## View counts rebuild, ${slugs.length} articles (node ${process.version}, ${new Date().toISOString()})\n`,
);
console.log('| Build | Wall time | Views loader |');
console.log('| --- | ---: | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.seconds.toFixed(1)} s | ${r.loader} |`);
if (diff) {
  console.log('\nFiles changed between "unchanged" and "fresh snapshot":\n');
  console.log('| Output | Changed | Total |');
  console.log('| --- | ---: | ---: |');
  for (const [k, [changed, total]] of [...diff].sort()) {
    const files = changedFiles.get(k) ?? [];
    const names = files.length > 0 && files.length <= 5 ? ` (${files.join(', ')})` : '';
    console.log(`| ${k}${names} | ${changed} | ${total} |`);
  }
}
