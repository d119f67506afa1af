/**
 * Builds the site without ever leaving a broken `dist/`: Astro writes into a fresh folder, and
 * only a fully successful build is published, atomically (scripts/lib/publish.ts: `dist` is a
 * link switched with one rename). A failed or killed build exits non-zero and the site that was
 * there before is still there, byte for byte; the next build removes what a killed one left.
 *
 * Environment: CEMA_DIST (final folder, default "dist"), plus everything Astro's config reads
 * (CEMA_CONTENT_DIR, CEMA_SITE_URL, CEMA_BUILD_TIME).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock, releaseOnSignals } from './lib/build-lock.ts';
import { newStaging, publish, publishPaths, removeLeftovers } from './lib/publish.ts';

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

async function buildAndSwap(): Promise<number> {
  for (const leftover of await removeLeftovers(paths)) {
    console.log(`… removed ${path.relative(root, leftover)} (left by an earlier build)`);
  }
  const staging = await newStaging(paths, stamp);
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const code = await run(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build is production whatever the caller's NODE_ENV (vitest sets "test", which Vite
    // would read as development and so publish drafts).
    NODE_ENV: 'production',
    CEMA_OUT_DIR: staging,
  });
  if (code !== 0 || !existsSync(path.join(staging, 'index.html'))) {
    await rm(staging, { recursive: true, force: true });
    await rmdir(paths.releases).catch(() => {}); // only when empty: nothing published yet
    console.error(
      `\n✗ Build thất bại: thư mục ${path.relative(root, target) || target}/ cũ được giữ nguyên.` +
        `\n✗ Build failed: the previous ${path.relative(root, target) || target}/ is untouched.`,
    );
    return code || 1;
  }
  const release = await publish(paths, staging, stamp);
  console.log(
    `✓ Site built into ${path.relative(root, target) || target}/ → ${path.relative(root, release)}`,
  );
  return 0;
}

process.exitCode = await main();
