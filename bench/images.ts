/**
 * Image benchmark: the cost of the image step (sharp: AVIF, WebP and JPEG at every width) for a
 * corpus of articles with photos, on a cold cache and on a warm one.
 *
 *   node bench/images.ts [--articles 200] [--photos 3] [--size 1600x1067] [--keep]
 *
 * Writes `$TMPDIR/cema-bench-images/images-<articles>x<photos>-<size>/` (articles in one category, each with a
 * captioned photo with credit and a gallery of the others; photos made with sharp, reused when
 * the folder's marker matches), then builds it twice through `node scripts/build.ts`:
 *   cold — an empty CEMA_CACHE_DIR (`…/images-cache`): every variant is encoded;
 *   warm — the same cache again: every variant is copied from `<cache>/assets/`.
 * Prints, for each run: wall time of the whole build, Astro's own "generating optimized images"
 * time, the number of image files written and how many came from the cache, and the bytes of
 * the originals against the bytes of the optimised files.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makePhoto } from '../tests/support/photos.ts';
import { listArticleFolders } from '../src/lib/content/files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// Outside the repository: `astro dev` watches the project tree, and 200 folders of photos there
// exhaust the system's file watchers.
const BENCH = path.join(tmpdir(), 'cema-bench-images');
const CORPUS_VERSION = 1;

interface Options {
  articles: number;
  photos: number;
  width: number;
  height: number;
  keep: boolean;
}

function optionsFromArgs(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '200' },
      photos: { type: 'string', default: '3' },
      size: { type: 'string', default: '1600x1067' },
      keep: { type: 'boolean', default: false },
    },
  });
  const [width, height] = values.size.split('x').map(Number) as [number, number];
  const options: Options = {
    articles: Number(values.articles),
    photos: Number(values.photos),
    width,
    height,
    keep: values.keep,
  };
  if (!(options.articles > 0 && options.photos > 0 && options.width > 0 && options.height > 0)) {
    throw new Error('--articles, --photos and --size must be positive');
  }
  return options;
}

function articleBody(index: number, photos: number): string {
  const lines = [
    `Đoạn mở đầu của bài thử nghiệm ảnh số ${index}: Ủy ban Dân tộc làm việc với địa phương.`,
    '',
  ];
  lines.push(`![Ảnh ${index}.1: toàn cảnh buổi làm việc](./anh-1.jpg)`);
  lines.push(`*Toàn cảnh buổi làm việc số ${index} (Ảnh: Phòng Thông tin)*`, '');
  lines.push('Đoạn giữa bài: các đại biểu thảo luận về chính sách dân tộc.', '');
  for (let p = 2; p <= photos; p++) {
    lines.push(`![Ảnh ${index}.${p}: đại biểu phát biểu](./anh-${p}.jpg)`);
    lines.push(`*Đại biểu phát biểu ý kiến, ảnh ${p}*`);
  }
  return lines.join('\n');
}

async function ensureCorpus(
  options: Options,
): Promise<{ dir: string; reused: boolean; originalBytes: number }> {
  const name = `images-${options.articles}x${options.photos}-${options.width}x${options.height}`;
  const dir = path.join(BENCH, name);
  const markerFile = path.join(dir, '.corpus.json');
  const marker = JSON.stringify({ version: CORPUS_VERSION, ...options, keep: undefined });
  const reused = existsSync(markerFile) && readFileSync(markerFile, 'utf8') === marker;
  if (!reused) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const file of ['categories.yaml', 'sources.yaml'])
      cpSync(path.join(ROOT, 'content', file), path.join(dir, file));
    for (let i = 1; i <= options.articles; i++) {
      const slug = `bai-anh-so-${i}`;
      const folder = path.join(dir, 'news', '2025', slug);
      mkdirSync(folder, { recursive: true });
      for (let p = 1; p <= options.photos; p++) {
        await makePhoto(path.join(folder, `anh-${p}.jpg`), options.width, options.height, i * 10 + p);
      }
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      writeFileSync(
        path.join(folder, 'index.md'),
        `---\ntitle: "Bài thử nghiệm ảnh số ${i}"\nlede: "Sapo bài thử nghiệm ảnh số ${i}."\npublishedAt: 2025-${month}-${day} 08:00\ncategory: tin-tong-hop\n---\n\n${articleBody(i, options.photos)}\n`,
      );
      if (i % 50 === 0) console.log(`  … ${i}/${options.articles} articles with photos written`);
    }
    writeFileSync(markerFile, marker);
  }
  let originalBytes = 0;
  for (const folder of listArticleFolders(path.join(dir, 'news'))) {
    for (const file of readdirSync(folder.dir)) {
      if (file.endsWith('.jpg')) originalBytes += statSync(path.join(folder.dir, file)).size;
    }
  }
  return { dir, reused, originalBytes };
}

interface RunResult {
  wallSeconds: number;
  imageStepSeconds: number | undefined;
  imagesWritten: number;
  fromCache: number;
  log: string;
}

function build(env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`build failed (exit ${code}):\n${log.slice(-4000)}`));
      const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
      const section = plain.split('generating optimized images')[1] ?? '';
      const done = /✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)\./.exec(section);
      const imageStepSeconds = done
        ? Number(done[1] ?? 0) * 60 + Number(done[2]) / (done[3] === 'ms' ? 1000 : 1)
        : undefined;
      const lines = section.split('\n').filter((line) => line.includes('▶'));
      resolve({
        wallSeconds,
        imageStepSeconds,
        imagesWritten: lines.length,
        fromCache: lines.filter((line) => line.includes('reused cache entry')).length,
        log,
      });
    });
  });
}

function imageBytes(dist: string): number {
  const dir = path.join(dist, '_astro');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((file) => /\.(avif|webp|jpe?g|png)$/.test(file))
    .reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const options = optionsFromArgs(process.argv.slice(2));
  console.log(
    `Image benchmark: ${options.articles} articles × ${options.photos} photos (${options.width}×${options.height} JPEG)`,
  );
  const corpus = await ensureCorpus(options);
  console.log(`corpus: ${corpus.dir} (${corpus.reused ? 'reused' : 'generated'})`);
  const cacheDir = path.join(BENCH, 'images-cache');
  const dist = path.join(BENCH, 'images-dist');
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const env = {
    CEMA_CONTENT_DIR: corpus.dir,
    CEMA_CACHE_DIR: cacheDir,
    CEMA_DIST: dist,
    CEMA_BUILD_TIME: '2026-01-01T00:00:00+07:00',
  };
  const rows: [string, RunResult, number][] = [];
  for (const run of ['cold', 'warm'] as const) {
    const result = await build(env);
    rows.push([run, result, imageBytes(dist)]);
    console.log(`  ${run}: ${result.wallSeconds.toFixed(1)} s`);
  }
  const photos = options.articles * options.photos;
  console.log('');
  console.log(
    `| run | build wall time | image step (Astro) | image step per photo | image files | from cache | originals | all variants on disk |`,
  );
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const [run, r, bytes] of rows) {
    const step = r.imageStepSeconds;
    console.log(
      `| ${run} | ${r.wallSeconds.toFixed(1)} s | ${step === undefined ? 'n/a' : `${step.toFixed(2)} s`} | ${step === undefined ? 'n/a' : `${((step * 1000) / photos).toFixed(1)} ms`} | ${r.imagesWritten} | ${r.fromCache} | ${mib(corpus.originalBytes)} | ${mib(bytes)} |`,
    );
  }
  console.log(
    `\nphotos: ${photos}; image cache: ${cacheDir}/assets/ (${mib(dirBytes(path.join(cacheDir, 'assets')))})`,
  );
  if (!options.keep) {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

if (import.meta.main) await main();
