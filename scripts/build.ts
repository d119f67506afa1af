/**
 * Builds the site without ever leaving a broken `dist/`: Astro writes into a fresh folder, and
 * only a fully successful build is published, atomically (scripts/lib/publish.ts: `dist` is a
 * link switched with one rename). A failed or killed build exits non-zero and the site that was
 * there before is still there, byte for byte; the next build removes what a killed one left.
 *
 * Pagefind and the deploy steps (redirects, CSP, precompression) run here, after Astro's process
 * has exited: the build's peak memory is Astro's or Pagefind's, not both at once, and the
 * precompression reuses the previous release's files for pages that did not change.
 *
 * Environment: CEMA_DIST (final folder, default "dist"), plus everything Astro's config reads
 * (CEMA_CONTENT_DIR, CEMA_SITE_URL, CEMA_BUILD_TIME).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, rmdir } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock, releaseOnSignals } from './lib/build-lock.ts';
import { heapLimitFlags } from './lib/heap.ts';
import { currentRelease, newStaging, publish, publishPaths, removeLeftovers } from './lib/publish.ts';
import {
  precompressAndReport,
  STEPS_AFTER_ASTRO_ENV,
  writeDeployFiles,
  type StepLogger,
} from '../src/integrations/deploy.ts';
import { indexSiteAndReport } from '../src/integrations/pagefind.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(root, process.env.CEMA_DIST ?? 'dist');
const paths = publishPaths(target);
const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

async function main(): Promise<number> {
  const release = await acquireBuildLock(() =>
    console.log('… waiting for another build of this project to finish'),
  );
  releaseOnSignals(release);
  try {
    return await buildAndSwap();
  } finally {
    release();
  }
}

const logger: StepLogger = {
  info: (message) => console.log(`[cema] ${message}`),
  warn: (message) => console.warn(`[cema] ⚠ ${message}`),
};

/** Everything after Astro's pages: redirects and CSP, then Pagefind beside the pages' precompression. */
async function stepsAfterAstro(staging: string, previous: string | undefined): Promise<void> {
  // Redirect pages first: the CSP check and the precompression cover them too.
  await writeDeployFiles(staging, logger);
  const inPagefind = (relative: string) => relative.startsWith('pagefind/');
  // The Pagefind service is its own process: it indexes on one core while this one compresses.
  const results = await Promise.allSettled([
    indexSiteAndReport(staging, logger),
    precompressAndReport(staging, logger, { previous, skip: inPagefind }),
  ]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  await precompressAndReport(staging, logger, { previous, skip: (relative) => !inPagefind(relative) });
}

function failed(): string {
  return (
    `\n✗ Build thất bại: thư mục ${path.relative(root, target) || target}/ cũ được giữ nguyên.` +
    `\n✗ Build failed: the previous ${path.relative(root, target) || target}/ is untouched.`
  );
}

async function buildAndSwap(): Promise<number> {
  // A first build into a new output path (the benchmark's) has no parent folder yet.
  await mkdir(path.dirname(target), { recursive: true });
  for (const leftover of await removeLeftovers(paths)) {
    console.log(`… removed ${path.relative(root, leftover)} (left by an earlier build)`);
  }
  const staging = await newStaging(paths);
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const heap = heapLimitFlags(totalmem(), process.env.NODE_OPTIONS);
  const code = await run(process.execPath, [...heap, astro, 'build', ...process.argv.slice(2)], {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build is production whatever the caller's NODE_ENV (vitest sets "test", which Vite
    // would read as development and so publish drafts).
    NODE_ENV: 'production',
    CEMA_OUT_DIR: staging,
    [STEPS_AFTER_ASTRO_ENV]: '1',
  });
  let after: unknown;
  if (code === 0 && existsSync(path.join(staging, 'index.html'))) {
    after = await stepsAfterAstro(staging, currentRelease(paths)).then(
      () => undefined,
      (error: unknown) => error ?? new Error('unknown error'),
    );
    if (after) console.error(`✗ ${after instanceof Error ? after.message : String(after)}`);
  }
  if (code !== 0 || after || !existsSync(path.join(staging, 'index.html'))) {
    await rm(staging, { recursive: true, force: true });
    await rmdir(paths.releases).catch(() => {}); // only when empty: nothing published yet
    console.error(failed());
    return code || 1;
  }
  const release = await publish(paths, staging, stamp);
  console.log(
    `✓ Site built into ${path.relative(root, target) || target}/ → ${path.relative(root, release)}`,
  );
  return 0;
}

process.exitCode = await main();
