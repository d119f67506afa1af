/**
 * Runs `astro dev` on a content folder for a test: 127.0.0.1 only, a free port, the project's
 * build lock held while it runs (dev-under-lock-build.ts: Astro's dev server writes the same
 * `.astro/` folder as a build), and a stop() that ends exactly the processes it started (its own
 * process group).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../scripts/lib/free-port.ts';

const repo = path.resolve(import.meta.dirname, '../..');

/**
 * The environment without Vitest's variables: with VITEST set, Astro's dev server answers every
 * page with a bare 404 (it behaves as a test-only Vite server), which is not what writers run.
 */
function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^VITEST/.test(key) && key !== 'TEST'),
  );
}

export interface DevServer {
  origin: string;
  log: () => string;
  get(pathname: string): Promise<{ status: number; html: string }>;
  stop(): Promise<void>;
}

export async function startDevServer(
  env: Record<string, string>,
  readyTimeoutMs = 180_000,
): Promise<DevServer> {
  let child: ChildProcess | undefined;
  let output = '';
  const stop = async () => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, sleep(5000)]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    child = spawn(
      process.execPath,
      [
        path.join(repo, 'tests/support/dev-under-lock-build.ts'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
      ],
      {
        cwd: repo,
        env: { ...devEnv(), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group, so stop() ends Vite's children too
      },
    );
    const pid = child.pid;
    // Last resort if the test process exits without stop(): end the group, never leave an orphan.
    process.once('exit', () => {
      try {
        if (pid) process.kill(-pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    });
    child.stdout!.on('data', (chunk) => (output += String(chunk)));
    child.stderr!.on('data', (chunk) => (output += String(chunk)));
    const get = async (pathname: string) => {
      const response = await fetch(new URL(pathname, origin), {
        redirect: 'manual',
        signal: AbortSignal.timeout(60_000),
      });
      return { status: response.status, html: await response.text() };
    };
    // Waiting for the build lock (another build of this checkout) does not count as startup time.
    let deadline = Date.now() + 30 * 60_000;
    let locked = false;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
      if (!locked && output.includes('[dev-under-lock] build lock acquired')) {
        locked = true;
        deadline = Date.now() + readyTimeoutMs;
      }
      if (locked) {
        try {
          const response = await fetch(new URL('/', origin), { signal: AbortSignal.timeout(30_000) });
          await response.arrayBuffer();
          if (response.status === 200) break;
        } catch {
          /* not listening yet */
        }
      }
      if (Date.now() > deadline)
        throw new Error(`astro dev not ready after ${readyTimeoutMs} ms:\n${output.slice(-4000)}`);
      await sleep(500);
    }
    return { origin, log: () => output, get, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
