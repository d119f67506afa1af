/**
 * Benchmark of the legacy importer at the scale of the old portal: generates N synthetic
 * old-portal pages (every page shape the importer reads: 24- and 12-hour date lines, "View
 * count"/"Lượt xem", print/email tails, the three source forms, old URLs, lost-photo captions),
 * then times, in a temporary folder:
 *   bare I/O   reading each page and writing one file per article folder, with the importer's
 *              own synchronous calls (the floor: what any importer must do)
 *   import     into an empty content folder
 *   re-import  the same pages again (every article found, merged, validated, nothing written)
 *   update     after staff edited 10 % of the articles and the portal changed another 10 %
 * Each phase is printed with its ratio to the floor measured in the same run.
 *
 *   node bench/import-legacy.ts [--count 10000] [--jobs N] [--keep]
 *   node bench/import-legacy.ts --against <git-ref> [--rounds 2] [--count 10000] [--jobs N]
 *
 * --against runs this benchmark alternately (before, after, after, before, …) on the importer of
 * <git-ref> (a temporary git worktree) and on this tree's, each run in its own process with its
 * own floor, and prints both side by side: on a shared machine only figures measured
 * alternately, minutes apart, compare.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { importLegacy as ImportLegacy, ImportSummary } from '../tools/legacy/import.ts';

const OPENINGS = [
  'Ủy ban Dân tộc tổ chức hội nghị',
  'Đoàn công tác của Ủy ban Dân tộc làm việc với',
  'Bộ trưởng, Chủ nhiệm chủ trì buổi làm việc với',
  'Lãnh đạo Ủy ban Dân tộc kiểm tra tình hình',
];
const TOPICS = [
  'triển khai Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số',
  'thực hiện chính sách đối với người có uy tín',
  'hỗ trợ đất ở, đất sản xuất và nước sinh hoạt',
  'giải ngân vốn đầu tư công',
  'công tác dân tộc và chính sách dân tộc',
  'chuyển đổi số trong quản lý chương trình',
];
const PLACES = ['Hà Giang', 'Lào Cai', 'Cao Bằng', 'Sơn La', 'Điện Biên', 'Gia Lai', 'Đắk Lắk', 'Sóc Trăng'];
const SENTENCES = [
  'Các đại biểu đã thảo luận, đề xuất nhiều giải pháp tháo gỡ khó khăn, vướng mắc trong quá trình tổ chức thực hiện ở cơ sở.',
  'Lãnh đạo địa phương cho biết việc triển khai được tiến hành đồng bộ, đúng đối tượng, góp phần nâng cao đời sống của người dân.',
  'Ủy ban Dân tộc đề nghị các vụ, đơn vị tăng cường phối hợp, rà soát lại toàn bộ nhiệm vụ để không bỏ sót việc nào.',
  'Kết quả thực hiện được báo cáo định kỳ để tổng hợp, báo cáo Chính phủ và Thủ tướng Chính phủ theo quy định.',
  'Trong thời gian tới, địa phương tập trung nguồn lực cho các xã đặc biệt khó khăn, thôn, bản vùng cao, biên giới.',
];
const CAPTIONS = ['Toàn cảnh hội nghị', 'Quang cảnh buổi làm việc', 'Đoàn công tác thăm hỏi người dân'];
const SOURCES = ['Trích nguồn Báo Dân tộc', 'Theo Báo Dân tộc và Phát triển', 'Nguồn: Báo Nhân Dân', ''];

/** A small deterministic PRNG (mulberry32): the same pages on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date line in one of the portal's forms, for day/month/year/hour/minute and views. */
function dateLine(i: number, d: number, m: number, y: number, h: number, min: number, views: number): string {
  const half = h >= 12 ? 'PM' : 'AM';
  const h12 = pad(((h + 11) % 12) + 1);
  switch (i % 5) {
    case 0:
      return `Ngày đăng ${pad(d)}/${pad(m)}/${y} | ${pad(h)}:${pad(min)} | View count: ${views}`;
    case 1:
      return `${h12}:${pad(min)} ${half} ${pad(d)}/${pad(m)}/${y} | Lượt xem: ${views} | In bài viết`;
    case 2:
      return `${h12}:${pad(min)} ${half} ${pad(d)}/${pad(m)}/${y} | Lượt xem: ${views.toLocaleString('vi-VN')} | Gửi email | In bài viết`;
    case 3:
      return `Ngày đăng: ${d}/${m}/${y} ${pad(h)}:${pad(min)} | Lượt xem: ${views}`;
    default:
      return `Thứ tư, ${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(min)} | View count: ${views}`;
  }
}

