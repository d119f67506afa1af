/**
 * Builds the site without ever leaving a broken `dist/`: Astro writes into a fresh sibling folder,
 * and only a fully successful build is swapped into place. A failed build exits non-zero and the
 * site that was there before is still there, byte for byte.
 *
 * Environment: CEMA_DIST (final folder, default "dist"), plus everything Astro's config reads
 * (CEMA_CONTENT_DIR, CEMA_SITE_URL, CEMA_BUILD_TIME).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock, releaseOnSignals } from './lib/build-lock.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(root, process.env.CEMA_DIST ?? 'dist');
const parent = path.dirname(target);
const stamp = `${process.pid}-${Date.now()}`;
const staging = path.join(parent, `.dist-build-${stamp}`);
const retired = path.join(parent, `.dist-old-${stamp}`);

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
    console.error(
      `\n✗ Build thất bại: thư mục ${path.relative(root, target) || target}/ cũ được giữ nguyên.` +
        `\n✗ Build failed: the previous ${path.relative(root, target) || target}/ is untouched.`,
    );
    return code || 1;
  }
  // Two renames: the old site is replaced in one step, never half-written.
  const hadPrevious = existsSync(target);
  if (hadPrevious) await rename(target, retired);
  await rename(staging, target);
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
  console.log(`✓ Site built into ${path.relative(root, target) || target}/`);
  return 0;
}

process.exitCode = await main();
