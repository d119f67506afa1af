/**
 * Real builds (scripts/build.ts) with the view counts coming from a local Plausible-shaped server
 * (127.0.0.1): the numbers on the page follow the service, an outage keeps the last known counts
 * with one warning, strict mode fails the build and keeps the previous dist/, and the token never
 * reaches dist/ or the log.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIME, SITE_URL } from '../setup/fixture-site.ts';
import { loadPage } from '../support/html.ts';
import { plausible, startViewsServer, text, type ViewsServer } from '../support/views-server.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'plausible-token-7d2b-KHONG-DUOC-LO-RA';
const SEED_1 = '/tin-tuc/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/';
const SEED_2 = '/tin-tuc/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/';

/**
 * scripts/build.ts in a child process, asynchronously: the analytics server lives in this process,
 * so a synchronous spawn would block it and every request would time out.
 */
function runBuildAsync(env: Record<string, string>): Promise<{ status: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repo, 'scripts/build.ts')], {
      cwd: repo,
      env: { ...process.env, CEMA_BUILD_TIME: BUILD_TIME, CEMA_SITE_URL: SITE_URL, ...env },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, log }));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('builds fed by a Plausible-shaped analytics server', () => {
  let root: string;
  let server: ViewsServer;
  let env: Record<string, string>;
  const builds: { status: number; log: string; views: (url: string) => string }[] = [];

  const build = async (extra: Record<string, string> = {}) => {
    const result = await runBuildAsync({ ...env, ...extra });
    const views = (url: string) => loadPage(path.join(root, 'dist'), url).text('.article__views');
    builds.push({ ...result, views });
    return { ...result, views };
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cema-views-build-'));
    const contentDir = path.join(root, 'content');
    for (const name of ['categories.yaml', 'sources.yaml', 'news', 'view-counts.json']) {
      cpSync(path.join(repo, 'content', name), path.join(contentDir, name), { recursive: true });
    }
    server = await startViewsServer(plausible({ [SEED_1]: 1000, [SEED_2]: 500 }, TOKEN));
    env = {
      CEMA_CONTENT_DIR: contentDir,
      CEMA_DIST: path.join(root, 'dist'),
      CEMA_CACHE_DIR: path.join(root, 'cache'),
      CEMA_VIEWS_SOURCE: 'plausible',
      CEMA_VIEWS_URL: server.url,
      CEMA_VIEWS_SITE_ID: 'tin.cema.gov.vn',
      CEMA_VIEWS_TOKEN: TOKEN,
      CEMA_VIEWS_TIMEOUT_MS: '5000',
      CEMA_VIEWS_STRICT: 'false',
    };
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows legacy + Plausible pageviews (12.450 + 1.000), asking with the bearer token', async () => {
    const first = await build();
    expect(first.status, first.log).toBe(0);
    expect(first.views(SEED_1)).toBe('Lượt xem: 13.450');
    expect(first.views(SEED_2)).toBe('Lượt xem: 500');
    expect(server.requests.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(server.requests.at(-1)!.body).site_id).toBe('tin.cema.gov.vn');
  });

  it('changes the numbers on the next build when the service reports more views', async () => {
    server.handler = plausible({ [SEED_1]: 2000, [SEED_2]: 750 }, TOKEN);
    const second = await build();
    expect(second.status, second.log).toBe(0);
    expect(second.views(SEED_1)).toBe('Lượt xem: 14.450');
    expect(second.views(SEED_2)).toBe('Lượt xem: 750');
  });

  it('keeps the last known counts when the service is down, with one clear warning', async () => {
    server.handler = text('upstream unavailable', 'text/plain', 503);
    const third = await build();
    expect(third.status, third.log).toBe(0);
    expect(third.views(SEED_1)).toBe('Lượt xem: 14.450');
    expect(third.views(SEED_2)).toBe('Lượt xem: 750');
    const warnings = third.log.match(/Lượt xem: không lấy được số liệu/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(third.log).toMatch(/HTTP 503 Service Unavailable[\s\S]*Dùng số đã biết từ lần build trước/);
  });

  it('fails in strict mode and leaves the previous site in place', async () => {
    const fourth = await build({ CEMA_VIEWS_STRICT: 'true' });
    expect(fourth.status).not.toBe(0);
    expect(fourth.log).toMatch(/HTTP 503[\s\S]*Build dừng vì CEMA_VIEWS_STRICT=true/);
    expect(fourth.log).toMatch(/cũ được giữ nguyên/);
    expect(fourth.views(SEED_1)).toBe('Lượt xem: 14.450');
  });

  it('never writes the token to dist/ or to a build log', () => {
    expect(builds).toHaveLength(4);
    for (const { log } of builds) expect(log).not.toContain(TOKEN);
    for (const file of filesUnder(path.join(root, 'dist'))) {
      expect(readFileSync(file).includes(TOKEN), file).toBe(false);
    }
  });
});