export function syntheticPage(i: number): { name: string; text: string } {
  const next = random(i + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const [d, m, y] = [
    1 + Math.floor(next() * 28),
    1 + Math.floor(next() * 12),
    2012 + Math.floor(next() * 11),
  ];
  const place = pick(PLACES);
  const title = `${pick(OPENINGS)} tỉnh ${place} về ${pick(TOPICS)} năm ${y} (số ${i + 1})`;
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(SENTENCES)).join(' ');
  const lines = [
    ...(i % 3 === 0 ? [`URL: https://ubdt.gov.vn/tin-tuc/hoat-dong-ban/bai-${i + 1}.htm`] : []),
    'Hoạt động ban',
    '',
    title,
    dateLine(i, d, m, y, Math.floor(next() * 24), Math.floor(next() * 60), Math.floor(next() * 20000)),
    '',
    `Ngày ${d}/${m}, tại ${place}, ${paragraph()}`,
    '',
    pick(CAPTIONS),
    '',
    ...Array.from({ length: 2 + Math.floor(next() * 4) }, () => [paragraph(), '']).flat(),
    pick(SOURCES),
    '',
    'Tin khác đã đăng',
    'Một tin khác',
  ];
  const id = (0x5a9e0000000000n + BigInt(i)).toString(16).padStart(16, '0');
  return { name: `${pad(i, 5)}_${id}.txt`, text: `${lines.join('\n')}\n` };
}

/** The floor: the importer's own I/O for each page (sync read, folder, sync write), nothing else. */
function bareIo(input: string, out: string): Promise<void> {
  for (const name of readdirSync(input).sort()) {
    const bytes = readFileSync(path.join(input, name));
    const dir = path.join(out, name.slice(0, 5));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.md'), bytes);
  }
  return Promise.resolve();
}

interface Phase {
  seconds: number;
  cpu: number;
}

/** Wall time and this process's CPU time (user + system, all threads: worker threads included);
 * on a shared machine the CPU time is the steadier figure. */
async function timed<T>(run: () => Promise<T>): Promise<Phase & { value: T }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const value = await run();
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6, value };
}

function check(summary: ImportSummary, what: string, expected: Partial<ImportSummary>): void {
  for (const [key, value] of Object.entries(expected)) {
    if (summary[key as keyof ImportSummary] !== value) {
      throw new Error(`${what}: ${key} = ${String(summary[key as keyof ImportSummary])}, expected ${value}`);
    }
  }
  if (summary.failures.length) throw new Error(`${what}: ${summary.failures[0]?.message}`);
}

