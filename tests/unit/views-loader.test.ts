/**
 * The view-count loader against a local HTTP server (127.0.0.1): every failure — timeout,
 * connection refused, HTTP 4xx/5xx, malformed body, negative or non-integer counts — falls back
 * to the last known counts with one clear warning, or fails in strict mode; the token never
 * shows in a message; unchanged counts cause no store writes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { viewsLoader, type ViewsLoaderOptions } from '../../src/loaders/views.ts';
import { readCounts } from '../../src/lib/views/source.ts';
import {
  closedPort,
  hang,
  json,
  plausible,
  startViewsServer,
  text,
  type ViewsServer,
} from '../support/views-server.ts';

const TOKEN = 'tok-3f9a-bi-mat-KHONG-DUOC-LO';

interface Fake {
  context: LoaderContext;
  entries: Map<string, { id: string; data: Record<string, unknown>; digest?: string }>;
  meta: Map<string, string>;
  warnings: string[];
  infos: string[];
  writes: number;
}

/** The parts of Astro's LoaderContext the loader uses, kept between "builds" like Astro's cache. */
function fakeContext(previous?: Fake): Fake {
  const fake: Fake = {
    entries: previous?.entries ?? new Map(),
    meta: previous?.meta ?? new Map(),
    warnings: [],
    infos: [],
    writes: 0,
    context: undefined as unknown as LoaderContext,
  };
  const store = {
    get: (id: string) => fake.entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
      fake.writes++;
      fake.entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...fake.entries.keys()],
    values: () => [...fake.entries.values()],
    entries: () => [...fake.entries],
    has: (id: string) => fake.entries.has(id),
    delete: (id: string) => {
      fake.writes++;
      fake.entries.delete(id);
    },
    clear: () => fake.entries.clear(),
  };
  const meta = {
    get: (k: string) => fake.meta.get(k),
    set: (k: string, v: string) => void fake.meta.set(k, v),
    has: (k: string) => fake.meta.has(k),
    delete: (k: string) => void fake.meta.delete(k),
  };
  const logger = {
    warn: (m: string) => fake.warnings.push(m),
    info: (m: string) => fake.infos.push(m),
    error: (m: string) => fake.warnings.push(m),
    debug: () => {},
  };
  fake.context = {
    collection: 'views',
    store,
    meta,
    logger,
    generateDigest: (d: unknown) =>
      createHash('sha1')
        .update(typeof d === 'string' ? d : JSON.stringify(d))
        .digest('hex'),
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  } as unknown as LoaderContext;
  return fake;
}

const counts = (fake: Fake) => Object.fromEntries([...fake.entries].map(([id, e]) => [id, e.data.views]));

let root: string;
let server: ViewsServer;
let base: Omit<ViewsLoaderOptions, 'kind' | 'url'>;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'cema-views-'));
  for (const slug of ['bai-a', 'bai-b', 'bai-c']) {
    mkdirSync(path.join(root, 'news/2024', slug), { recursive: true });
    writeFileSync(path.join(root, 'news/2024', slug, 'index.md'), '---\n---\n');
  }
  writeFileSync(path.join(root, 'view-counts.json'), '{ "bai-a": 10, "bai-b": 20 }\n');
  server = await startViewsServer(json({}));
  base = {
    file: path.join(root, 'view-counts.json'),
    token: TOKEN,
    timeoutMs: 1000, // long enough for a loaded CI machine, short enough to keep the hang tests quick
    strict: false,
    newsDir: path.join(root, 'news'),
  };
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  server.requests.length = 0;
});

const http = (extra: Partial<ViewsLoaderOptions> = {}): ViewsLoaderOptions => ({
  ...base,
  kind: 'http',
  url: `${server.url}/counts.json`,
  ...extra,
});

async function run(options: ViewsLoaderOptions, previous?: Fake): Promise<Fake> {
  const fake = fakeContext(previous);
  await viewsLoader(options).load(fake.context);
  return fake;
}

