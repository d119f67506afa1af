/**
 * Atomic publishing (scripts/lib/publish.ts): while builds are published one after another, a
 * reader polling the output path never finds it missing or half-written, and what a killed build
 * left behind is removed by the next one.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  currentRelease,
  newStaging,
  publish,
  publishPaths,
  removeLeftovers,
} from '../../scripts/lib/publish.ts';

const root = mkdtempSync(path.join(tmpdir(), 'cema-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function build(paths: ReturnType<typeof publishPaths>, stamp: string, pages = 50): Promise<string> {
  const staging = await newStaging(paths);
  mkdirSync(staging, { recursive: true });
  for (let i = 0; i < pages; i++) writeFileSync(path.join(staging, `p${i}.html`), `build ${stamp}`);
  writeFileSync(path.join(staging, 'index.html'), `build ${stamp}`);
  return staging;
}

describe('publish', () => {
  it('replaces the site in one step: a reader polling it never misses it', async () => {
    const target = path.join(root, 'site-a', 'dist');
    mkdirSync(path.dirname(target), { recursive: true });
    // An output folder from before (a plain directory) is taken over.
    mkdirSync(target);
    writeFileSync(path.join(target, 'index.html'), 'build old');
    const paths = publishPaths(target);
    // The first publish moves the old plain folder aside (the one moment, once, it may be absent).
    await publish(paths, await build(paths, '0000'), '0000');
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('build 0000');
    // A separate process reads index.html in a tight loop and counts failures.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');let ok=0,bad=0;const end=Date.now()+60000;
         process.stdin.on('data',()=>{console.log(JSON.stringify({ok,bad}));process.exit(0)});
         (function loop(){for(let i=0;i<200;i++){try{const t=fs.readFileSync(${JSON.stringify(path.join(target, 'index.html'))},'utf8');if(t.startsWith('build '))ok++;else bad++}catch{bad++}}if(Date.now()<end)setImmediate(loop)})();`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let output = '';
    reader.stdout.on('data', (chunk) => (output += chunk));
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 1; i <= 40; i++) {
      const stamp = String(i).padStart(4, '0');
      await publish(paths, await build(paths, stamp), stamp);
      await removeLeftovers(paths);
    }
    reader.stdin.write('stop\n');
    await new Promise((r) => reader.on('close', r));
    const { ok, bad } = JSON.parse(output) as { ok: number; bad: number };
    expect(ok).toBeGreaterThan(100);
    expect(bad).toBe(0);
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('build 0040');
    // The current release and the previous one (rollback) are kept; nothing else.
    expect(readdirSync(paths.releases).sort()).toEqual(['site-0039', 'site-0040']);
  });

  it('a killed build leaves the previous site whole; the next build removes its leftovers', async () => {
    const target = path.join(root, 'site-b', 'dist');
    mkdirSync(path.dirname(target), { recursive: true });
    const paths = publishPaths(target);
    await publish(paths, await build(paths, '0001'), '0001');
    // A build killed while writing: a staging folder and a stray link are left.
    const killed = await build(paths, '0002', 5);
    writeFileSync(path.join(path.dirname(target), '.dist-link-0002'), '');
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('build 0001');
    const removed = await removeLeftovers(paths);
    expect(removed).toContain(killed);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(path.join(path.dirname(target), '.dist-link-0002'))).toBe(false);
    expect(currentRelease(paths)).toBe(path.join(paths.releases, 'site-0001'));
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('build 0001');
  });
});
