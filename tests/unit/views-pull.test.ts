/** npm run views:pull: fetches from the configured source and rewrites the snapshot deterministically. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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
    // No test here waits for a timeout: generous, so a loaded machine's slow answer is no failure.
    CEMA_VIEWS_TIMEOUT_MS: '15000',
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

describe('views:pull --source logs', () => {
  const at = (hhmmss: string) => `01/Dec/2026:${hhmmss} +0700`;
  const hit = (time: string, slug: string, ip = '203.0.113.7') =>
    `${ip} - - [${at(time)}] "GET /tin-tuc/${slug}/ HTTP/1.1" 200 4096 "-" ` +
    `"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36" "-" "-"\n`;
  let logsRoot: string;

  beforeAll(() => {
    logsRoot = mkdtempSync(path.join(tmpdir(), 'cema-pull-logs-'));
    for (const slug of ['bai-a', 'bai-b']) {
      mkdirSync(path.join(logsRoot, 'content/news/2024', slug), { recursive: true });
      writeFileSync(path.join(logsRoot, 'content/news/2024', slug, 'index.md'), '---\n---\n');
    }
    writeFileSync(path.join(logsRoot, 'content/view-counts.json'), '{\n  "bai-a": 100\n}\n');
  });
  afterAll(() => rmSync(logsRoot, { recursive: true, force: true }));

  const logsSnapshot = () => readFileSync(path.join(logsRoot, 'content/view-counts.json'), 'utf8');

  it('adds the new views to the snapshot and remembers where it stopped; rotation never double-counts', async () => {
    const log = path.join(logsRoot, 'access.log');
    writeFileSync(
      log,
      hit('10:00:00', 'bai-a') + hit('10:01:00', 'bai-b') + hit('10:02:00', 'bai-a', '192.0.2.5'),
    );
    const first = await pull({}, ['--source', 'logs', 'access.log'], logsRoot);
    expect(first.code, first.output).toBe(0);
    // The newest second (10:02:00) is left for the next run.
    expect(logsSnapshot()).toBe('{\n  "bai-a": 101,\n  "bai-b": 1\n}\n');
    expect(first.output).toContain('2 lượt xem mới');
    const state = JSON.parse(readFileSync(path.join(logsRoot, 'content/view-counts.logs.json'), 'utf8'));
    expect(state.countedUntil).toBe('2026-12-01T03:02:00.000Z');

    // logrotate: access.log → access.log.1.gz, and a new access.log.
    writeFileSync(`${log}.1.gz`, gzipSync(readFileSync(log)));
    writeFileSync(log, hit('11:00:00', 'bai-b', '192.0.2.9') + hit('11:30:00', 'bai-a', '192.0.2.10'));
    const second = await pull({}, ['--source', 'logs', 'access.log', 'access.log.1.gz'], logsRoot);
    expect(second.code, second.output).toBe(0);
    expect(logsSnapshot()).toBe('{\n  "bai-a": 102,\n  "bai-b": 2\n}\n');
    expect(second.output).toContain('đã đếm lần trước 2');
  });

  it('exit 2 with a Vietnamese message when a log file is missing', async () => {
    const result = await pull({}, ['--source', 'logs', 'khong-co.log'], logsRoot);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/Không đọc được nhật ký[\s\S]*khong-co\.log/);
  });
});