/** A first build that succeeds with known counts: the "last known counts" for the failure cases. */
async function goodBuild(): Promise<Fake> {
  server.handler = json({ '/tin-tuc/bai-a/': 100, '/tin-tuc/bai-b/': 200, 'bai-c': 300 });
  const fake = await run(http());
  expect(counts(fake)).toEqual({ 'bai-a': 100, 'bai-b': 200, 'bai-c': 300 });
  expect(fake.warnings).toEqual([]);
  return fake;
}

const FAILURES: [string, () => Promise<Partial<ViewsLoaderOptions>>, RegExp][] = [
  ['timeout', async () => ((server.handler = hang), {}), /quá thời gian chờ 1000 ms \(timeout\)/],
  [
    'connection refused',
    async () => ({ url: `${await closedPort()}/counts.json` }),
    /máy chủ từ chối \(connection refused\)/,
  ],
  ['HTTP 401', async () => ((server.handler = json({ error: 'bad key' }, 401)), {}), /HTTP 401 Unauthorized/],
  [
    'HTTP 404',
    async () => ((server.handler = text('not here', 'text/plain', 404)), {}),
    /HTTP 404 Not Found/,
  ],
  [
    'HTTP 503',
    async () => ((server.handler = text('down', 'text/plain', 503)), {}),
    /HTTP 503 Service Unavailable/,
  ],
  [
    'malformed body',
    async () => ((server.handler = text('{"bai-a": 1', 'application/json')), {}),
    /malformed JSON/,
  ],
  [
    'negative count',
    async () => ((server.handler = json({ 'bai-a': 5, '/tin-tuc/bai-b/': -40 })), {}),
    /1 dòng không hợp lệ[\s\S]*"\/tin-tuc\/bai-b\/": -40 — số âm \(negative\)/,
  ],
  [
    'non-integer counts',
    async () => ((server.handler = text('path,views\nbai-a,12.5\nbai-b,1e3\nbai-c,7\n')), {}),
    /2 dòng không hợp lệ[\s\S]*dòng 2 \("bai-a"\): "12\.5" — không phải số nguyên[\s\S]*dòng 3 \("bai-b"\): "1e3" — không phải là số/,
  ],
  [
    'per-article sum beyond a safe integer',
    async () => (
      (server.handler = json({ 'bai-a': Number.MAX_SAFE_INTEGER, '/tin-tuc/bai-a/': 5, 'bai-b': 1 })),
      {}
    ),
    /tổng lượt xem của 1 bài quá lớn \(vượt 9007199254740991\): bai-a/,
  ],
];

describe('a failing source, after a good build', () => {
  for (const [name, arrange, message] of FAILURES) {
    it(`${name}: keeps the last known counts and warns once, clearly`, async () => {
      const first = await goodBuild();
      const extra = await arrange();
      const second = await run(http(extra), first);
      expect(counts(second)).toEqual({ 'bai-a': 100, 'bai-b': 200, 'bai-c': 300 });
      expect(second.writes).toBe(0);
      expect(second.warnings).toHaveLength(1);
      expect(second.warnings[0]).toMatch(message);
      expect(second.warnings[0]).toMatch(
        /Dùng số đã biết từ lần build trước \(.*HTTP http:\/\/127\.0\.0\.1:\d+\/counts\.json, 3 bài\)/,
      );
      expect(second.warnings[0]).not.toContain(TOKEN);
    });

    it(`${name}: fails the build in strict mode, naming the cause`, async () => {
      const first = await goodBuild();
      const extra = await arrange();
      const error = await run(http({ ...extra, strict: true }), first).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(message);
      expect(error?.message).toMatch(/Build dừng vì CEMA_VIEWS_STRICT=true/);
      expect(error?.message).not.toContain(TOKEN);
      expect(error?.stack ?? '').not.toContain(TOKEN);
    });
  }
});