/** Staff edit every 10th article's title; the portal changes the views of every 10th page + 5. */
function editAndRescrape(content: string, input: string, count: number): void {
  const files = readdirSync(path.join(content, 'news'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.md'))
    .sort();
  files.forEach((file, i) => {
    if (i % 10 !== 0) return;
    const full = path.join(content, 'news', file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/\ntitle: "/u, '\ntitle: "(Đã biên tập) '));
  });
  for (let i = 5; i < count; i += 10) {
    const { name } = syntheticPage(i);
    const full = path.join(input, name);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/(View count|Lượt xem): ([\d.]+)/u, '$1: 99999'));
  }
}

const PHASES = [
  ['bare', 'bare I/O (read page, write file)'],
  ['first', 'import into empty content/'],
  ['again', 're-import, unchanged'],
  ['update', 're-import, 10 % staff + 10 % portal'],
] as const;
type PhaseName = (typeof PHASES)[number][0];
type Figures = Record<PhaseName, Phase> & {
  load: number;
  /** Worker threads of the first import and pages they prepared (absent: an importer without). */
  workers?: { threads: number; pages: number };
};

/** One run of the four phases with the importer of the tree at `importerRoot`. */
async function measure(count: number, importerRoot: string, jobs: number | undefined, keep: boolean) {
  const url = pathToFileURL(path.join(importerRoot, 'tools/legacy/import.ts')).href;
  const { importLegacy } = (await import(url)) as { importLegacy: typeof ImportLegacy };
  const root = mkdtempSync(path.join(tmpdir(), 'bench-import-legacy-'));
  const input = path.join(root, 'pages');
  const content = path.join(root, 'content');
  mkdirSync(input);
  mkdirSync(content);
  for (const registry of ['categories.yaml', 'sources.yaml']) {
    cpSync(path.join('content', registry), path.join(content, registry));
  }
  try {
    for (let i = 0; i < count; i++) {
      const page = syntheticPage(i);
      writeFileSync(path.join(input, page.name), page.text);
    }
    const options = { inputs: [input], outDir: content, category: 'hoat-dong-ban', dryRun: false, jobs };
    const bare = await timed(() => bareIo(input, path.join(root, 'bare')));
    const first = await timed(() => importLegacy(options));
    check(first.value, 'import', { imported: count, created: count });
    const again = await timed(() => importLegacy(options));
    check(again.value, 're-import', { imported: count, created: 0, changed: 0 });
    editAndRescrape(content, input, count);
    const update = await timed(() => importLegacy(options));
    check(update.value, 'update', { imported: count, created: 0, changed: Math.floor((count - 5 + 9) / 10) });
    const phase = ({ seconds, cpu }: Phase): Phase => ({ seconds, cpu });
    const figures: Figures = {
      bare: phase(bare),
      first: phase(first),
      again: phase(again),
      update: phase(update),
      load: loadavg()[0] ?? 0,
      workers: first.value.workers,
    };
    return { figures, root };
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

const fixed = (n: number, digits = 2, width = 6) => n.toFixed(digits).padStart(width);

function printRun(count: number, figures: Figures, where: string): void {
  const { bare } = figures;
  console.log(
    `Legacy import of ${count.toLocaleString('en')} synthetic old-portal pages (load average ${figures.load.toFixed(1)}; ${where})`,
  );
  console.log(`${''.padEnd(36)}    wall   pages/s  × floor |   CPU  × floor`);
  for (const [name, label] of PHASES) {
    const { seconds, cpu } = figures[name];
    console.log(
      `${label.padEnd(36)} ${fixed(seconds, 2, 7)} s ${Math.round(count / seconds)
        .toLocaleString('en')
        .padStart(
          7,
        )} ${fixed(seconds / bare.seconds, 1, 6)}× | ${fixed(cpu)} s ${fixed(cpu / bare.cpu, 1, 5)}×`,
    );
  }
  const workers = figures.workers;
  if (workers)
    console.log(`(first import: ${workers.pages} pages prepared in ${workers.threads} worker threads)`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Runs this file in a child process (one measurement, JSON on stdout). */
function child(count: number, importerRoot: string, jobs: string | undefined): Figures {
  const args = [import.meta.filename, '--json', '--count', String(count), '--importer', importerRoot];
  if (jobs !== undefined) args.push('--jobs', jobs);
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`benchmark run failed (${importerRoot}):\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Figures;
}

/** Before (the importer of `ref`) and after (this tree), alternately, then their medians side by side. */
function compare(ref: string, rounds: number, count: number, jobs: string | undefined): void {
  const worktree = mkdtempSync(path.join(tmpdir(), 'bench-import-legacy-before-'));
  rmSync(worktree, { recursive: true });
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    return run.stdout.trim();
  };
  git('worktree', 'add', '--detach', worktree, ref);
  symlinkSync(path.resolve('node_modules'), path.join(worktree, 'node_modules'));
  const runs: Record<'before' | 'after', Figures[]> = { before: [], after: [] };
  try {
    const commit = git('rev-parse', '--short', ref);
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const side of order) {
        const figures = child(count, side === 'before' ? worktree : process.cwd(), jobs);
        runs[side].push(figures);
        printRun(count, figures, side === 'before' ? `before: ${ref} (${commit})` : 'after: this tree');
      }
    }
  } finally {
    git('worktree', 'remove', '--force', worktree);
  }
  const loads = [...runs.before, ...runs.after].map((f) => f.load.toFixed(1)).join(', ');
  console.log(
    `\nMedians of ${rounds} alternating run(s) each, ${count.toLocaleString('en')} pages (load averages ${loads}):`,
  );
  console.log(
    `${''.padEnd(36)} before: wall / CPU   × floor | after: wall / CPU    × floor | after ÷ before (wall, CPU)`,
  );
  const med = (side: 'before' | 'after', name: PhaseName, key: keyof Phase) =>
    median(runs[side].map((f) => f[name][key]));
  const ratio = (side: 'before' | 'after', name: PhaseName, key: keyof Phase) =>
    median(runs[side].map((f) => f[name][key] / f.bare[key]));
  for (const [name, label] of PHASES) {
    const side = (s: 'before' | 'after') =>
      `${fixed(med(s, name, 'seconds'), 1, 6)} s / ${fixed(med(s, name, 'cpu'), 1, 5)} s ${fixed(ratio(s, name, 'seconds'), 1, 4)}×/${fixed(ratio(s, name, 'cpu'), 1, 4)}×`;
    console.log(
      `${label.padEnd(36)} ${side('before')} | ${side('after')} | ${fixed(med('after', name, 'seconds') / med('before', name, 'seconds'), 2, 5)}×, ${fixed(med('after', name, 'cpu') / med('before', name, 'cpu'), 2, 5)}×`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      jobs: { type: 'string' },
      keep: { type: 'boolean', default: false },
      against: { type: 'string' },
      rounds: { type: 'string', default: '2' },
      importer: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  if (values.against !== undefined) {
    compare(values.against, Number(values.rounds), count, values.jobs);
    return;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  const { figures, root } = await measure(count, values.importer ?? process.cwd(), jobs, values.keep);
  if (values.json) console.log(JSON.stringify(figures));
  else {
    printRun(count, figures, root);
    console.log(`memory: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB RSS at the end`);
  }
}

if (import.meta.main) await main();
