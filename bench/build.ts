/**
 * Build benchmark: the project against a bare Astro + Pagefind baseline, on the same generated
 * corpus, with the same Astro.
 *
 *   node bench/build.ts [--count 1000,10000] [--large] [--modes cold,warm,edit] [--runs 1] [--seed 42]
 *   (npm run bench; --large adds 20000 and 50000)
 *
 * For each N: generates `.bench/corpus-N` (reused when its marker says same N, seed and generator
 * hash), then builds it, alternating A/B (project, baseline; the order flips on every repetition):
 *   project  — `node scripts/build.ts` (its staging folder, swap, Pagefind inside astro:build:done)
 *   baseline — `astro build --root bench/baseline` (glob loader, one page per article, an index page)
 *              then the Pagefind CLI over its dist (`pagefind --site`)
 * in three modes, in this order, each system keeping its own output and cache folders:
 *   cold — output and cache deleted, `--force` (Astro drops its content-layer store)
 *   warm — the same build again, nothing changed
 *   edit — one article's body changed (restored at the end), built again
 *
 * Measured per build: wall time; CPU time of the whole process tree (user + system: the larger of
 * `/usr/bin/time`'s figure, which counts waited-for descendants, and the sum of the last /proc
 * reading of every process seen in the tree, which also counts a service killed at exit);
 * peak RSS summed over the process tree (sampled from /proc every 250 ms); and phases, from the
 * arrival time of Astro's own log lines ("Syncing content", "Synced content", "Building static
 * entrypoints", "generating static routes", "page(s) built in"). Prints one table per N and
 * appends each row to `.bench/results-<yyyy-mm-dd>.json` as soon as its build has ended.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR_HASH, GENERATOR_VERSION, generateCorpus, readCorpusMarker } from './corpus/generate.ts';
import { sampleTree } from './lib/process-tree.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, '.bench');
const BASELINE_ROOT = path.join(ROOT, 'bench', 'baseline');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules', '.bin', 'pagefind');
const BUILD_TIME = '2026-01-01T00:00:00+07:00';

export type System = 'project' | 'baseline';
export type Mode = 'cold' | 'warm' | 'edit';
const MODES: readonly Mode[] = ['cold', 'warm', 'edit'];

/** Phases of one build, in seconds (absent when its marker lines did not appear). */
export type Phases = Partial<Record<PhaseName, number>>;
export type PhaseName = 'startup' | 'content' | 'setup' | 'bundle' | 'render' | 'after' | 'pagefind';

export const PHASE_LABELS: Record<PhaseName, string> = {
  startup: 'start-up (config, Vite)',
  content: 'content sync (loaders)',
  setup: 'types + build info',
  bundle: 'bundle (Vite, data-store module)',
  render: 'render pages',
  after: 'after render (build:done hooks, swap)',
  pagefind: 'Pagefind',
};

export interface Row {
  count: number;
  system: System;
  mode: Mode;
  run: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeBytes: number;
  htmlPages: number;
  phases: Phases;
  date: string;
}

interface Timed {
  /** Seconds since the start of the process. */
  at: number;
  line: string;
}

interface RunResult {
  code: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeBytes: number;
  lines: Timed[];
}

const TIME_MARK = '__bench_time__';

/** Runs `argv` under /usr/bin/time, sampling the tree's memory and time-stamping every output line. */
function run(argv: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/usr/bin/time', ['-f', `${TIME_MARK} %e %U %S`, ...argv], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = performance.now();
    const lines: Timed[] = [];
    const reader = () => {
      let rest = '';
      return (chunk: Buffer) => {
        const at = (performance.now() - started) / 1000;
        const parts = (rest + chunk.toString('utf8')).split('\n');
        rest = parts.pop()!;
        for (const line of parts) lines.push({ at, line });
      };
    };
    child.stdout.on('data', reader());
    child.stderr.on('data', reader());
    let peakTreeBytes = 0;
    // Last CPU reading of every process seen in the tree: counts the processes /usr/bin/time
    // cannot (those never waited for, such as a service killed at exit).
    const cpuSeen = new Map<number, number>();
    const timer = setInterval(() => {
      if (!child.pid) return;
      const sample = sampleTree(child.pid);
      peakTreeBytes = Math.max(peakTreeBytes, sample.rssBytes);
      for (const [pid, cpu] of sample.cpuSecondsByPid) cpuSeen.set(pid, cpu);
    }, 250);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      const times = lines.find((l) => l.line.startsWith(TIME_MARK))?.line.split(' ');
      resolvePromise({
        code: code ?? 1,
        wallSeconds,
        cpuSeconds: Math.max(
          times ? Number(times[2]) + Number(times[3]) : 0,
          [...cpuSeen.values()].reduce((a, b) => a + b, 0),
        ),
        peakTreeBytes,
        lines: lines.filter((l) => !l.line.startsWith(TIME_MARK)),
      });
    });
  });
}