describe('a failing source on a first build (no last known counts)', () => {
  it('falls back to the snapshot file in the repo, with one warning', async () => {
    server.handler = text('oops', 'text/plain', 500);
    const fake = await run(http());
    expect(counts(fake)).toEqual({ 'bai-a': 10, 'bai-b': 20 });
    expect(fake.warnings).toHaveLength(1);
    expect(fake.warnings[0]).toMatch(/HTTP 500[\s\S]*dùng tệp view-counts\.json trong kho/);
  });

  it('shows legacy counts only when the snapshot is unusable too', async () => {
    server.handler = hang;
    const fake = await run(http({ file: path.join(root, 'khong-co.json') }));
    expect(counts(fake)).toEqual({});
    expect(fake.warnings).toHaveLength(1);
    expect(fake.warnings[0]).toMatch(
      /timeout[\s\S]*khong-co\.json \(file not found\)[\s\S]*chỉ hiện lượt xem cũ/,
    );
  });
});

describe('healthy sources', () => {
  it('reads the snapshot file (the default source of a fresh clone)', async () => {
    const fake = await run({ ...base, kind: 'file' });
    expect(counts(fake)).toEqual({ 'bai-a': 10, 'bai-b': 20 });
    expect(fake.warnings).toEqual([]);
  });

  it('sends the token as a bearer header, and reads CSV by content type', async () => {
    server.handler = text('/tin-tuc/bai-a/,4\n');
    const fake = await run(http());
    expect(counts(fake)).toEqual({ 'bai-a': 4 });
    expect(server.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('reads Plausible Stats API v2, page by page', async () => {
    server.handler = plausible({ '/tin-tuc/bai-a/': 7, '/tin-tuc/bai-c': 9, '/tin-tuc/bai-c/': 1 }, TOKEN);
    const fake = await run({ ...base, kind: 'plausible', url: server.url, siteId: 'tin.cema.gov.vn' });
    expect(counts(fake)).toEqual({ 'bai-a': 7, 'bai-c': 10 });
    const query = JSON.parse(server.requests[0]!.body);
    expect(query.site_id).toBe('tin.cema.gov.vn');
    expect(query.metrics).toEqual(['pageviews']);
    expect(server.requests[0]!.method).toBe('POST');
  });

  it('follows Plausible pagination when a page is full', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 10_001 }, (_, i) => [`/tin-tuc/khong-co-${i}/`, 1]),
    );
    pages['/tin-tuc/bai-b/'] = 2;
    server.handler = plausible(pages);
    const rows = await readCounts({ ...base, kind: 'plausible', url: server.url, siteId: 's' });
    expect(rows).toHaveLength(10_002);
    expect(server.requests.map((r) => JSON.parse(r.body).pagination.offset)).toEqual([0, 10_000]);
  });

  it('reports keys that match no article by name', async () => {
    server.handler = json({ 'bai-a': 1, '/tin-tuc/bai-da-xoa/': 5, '/gioi-thieu/': 2 });
    const fake = await run(http());
    expect(counts(fake)).toEqual({ 'bai-a': 1 });
    expect(fake.warnings).toHaveLength(1);
    expect(fake.warnings[0]).toMatch(/2 địa chỉ .* không khớp bài viết nào/);
    expect(fake.warnings[0]).toContain('"/tin-tuc/bai-da-xoa/"');
    expect(fake.warnings[0]).toContain('"/gioi-thieu/"');
  });

  it('does no store work when counts have not changed, and only the changed entries otherwise', async () => {
    const first = await goodBuild();
    const same = await run(http(), first);
    expect(same.writes).toBe(0);
    expect(same.infos.join('\n')).toMatch(/không đổi/);

    server.handler = json({ '/tin-tuc/bai-a/': 100, '/tin-tuc/bai-b/': 250 });
    const changed = await run(http(), same);
    expect(counts(changed)).toEqual({ 'bai-a': 100, 'bai-b': 250 });
    expect(changed.writes).toBe(2); // bai-b updated, bai-c removed; bai-a untouched
  });
});
