/**
 * Build benchmark on synthetic corpora.
 *
 *   node scripts/bench-build.ts [--count 1000,10000] [--seed 42] [--keep] [--warm]
 *
 * For each N: generates `.bench/corpus-N` (reused when its .corpus.json says same N, seed and
 * generator version/source hash), then builds the site from it with
 *   CEMA_CONTENT_DIR=<abs .bench/corpus-N>  CEMA_OUT_DIR=<abs .bench/dist-N>
 *   CEMA_CACHE_DIR=<abs .bench/cache-N>     CEMA_BUILD_TIME=2026-01-01T00:00:00+07:00
 * plus CEMA_DIST=<abs .bench/dist-N> (the final folder of scripts/build.ts).
 * The build command is `node scripts/build.ts` when that file exists, otherwise Astro's own build
 * (`astro build`) called through Astro's JS API so that `cacheDir` can point at `.bench/cache-N`.
 *
 * Cold run ("fresh state"): before it we delete `.bench/dist-N` and `.bench/cache-N` and build with
 * `--force` (Astro clears its content-layer cache: the data store in cacheDir). With scripts/build.ts,
 * Astro's cacheDir is the working tree's shared `node_modules/.astro` unless astro.config.mjs honours
 * CEMA_CACHE_DIR (which we set); we do NOT delete `node_modules/.astro` or `.astro/` ourselves because
 * other builds may be running in the same tree (`.astro/` only holds generated type declarations,
 * and the synthetic corpus has no images, so the image cache plays no part).
 * Warm run (--warm): the same build again without clearing anything.
 *
 * Measured: wall time; peak RSS of the largest process (`/usr/bin/time -v`, "Maximum resident set
 * size"); peak RSS summed over the whole process tree (sampled from /proc every 250 ms); HTML pages
 * in the output; pages/s; output size and file count. Prints a Markdown table and writes the rows
 * to `.bench/results-<yyyy-mm-dd>.json` (appending to the day's file).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeRss } from './lib/process-tree.ts';
import { GENERATOR_HASH, GENERATOR_VERSION, generateCorpus, readCorpusMarker } from './corpus/generate.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BENCH = join(ROOT, '.bench');
const BUILD_TIME = '2026-01-01T00:00:00+07:00';

export interface BenchRow {
  count: number;
  run: 'cold' | 'warm';
  command: string;
  corpus: 'generated' | 'reused';
  wallSeconds: number;
  maxRssProcessBytes: number | null;
  peakTreeRssBytes: number;
  htmlPages: number;
  pagesPerSecond: number;
  distBytes: number;
  distFiles: number;
  date: string;
  node: string;
}

function human(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

function walk(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) stack.push(p);
      else if (ent.isFile()) {
        files++;
        bytes += statSync(p).size;
        if (ent.name.endsWith('.html')) html++;
      }
    }
  }
  return { bytes, files, html };
}

function buildCommand(cacheDir: string, force: boolean): { argv: string[]; label: string } {
  if (existsSync(join(ROOT, 'scripts', 'build.ts'))) {
    // The project's build (staging folder + swap into CEMA_DIST); extra args go to `astro build`.
    const argv = ['node', 'scripts/build.ts', ...(force ? ['--force'] : [])];
    return { argv, label: argv.slice(1).join(' ') };
  }
  // Same as `astro build [--force]`, plus cacheDir so we never touch the shared node_modules/.astro.
  const code =
    `import { build } from 'astro';` +
    `await build({ root: ${JSON.stringify(ROOT)}, cacheDir: ${JSON.stringify(cacheDir)}, force: ${force} });`;
  return {
    argv: ['node', '--input-type=module', '-e', code],
    label: `astro build${force ? ' --force' : ''} (cacheDir .bench/cache-N)`,
  };
}

interface RunResult {
  code: number;
  wallSeconds: number;
  maxRss: number | null;
  peakTree: number;
  output: string;
}

function run(argv: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const hasTime = existsSync('/usr/bin/time');
    const full = hasTime ? ['/usr/bin/time', '-v', ...argv] : argv;
    const t0 = performance.now();
    const child = spawn(full[0]!, full.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    let size = 0;
    const keep = (b: Buffer): void => {
      chunks.push(b.toString('utf8'));
      size += b.length;
      // Keep only the recent output (for the failure tail) without unbounded memory.
      while (size > 2_000_000 && chunks.length > 1) size -= Buffer.byteLength(chunks.shift()!);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakTree = 0;
    const sample = (): void => {
      if (child.pid) peakTree = Math.max(peakTree, treeRss(child.pid));
    };
    const timer = setInterval(sample, 250);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - t0) / 1000;
      const output = chunks.join('');
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      resolvePromise({
        code: code ?? 1,
        wallSeconds,
        maxRss: m ? Number(m[1]) * 1024 : null,
        peakTree,
        output,
      });
    });
  });
}

function parseArgs(argv: string[]): { counts: number[]; seed: number; keep: boolean; warm: boolean } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const counts = (get('count') ?? '1000,10000').split(',').map((s) => Number(s.trim()));
  if (counts.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad --count: ${get('count')}`);
  return {
    counts,
    seed: Number(get('seed') ?? 42),
    keep: argv.includes('--keep'),
    warm: argv.includes('--warm'),
  };
}

function table(rows: BenchRow[]): string {
  const head =
    '| N | run | wall (s) | max RSS, largest process | peak RSS, process tree | HTML pages | pages/s | output size | output files |\n' +
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|\n';
  return (
    head +
    rows
      .map(
        (r) =>
          `| ${r.count} | ${r.run} | ${r.wallSeconds.toFixed(1)} | ${r.maxRssProcessBytes === null ? 'n/a' : human(r.maxRssProcessBytes)} | ` +
          `${human(r.peakTreeRssBytes)} | ${r.htmlPages} | ${r.pagesPerSecond.toFixed(1)} | ${human(r.distBytes)} (${r.distBytes} B) | ${r.distFiles} |`,
      )
      .join('\n')
  );
}

async function main(): Promise<void> {
  const { counts, seed, keep, warm } = parseArgs(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  const rows: BenchRow[] = [];
  const date = new Date().toISOString();

  for (const count of counts) {
    const corpusDir = join(BENCH, `corpus-${count}`);
    const distDir = join(BENCH, `dist-${count}`);
    const cacheDir = join(BENCH, `cache-${count}`);
    const marker = readCorpusMarker(corpusDir);
    let corpus: BenchRow['corpus'] = 'reused';
    if (
      !marker ||
      marker.count !== count ||
      marker.seed !== seed ||
      marker.version !== GENERATOR_VERSION ||
      marker.hash !== GENERATOR_HASH
    ) {
      const s = generateCorpus({ count, seed, out: corpusDir });
      console.log(`corpus-${count}: generated ${count} articles in ${(s.ms / 1000).toFixed(2)} s`);
      corpus = 'generated';
    } else {
      console.log(`corpus-${count}: reusing ${corpusDir}`);
    }

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CEMA_CONTENT_DIR: corpusDir,
      CEMA_OUT_DIR: distDir, // read by astro.config.mjs (scripts/build.ts overrides it with its staging folder)
      CEMA_DIST: distDir, // final folder of scripts/build.ts: without it the bench would replace ./dist
      CEMA_CACHE_DIR: cacheDir,
      CEMA_BUILD_TIME: process.env.CEMA_BUILD_TIME ?? BUILD_TIME,
      ASTRO_TELEMETRY_DISABLED: '1',
    };

    const runs: BenchRow['run'][] = warm ? ['cold', 'warm'] : ['cold'];
    for (const kind of runs) {
      if (kind === 'cold') {
        rmSync(distDir, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
      }
      const cmd = buildCommand(cacheDir, kind === 'cold');
      console.log(`build N=${count} (${kind}): ${cmd.label} …`);
      const r = await run(cmd.argv, env);
      if (r.code !== 0 || !existsSync(distDir)) {
        const tail = r.output.trimEnd().split('\n').slice(-60).join('\n');
        console.error(
          `\nBuild failed for N=${count} (${kind}), exit code ${r.code}. Last lines of output:\n${tail}`,
        );
        process.exit(1);
      }
      const d = walk(distDir);
      rows.push({
        count,
        run: kind,
        command: cmd.label,
        corpus,
        wallSeconds: r.wallSeconds,
        maxRssProcessBytes: r.maxRss,
        peakTreeRssBytes: r.peakTree,
        htmlPages: d.html,
        pagesPerSecond: d.html / r.wallSeconds,
        distBytes: d.bytes,
        distFiles: d.files,
        date,
        node: process.version,
      });
      console.log(`  ${r.wallSeconds.toFixed(1)} s, ${d.html} HTML pages`);
    }
    if (!keep) rmSync(distDir, { recursive: true, force: true });
  }

  console.log(`\n${table(rows)}\n`);
  const file = join(BENCH, `results-${date.slice(0, 10)}.json`);
  let previous: BenchRow[] = [];
  try {
    previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    /* first run of the day */
  }
  writeFileSync(file, `${JSON.stringify([...previous, ...rows], null, 2)}\n`);
  console.log(`Results appended to ${file}`);
}

main().catch((err) => {
  console.error(`bench-build: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