/** Phase boundaries: the first line matching each marker. */
const MARKERS = {
  syncing: /\[content\] Syncing content/,
  synced: /\[content\] Synced content/,
  entrypoints: /\[build\] Building static entrypoints/,
  routes: /generating static routes/,
  built: /\[build\] \d+ page\(s\) built in/,
} as const;

/** Phases of an Astro build from its time-stamped log (`end`: when the process ended). */
export function astroPhases(lines: readonly Timed[], end: number): Phases {
  const at = (re: RegExp, from = 0) => lines.find((l) => l.at >= from && re.test(l.line))?.at;
  const syncing = at(MARKERS.syncing);
  const synced = at(MARKERS.synced);
  const entrypoints = at(MARKERS.entrypoints);
  const routes = at(MARKERS.routes);
  // Rendering ends at the first "✓ Completed in" after the routes line.
  const rendered = routes === undefined ? undefined : at(/✓ Completed in/, routes);
  const built = at(MARKERS.built);
  const span = (a?: number, b?: number) => (a !== undefined && b !== undefined ? b - a : undefined);
  const phases: Phases = {
    startup: syncing,
    content: span(syncing, synced),
    setup: span(synced, entrypoints),
    bundle: span(entrypoints, routes),
    render: span(routes, rendered),
    after: span(rendered, built === undefined ? undefined : end),
  };
  // The project's integration reports its own indexing time.
  const pagefind = lines.find((l) => /Pagefind: \d+ .* (\d+) ms/.test(l.line));
  if (pagefind) phases.pagefind = Number(/(\d+) ms/.exec(pagefind.line)![1]) / 1000;
  return Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined));
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

function failure(label: string, result: RunResult): Error {
  const tail = result.lines
    .slice(-40)
    .map((l) => l.line)
    .join('\n');
  return new Error(`${label} failed (exit ${result.code}). Last lines:\n${tail}`);
}

interface Folders {
  corpus: string;
  dist: string;
  cache: string;
}

