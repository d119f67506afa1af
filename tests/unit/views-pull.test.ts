/** npm run views:pull: fetches from the configured source and rewrites the snapshot deterministically. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pull } from '../../scripts/views-pull.ts';
import { plausible, startViewsServer, text, type ViewsServer } from '../support/views-server.ts';

const TOKEN = 'pull-token-9c1e-BI-MAT';
let root: string;
let server: ViewsServer;
let env: NodeJS.ProcessEnv;
const snapshot = () => readFileSync(path.join(root, 'content/view-counts.json'), 'utf8');

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'cema-pull-'));
  for (const slug of ['bai-b', 'bai-a', 'bai-c']) {
    mkdirSync(path.join(root, 'content/news/2024', slug), { recursive: true });
    writeFileSync(path.join(root, 'content/news/2024', slug, 'index.md'), '---\n---\n');
  }
  writeFileSync(path.join(root, 'content/view-counts.json'), '{"bai-a": 1}\n');
  server = await startViewsServer(
    plausible(
      { '/tin-tuc/bai-c/': 30, '/tin-tuc/bai-a/': 10, '/tin-tuc/bai-a': 5, '/tin-tuc/bai-cu/': 2 },
      TOKEN,
    ),
  );
  env = {
    CEMA_VIEWS_SOURCE: 'plausible',
    CEMA_VIEWS_URL: server.url,
    CEMA_VIEWS_SITE_ID: 'tin.cema.gov.vn',
    CEMA_VIEWS_TOKEN: TOKEN,
    CEMA_VIEWS_TIMEOUT_MS: '500',
  };
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('views:pull', () => {
  it('writes the snapshot sorted by slug, adding up path variants, listing unmatched keys', async () => {
    const result = await pull(env, [], root);
    expect(result.code).toBe(0);
    expect(snapshot()).toBe('{\n  "bai-a": 15,\n  "bai-c": 30\n}\n');
    expect(result.output).toContain('2 bài, tổng 45 lượt');
    expect(result.output).toContain('"/tin-tuc/bai-cu/"');
    expect(result.output).toContain('✓ Đã ghi content/view-counts.json');
    expect(result.output).not.toContain(TOKEN);
  });

  it('is idempotent: a second pull changes nothing, and --check agrees', async () => {
    const before = snapshot();
    expect((await pull(env, [], root)).output).toContain('không đổi (unchanged)');
    expect(snapshot()).toBe(before);
    expect((await pull(env, ['--check'], root)).code).toBe(0);
  });

  it('--check exits 1 without writing when the counts moved', async () => {
    const previous = server.handler;
    server.handler = plausible({ '/tin-tuc/bai-a/': 99 }, TOKEN);
    const before = snapshot();
    const result = await pull(env, ['--check'], root);
    expect(result.code).toBe(1);
    expect(snapshot()).toBe(before);
    server.handler = previous;
  });

  it('fails with exit code 2 and a clear message, never the token, when the source fails', async () => {
    const previous = server.handler;
    server.handler = text(`token ${TOKEN} rejected`, 'text/plain', 403);
    const before = snapshot();
    const result = await pull(env, [], root);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(
      /Không lấy được lượt xem từ Plausible http:\/\/127\.0\.0\.1:\d+\/ \(site tin\.cema\.gov\.vn\).*HTTP 403 Forbidden/s,
    );
    expect(result.output).not.toContain(TOKEN);
    expect(result.output).toContain('***');
    expect(snapshot()).toBe(before);
    server.handler = previous;
  });

  it('runs as a plain Node command (npm run views:pull), exiting 0 and writing the file', async () => {
    server.handler = plausible({ '/tin-tuc/bai-b/': 8 }, TOKEN);
    const script = path.resolve(import.meta.dirname, '../../scripts/views-pull.ts');
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env } });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c));
      child.stderr.on('data', (c: Buffer) => (output += c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
    expect(code, output).toBe(0);
    expect(snapshot()).toBe('{\n  "bai-b": 8\n}\n');
    expect(output).not.toContain(TOKEN);
  });
});
