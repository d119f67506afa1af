/**
 * Builds the site without ever leaving a broken `dist/`: Astro writes into a fresh sibling folder,
 * and only a fully successful build is swapped into place. A failed build exits non-zero and the
 * site that was there before is still there, byte for byte.
 *
 * Environment: CEMA_DIST (final folder, default "dist"), plus everything Astro's config reads
 * (CEMA_CONTENT_DIR, CEMA_SITE_URL, CEMA_BUILD_TIME).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Astro writes generated modules into the project's `.astro/` whatever the content folder, so
 * two builds at once (tests, benchmarks, a deploy) would overwrite each other's files. A lock
 * directory (atomic mkdir) serialises them; a lock left by a dead process is taken over.
 */
const lockDir = path.join(root, 'node_modules', '.cema-build.lock');

/** Whether the lock's pid is a live build (a pid reused by another program does not count). */
function lockHolderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('build.ts');
  } catch {
    return true; // no /proc: trust the pid
  }
}

async function acquireLock(): Promise<() => void> {
  const deadline = Date.now() + 30 * 60_000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      const release = () => rmSync(lockDir, { recursive: true, force: true });
      process.on('exit', release);
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
          release();
          process.exit(130);
        });
      }
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!lockHolderAlive()) {
        // Give a holder that is still writing its pid file a moment before taking over.
        await sleep(200);
        if (!lockHolderAlive()) rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another build has held ${lockDir} for 30 minutes`);
      if (!told) console.log('… waiting for another build of this project to finish');
      told = true;
      await sleep(500);
    }
  }
}

async function main(): Promise<number> {
  const release = await acquireLock();
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
