/**
 * `astro dev` while holding the project's build lock (node_modules/.cema-build.lock), for tests.
 * The dev server writes the same `.astro/` folder as a build (content modules, data store), so it
 * must not run while scripts/build.ts builds another content folder, and vice versa.
 *
 * The file name ends in "build.ts" on purpose: scripts/lib/build-lock.ts counts a lock as held
 * only while the holder's command line contains "build.ts" (so a reused pid never holds it).
 *
 *   node tests/support/dev-under-lock-build.ts <astro dev arguments…>
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { acquireBuildLock } from '../../scripts/lib/build-lock.ts';

const repo = path.resolve(import.meta.dirname, '../..');

/** Astro refuses a second dev server per project (.astro/dev.json): wait for one started by hand. */
async function waitForOtherDevServer(deadline: number): Promise<void> {
  for (;;) {
    let pid = 0;
    try {
      pid = Number(
        (JSON.parse(readFileSync(path.join(repo, '.astro/dev.json'), 'utf8')) as { pid?: number }).pid,
      );
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`another astro dev server (pid ${pid}) runs in this project`);
    await sleep(1000);
  }
}

const release = await acquireBuildLock();
const deadline = Date.now() + 15 * 60_000;
await waitForOtherDevServer(deadline);
console.log('[dev-under-lock] build lock acquired');

let child: ChildProcess | undefined;
let stopping = false;
const stop = () => {
  stopping = true;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
// If the test process dies without stopping us (killed runner), do not leave an orphan dev server.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 1000).unref();

/** One run of `astro dev`; its output is passed through and its start kept to spot a conflict. */
function runDev(): Promise<{ code: number; head: string }> {
  return new Promise((resolve) => {
    let head = '';
    child = spawn(
      process.execPath,
      [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'dev', ...process.argv.slice(2)],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const [from, to] of [
      [child.stdout!, process.stdout],
      [child.stderr!, process.stderr],
    ] as const) {
      from.on('data', (chunk: Buffer) => {
        if (head.length < 4000) head += String(chunk);
        to.write(chunk);
      });
    }
    child.on('exit', (code, signal) => resolve({ code: signal ? 1 : (code ?? 0), head }));
  });
}

for (;;) {
  const { code, head } = await runDev();
  // Someone started `astro dev` here by hand between our check and Astro's: wait for it, retry.
  if (
    !stopping &&
    code !== 0 &&
    head.includes('Another astro dev server is already running') &&
    Date.now() < deadline
  ) {
    await waitForOtherDevServer(deadline);
    continue;
  }
  release();
  process.exit(code);
}