async function buildProject(f: Folders, mode: Mode): Promise<Omit<Row, 'count' | 'run' | 'date'>> {
  if (mode === 'cold') {
    rmSync(f.dist, { recursive: true, force: true });
    rmSync(f.cache, { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    CEMA_CONTENT_DIR: f.corpus,
    CEMA_DIST: f.dist,
    CEMA_CACHE_DIR: f.cache,
    CEMA_BUILD_TIME: BUILD_TIME,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const r = await run([process.execPath, 'scripts/build.ts', ...(mode === 'cold' ? ['--force'] : [])], env);
  if (r.code !== 0) throw failure(`project build (${mode})`, r);
  return {
    system: 'project',
    mode,
    wallSeconds: r.wallSeconds,
    cpuSeconds: r.cpuSeconds,
    peakTreeBytes: r.peakTreeBytes,
    htmlPages: countHtml(f.dist),
    phases: astroPhases(r.lines, r.wallSeconds),
  };
}

async function buildBaseline(f: Folders, mode: Mode): Promise<Omit<Row, 'count' | 'run' | 'date'>> {
  if (mode === 'cold') {
    rmSync(f.dist, { recursive: true, force: true });
    rmSync(f.cache, { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    BASELINE_CONTENT_DIR: f.corpus,
    BASELINE_OUT_DIR: f.dist,
    BASELINE_CACHE_DIR: f.cache,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = await run(
    [process.execPath, ASTRO, 'build', '--root', BASELINE_ROOT, ...(mode === 'cold' ? ['--force'] : [])],
    env,
  );
  if (astro.code !== 0) throw failure(`baseline astro build (${mode})`, astro);
  const index = await run([PAGEFIND, '--site', f.dist], env);
  if (index.code !== 0) throw failure(`baseline pagefind (${mode})`, index);
  return {
    system: 'baseline',
    mode,
    wallSeconds: astro.wallSeconds + index.wallSeconds,
    cpuSeconds: astro.cpuSeconds + index.cpuSeconds,
    peakTreeBytes: Math.max(astro.peakTreeBytes, index.peakTreeBytes),
    htmlPages: countHtml(f.dist),
    phases: { ...astroPhases(astro.lines, astro.wallSeconds), pagefind: index.wallSeconds },
  };
}

/** The corpus for N articles, generated unless a matching one is there. */
function ensureCorpus(count: number, seed: number): string {
  const dir = path.join(BENCH, `corpus-${count}`);
  const marker = readCorpusMarker(dir);
  if (
    marker?.count === count &&
    marker.seed === seed &&
    marker.version === GENERATOR_VERSION &&
    marker.hash === GENERATOR_HASH
  ) {
    console.log(`corpus-${count}: reusing ${path.relative(ROOT, dir)}`);
  } else {
    const stats = generateCorpus({ count, seed, out: dir });
    console.log(`corpus-${count}: generated in ${(stats.ms / 1000).toFixed(1)} s`);
  }
  return dir;
}

/** A published article of the corpus (the same one every time), to edit in "edit" mode. */
function articleToEdit(corpus: string): string {
  const news = path.join(corpus, 'news');
  for (const year of readdirSync(news).sort().reverse()) {
    for (const slug of readdirSync(path.join(news, year)).sort()) {
      const file = path.join(news, year, slug, 'index.md');
      if (!/^draft: true$/m.test(readFileSync(file, 'utf8'))) return file;
    }
  }
  throw new Error(`${corpus}: no published article to edit`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const secs = (s: number | undefined) => (s === undefined || Number.isNaN(s) ? '—' : `${s.toFixed(1)} s`);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** One build's phases on its progress line, so a run stopped before its tables still has them. */
export function formatPhases(phases: Phases): string {
  return (Object.keys(PHASE_LABELS) as PhaseName[])
    .filter((phase) => phases[phase] !== undefined)
    .map((phase) => `${phase} ${secs(phases[phase])}`)
    .join(', ');
}

/** Appends one row to the results file as soon as its build has ended (a 50k pair runs for hours). */
function saveRow(file: string, row: Row): void {
  const previous: Row[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  writeFileSync(file, `${JSON.stringify([...previous, row], null, 2)}\n`);
}

/** The printed tables for one N: totals per mode, then phases (medians over the runs). */
export function formatTables(count: number, rows: readonly Row[]): string {
  const of = (system: System, mode: Mode) => rows.filter((r) => r.system === system && r.mode === mode);
  const modes = MODES.filter((m) => of('project', m).length && of('baseline', m).length);
  const out: string[] = [];
  const pages = rows.find((r) => r.system === 'project')?.htmlPages ?? 0;
  const basePages = rows.find((r) => r.system === 'baseline')?.htmlPages ?? 0;
  const runs = Math.max(...rows.map((r) => r.run)) + 1;
  out.push(
    `\n### N = ${count} (project ${pages} HTML pages, baseline ${basePages}; ${runs === 1 ? 'one run' : `median of ${runs} runs`})\n`,
  );
  out.push(
    '| mode | wall, project | wall, baseline | wall ratio | CPU, project | CPU, baseline | CPU ratio | peak tree RSS, project | peak tree RSS, baseline | vs project cold |',
  );
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const projectCold = median(of('project', 'cold').map((r) => r.wallSeconds));
  for (const mode of modes) {
    const m = (system: System, key: 'wallSeconds' | 'cpuSeconds' | 'peakTreeBytes') =>
      median(of(system, mode).map((r) => r[key]));
    out.push(
      `| ${mode} | ${secs(m('project', 'wallSeconds'))} | ${secs(m('baseline', 'wallSeconds'))} | ${ratio(m('project', 'wallSeconds'), m('baseline', 'wallSeconds'))} | ` +
        `${secs(m('project', 'cpuSeconds'))} | ${secs(m('baseline', 'cpuSeconds'))} | ${ratio(m('project', 'cpuSeconds'), m('baseline', 'cpuSeconds'))} | ` +
        `${gib(m('project', 'peakTreeBytes'))} | ${gib(m('baseline', 'peakTreeBytes'))} | ${mode === 'cold' ? '1.00×' : ratio(m('project', 'wallSeconds'), projectCold)} |`,
    );
  }
  out.push('');
  out.push(`| phase | ${modes.flatMap((m) => [`${m}, project`, `${m}, baseline`]).join(' | ')} |`);
  out.push(`|---|${modes.flatMap(() => ['---:', '---:']).join('|')}|`);
  for (const phase of Object.keys(PHASE_LABELS) as PhaseName[]) {
    const cells = modes.flatMap((mode) =>
      (['project', 'baseline'] as const).map((system) => {
        const values = of(system, mode)
          .map((r) => r.phases[phase])
          .filter((v): v is number => v !== undefined);
        return values.length ? secs(median(values)) : '—';
      }),
    );
    out.push(`| ${PHASE_LABELS[phase]} | ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

function optionsFromArgs(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: 'string', default: '1000,10000' },
      large: { type: 'boolean', default: false },
      modes: { type: 'string', default: MODES.join(',') },
      runs: { type: 'string', default: '1' },
      seed: { type: 'string', default: '42' },
    },
  });
  const counts = values.count.split(',').map((s) => Number(s.trim()));
  if (values.large) counts.push(20_000, 50_000);
  if (counts.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad --count: ${values.count}`);
  const modes = values.modes.split(',').map((s) => s.trim()) as Mode[];
  for (const m of modes) if (!MODES.includes(m)) throw new Error(`bad --modes: ${m} (cold, warm, edit)`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bad --runs: ${values.runs}`);
  // Warm and edit builds start from the previous build's output and cache.
  if (modes[0] !== 'cold') throw new Error('--modes must start with cold');
  return { counts, modes, runs, seed: Number(values.seed) };
}

async function main(): Promise<void> {
  const { counts, modes, runs, seed } = optionsFromArgs(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  const date = new Date().toISOString();
  console.log(
    `## Build benchmark (node ${process.version}, ${date}, load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const file = path.join(BENCH, `results-${date.slice(0, 10)}.json`);
  for (const count of counts) {
    const corpus = ensureCorpus(count, seed);
    const folders = (system: System): Folders => ({
      corpus,
      dist: path.join(BENCH, `${system}-${count}`, 'dist'),
      cache: path.join(BENCH, `${system}-${count}`, 'cache'),
    });
    const edited = articleToEdit(corpus);
    const original = readFileSync(edited);
    const rows: Row[] = [];
    try {
      for (let rep = 0; rep < runs; rep++) {
        const order: System[] = rep % 2 === 0 ? ['project', 'baseline'] : ['baseline', 'project'];
        for (const mode of modes) {
          // Both systems see the same one-article change relative to their previous build.
          if (mode === 'edit')
            writeFileSync(edited, `${original.toString('utf8')}\nĐoạn sửa thêm cho lần chạy ${rep + 1}.\n`);
          for (const system of order) {
            process.stdout.write(`N=${count} run ${rep + 1}/${runs} ${mode} ${system} … `);
            const build = system === 'project' ? buildProject : buildBaseline;
            const row: Row = { count, run: rep, date, ...(await build(folders(system), mode)) };
            rows.push(row);
            console.log(
              `${row.wallSeconds.toFixed(1)} s wall, ${row.cpuSeconds.toFixed(1)} s CPU, ${gib(row.peakTreeBytes)}; ${formatPhases(row.phases)}`,
            );
            saveRow(file, row);
          }
        }
      }
    } finally {
      writeFileSync(edited, original);
    }
    console.log(`${formatTables(count, rows)}\n`);
  }
  console.log(`Rows appended to ${path.relative(ROOT, file)}`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
