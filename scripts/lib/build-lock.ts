/**
 * The project's build lock. Astro writes generated modules into the project's `.astro/` whatever
 * the content folder, so two builds at once (tests, benchmarks, a deploy), or a build and
 * `astro dev`, would overwrite each other's files. A lock directory (atomic mkdir) serialises
 * them; a lock left by a dead process is taken over.
 *
 * A lock counts as held only while its holder's command line contains "build.ts" (so a pid reused
 * by another program never holds it): scripts/build.ts, and tests/support/dev-under-lock-build.ts,
 * whose name ends in "build.ts" for this reason.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '../..');

export const BUILD_LOCK_DIR = path.join(root, 'node_modules', '.cema-build.lock');

const pidFile = path.join(BUILD_LOCK_DIR, 'pid');

/** Whether the lock's pid is a live build (a pid reused by another program does not count). */
function lockHolderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8'));
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

/**
 * Waits (up to 30 minutes) for the lock and takes it; `onWait` runs once if it must wait. Returns
 * release(), which removes the lock only while this process holds it and may be called more than
 * once; it also runs when the process exits.
 */
export async function acquireBuildLock(onWait?: () => void): Promise<() => void> {
  const deadline = Date.now() + 30 * 60_000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK_DIR);
      writeFileSync(pidFile, String(process.pid));
      const release = () => {
        try {
          if (readFileSync(pidFile, 'utf8') === String(process.pid)) {
            rmSync(BUILD_LOCK_DIR, { recursive: true, force: true });
          }
        } catch {
          /* already released */
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!lockHolderAlive()) {
        // Give a holder that is still writing its pid file a moment before taking over.
        await sleep(200);
        if (!lockHolderAlive()) rmSync(BUILD_LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another build has held ${BUILD_LOCK_DIR} for 30 minutes`);
      if (!told) onWait?.();
      told = true;
      await sleep(500);
    }
  }
}

/** Releases the lock and exits (130) on SIGINT, SIGTERM or SIGHUP. */
export function releaseOnSignals(release: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      release();
      process.exit(130);
    });
  }
}
