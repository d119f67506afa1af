/**
 * Starts decap-server, Decap CMS's local backend: it reads and writes the articles' files for the
 * editor at /admin/. File mode ("fs", the default) writes the files; "git" mode commits to the
 * repository, one branch per article (the editorial workflow). Bound to 127.0.0.1 only.
 * Used by `npm run cms` and by the editor's browser test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.ts';

export interface CmsProxy {
  /** decap-server's API, the editor's `local_backend.url` (CEMA_CMS_PROXY_URL). */
  url: string;
  log: () => string;
  stop(): Promise<void>;
}

/** The proxy's root is the content folder's parent: paths in the editor's config start with its name. */
export async function startCmsProxy(
  contentDir: string,
  port?: number,
  mode: 'fs' | 'git' = 'fs',
): Promise<CmsProxy> {
  const bin = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const listenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenPort}/api/v1`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [bin], {
    cwd: path.dirname(contentDir),
    env: {
      ...process.env,
      PORT: String(listenPort),
      BIND_HOST: '127.0.0.1',
      MODE: mode,
      GIT_REPO_DIRECTORY: path.dirname(contentDir),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Last resort if the caller exits without stop(): never leave the proxy running.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(3000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`decap-server not ready after 30 s:\n${output}`);
    }
    await sleep(200);
  }
  return { url, log: () => output, stop };
}
