/**
 * Deploy outputs, written into the build's own output folder (so a failure fails the build and
 * the previous dist/ stays): by scripts/build.ts after Astro's process has exited, or at the end
 * of a bare `astro build` (astro:build:done, after Pagefind has written its bundle):
 *
 * - legacy redirects: `_deploy/redirects.map` (nginx), `_redirects` (Netlify/Cloudflare Pages) and
 *   a static page at each old path (hosts without redirects), from /legacy-redirects.json;
 * - the strict CSP, checked on every page: `_deploy/csp.txt`, `_deploy/headers.conf` (nginx) and
 *   `_headers`; inline attributes the policy cannot allow (style=, on…=) are listed as warnings;
 * - precompressed `.gz` and `.br` beside every text file, served by nginx's gzip_static/brotli_static.
 *
 * deploy/nginx/ reads `_deploy/` and refuses to serve it; the platforms never serve `_headers`.
 */
import type { AstroIntegration } from 'astro';
import { link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { ui } from '../i18n/vi.ts';
import { contentSecurityPolicy, inspectHtml } from '../lib/deploy/csp.ts';
import { headersFile, nginxHeaders } from '../lib/deploy/headers.ts';
import {
  nginxRedirectMap,
  planRedirects,
  redirectPageHtml,
  redirectPages,
  redirectsFile,
  type LegacyArticle,
} from '../lib/deploy/redirects.ts';
import { siteUrl } from '../site.config.ts';

export const DEPLOY_DIR = '_deploy';
const LEGACY_REDIRECTS_FILE = 'legacy-redirects.json';

/** Text types worth compressing; Pagefind's .pf_* chunks and WASM are already gzip inside. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/i;
/** Below this, compression saves less than the extra request headers. */
const MIN_COMPRESS_BYTES = 256;
/** Above this a shared asset is compressed at brotli 8, not 11 (see precompress). */
const LARGE_SHARED_BYTES = 1024 * 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

/** Runs `job` over `items` with at most `limit` at once (zlib works on libuv's thread pool). */
async function eachLimited<T>(items: AsyncIterable<T>, limit: number, job: (item: T) => Promise<void>) {
  const pending = new Set<Promise<void>>();
  for await (const item of items) {
    const task = job(item).finally(() => pending.delete(task));
    pending.add(task);
    if (pending.size >= limit) await Promise.race(pending);
  }
  await Promise.all(pending);
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface PrecompressOptions {
  /**
   * The previous release: a file byte-identical to its namesake there gets that release's `.gz`
   * and `.br` as hard links (same bytes in, same bytes out) instead of being compressed again —
   * a warm or one-article build re-compresses only what changed. Releases are never modified
   * after publishing (scripts/lib/publish.ts), so sharing their inodes is safe.
   */
  previous?: string;
  /** Site-relative paths ("pagefind/…") left for a later call. */
  skip?: (relative: string) => boolean;
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  br: number;
  /** Of `files`, how many reused the previous release's compressed files. */
  reused: number;
}

/** Links the previous release's `.gz`/`.br` of `data` beside `file`; false when they do not apply. */
async function reuseCompressed(
  file: string,
  data: Buffer,
  previousFile: string,
): Promise<number | undefined> {
  try {
    const before = await stat(previousFile);
    if (before.size !== data.length || !data.equals(await readFile(previousFile))) return undefined;
    await link(`${previousFile}.gz`, `${file}.gz`);
    await link(`${previousFile}.br`, `${file}.br`);
    return (await stat(`${file}.br`)).size;
  } catch {
    await rm(`${file}.gz`, { force: true });
    await rm(`${file}.br`, { force: true });
    return undefined;
  }
}

/**
 * `.gz` (level 9) and `.br` beside every compressible file. Brotli quality 11 for the few shared
 * assets (/_astro/, /pagefind/), 5 for pages: on a 20 KB article 5 took 15 ms and gave 4.6 KB,
 * 11 took 95 ms for 4.2 KB (and 9, oddly, 860 ms) on the shared 2-core machine — pages decide the
 * build's length at tens of thousands of articles. A shared asset over LARGE_SHARED_BYTES (only the
 * staff editor's 5.7 MB Decap bundle) gets 8: 0.7 s CPU for 1.24 MB, where 11 took 11.3 s for 1.11 MB.
 */
export async function precompress(dir: string, options: PrecompressOptions = {}): Promise<PrecompressResult> {
  let count = 0;
  let bytes = 0;
  let brBytes = 0;
  let reused = 0;
  await eachLimited(files(dir), 8, async (file) => {
    if (!COMPRESSIBLE.test(file)) return;
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (options.skip?.(relative)) return;
    const data = await readFile(file);
    if (data.length < MIN_COMPRESS_BYTES) return;
    count++;
    bytes += data.length;
    if (options.previous) {
      const size = await reuseCompressed(file, data, path.join(options.previous, relative));
      if (size !== undefined) {
        reused++;
        brBytes += size;
        return;
      }
    }
    const shared = /^(_astro|pagefind)\//.test(relative);
    const quality = shared ? (data.length > LARGE_SHARED_BYTES ? 8 : 11) : 5;
    const [gz, br] = await Promise.all([
      gzipAsync(data, { level: 9 }),
      brotliAsync(data, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: quality,
          [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        },
      }),
    ]);
    await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
    brBytes += br.length;
  });
  return { files: count, bytes, br: brBytes, reused };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Redirect map, `_redirects` and static redirect pages; returns what to tell staff. */
export async function writeRedirects(dir: string, site: string): Promise<string[]> {
  const listFile = path.join(dir, LEGACY_REDIRECTS_FILE);
  const articles = JSON.parse(await readFile(listFile, 'utf8')) as LegacyArticle[];
  await rm(listFile);
  const { redirects, problems } = planRedirects(articles);
  await writeFile(path.join(dir, DEPLOY_DIR, 'redirects.map'), nginxRedirectMap(redirects));
  await writeFile(path.join(dir, '_redirects'), redirectsFile(redirects));
  let pages = 0;
  for (const [file, redirect] of redirectPages(redirects)) {
    const target = path.join(dir, file);
    if (await exists(target)) {
      problems.push(
        `${redirect.from}: trùng một trang của trang mới (${file}), không tạo trang chuyển hướng`,
      );
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(
      target,
      redirectPageHtml(redirect, site, { ...ui.redirect, skipToContent: ui.nav.skipToContent }),
    );
    pages++;
  }
  return [`Chuyển hướng địa chỉ cũ: ${redirects.length} địa chỉ, ${pages} trang tĩnh`, ...problems];
}

/** Checks every page against the strict policy and writes it for nginx and the platforms. */
export async function writeSecurityHeaders(dir: string): Promise<{ policy: string; problems: string[] }> {
  const script: string[] = [];
  const style: string[] = [];
  const problems: string[] = [];
  await eachLimited(files(dir), 16, async (file) => {
    if (!file.endsWith('.html')) return;
    const findings = inspectHtml(await readFile(file, 'utf8'));
    script.push(...findings.scriptHashes);
    style.push(...findings.styleHashes);
    for (const problem of findings.problems) problems.push(`${path.relative(dir, file)}: ${problem}`);
  });
  const policy = contentSecurityPolicy({ script, style });
  await writeFile(path.join(dir, DEPLOY_DIR, 'csp.txt'), `${policy}\n`);
  await writeFile(path.join(dir, DEPLOY_DIR, 'headers.conf'), nginxHeaders(policy));
  await writeFile(path.join(dir, '_headers'), headersFile(policy));
  return { policy, problems: problems.sort() };
}

/** What the deploy steps tell staff (Astro's integration logger, or the console in scripts/build.ts). */
export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Redirects and the checked CSP headers: every step before precompression. */
export async function writeDeployFiles(root: string, logger: StepLogger): Promise<void> {
  await mkdir(path.join(root, DEPLOY_DIR), { recursive: true });
  const [summary, ...redirectProblems] = await writeRedirects(root, siteUrl);
  logger.info(summary!);
  for (const problem of redirectProblems) logger.warn(problem);

  const { policy, problems } = await writeSecurityHeaders(root);
  // Inline attributes come only from article bodies (our templates have none: the CSP browser
  // test proves it); the browser ignores them under the policy, the text still shows. Listed so
  // staff remove them; the body sanitiser (issue 11) strips them before they get here.
  if (problems.length > 0) {
    logger.warn(
      `CSP: ${problems.length} thuộc tính trong trang bị chính sách bảo mật bỏ qua (ignored under the strict CSP):\n` +
        problems
          .slice(0, 30)
          .map((p) => `  • ${p}`)
          .join('\n'),
    );
  }
  logger.info(`CSP: ${policy}`);
}

/** Precompresses and says how much, and how much was reused from the previous release. */
export async function precompressAndReport(
  root: string,
  logger: StepLogger,
  options: PrecompressOptions = {},
): Promise<void> {
  const started = performance.now();
  const compressed = await precompress(root, options);
  logger.info(
    `Nén sẵn (gzip, brotli): ${compressed.files} tệp (${compressed.reused} dùng lại từ bản trước), ` +
      `${Math.round(compressed.bytes / 1024)} KB → ${Math.round(compressed.br / 1024)} KB brotli, ` +
      `${Math.round(performance.now() - started)} ms`,
  );
}

/**
 * scripts/build.ts sets this to run the deploy steps and Pagefind itself, after Astro's process
 * has exited (its memory freed, the previous release known for reuse); a bare `astro build`
 * still gets them in astro:build:done.
 */
export const STEPS_AFTER_ASTRO_ENV = 'CEMA_STEPS_AFTER_ASTRO';

export default function deployIntegration(): AstroIntegration {
  return {
    name: 'cema-deploy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[STEPS_AFTER_ASTRO_ENV] === '1') return;
        const root = fileURLToPath(dir);
        await writeDeployFiles(root, logger);
        await precompressAndReport(root, logger);
      },
    },
  };
}
