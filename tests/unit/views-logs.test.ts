/** The `logs` view-count source: which access-log lines are article views, repeats, rotation. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  classifyLine,
  countLogFiles,
  countLogViews,
  parseLogTime,
  REPEAT_WINDOW_MS,
} from '../../src/lib/views/logs.ts';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** One line in deploy/nginx's cema_views format (combined + Sec-Purpose + Purpose). */
function line(o: {
  ip?: string;
  time?: string;
  method?: string;
  path?: string;
  status?: number;
  agent?: string;
  secPurpose?: string;
  purpose?: string;
  combinedOnly?: boolean;
}): string {
  const base =
    `${o.ip ?? '203.0.113.7'} - - [${o.time ?? '01/Dec/2026:10:00:00 +0700'}] ` +
    `"${o.method ?? 'GET'} ${o.path ?? '/tin-tuc/bai-a/'} HTTP/1.1" ${o.status ?? 200} 5120 ` +
    `"https://www.google.com/" "${o.agent ?? CHROME}"`;
  return o.combinedOnly ? base : `${base} "${o.secPurpose ?? '-'}" "${o.purpose ?? '-'}"`;
}

const at = (hhmmss: string) => `01/Dec/2026:${hhmmss} +0700`;
const count = async (lines: string[], options = {}) => {
  const result = await countLogViews([lines], options);
  return { ...result, counts: Object.fromEntries(result.rows.map((r) => [r.key, r.count])) };
};

describe('classifyLine', () => {
  it('an article GET answered 200 by a browser is a view, in both log formats', () => {
    for (const text of [
      line({}),
      line({ combinedOnly: true }),
      line({ path: '/tin-tuc/bai-a/?utm_source=zalo' }),
    ]) {
      const verdict = classifyLine(text);
      expect(verdict.kind, text).toBe('view');
      if (verdict.kind === 'view') expect(verdict.hit.slug).toBe('bai-a');
    }
    expect(classifyLine(line({ path: '/tin-tuc/bai-a' })).kind).toBe('view');
  });

  it('leaves out bots, prefetches, HEAD/POST, non-200 and other pages', () => {
    const reason = (text: string) => {
      const verdict = classifyLine(text);
      return verdict.kind === 'skipped' ? verdict.reason : verdict.kind;
    };
    expect(reason(line({ agent: GOOGLEBOT }))).toBe('bot');
    expect(reason(line({ agent: 'curl/8.5.0' }))).toBe('bot');
    expect(reason(line({ agent: '-' }))).toBe('bot');
    expect(
      reason(
        line({
          agent:
            'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
        }),
      ),
    ).toBe('bot');
    expect(reason(line({ secPurpose: 'prefetch' }))).toBe('prefetch');
    expect(reason(line({ secPurpose: 'prefetch;prerender' }))).toBe('prefetch');
    expect(reason(line({ purpose: 'prefetch' }))).toBe('prefetch');
    expect(reason(line({ method: 'HEAD' }))).toBe('method');
    expect(reason(line({ method: 'POST' }))).toBe('method');
    expect(reason(line({ status: 304 }))).toBe('status');
    expect(reason(line({ status: 404 }))).toBe('status');
    expect(reason(line({ status: 301, path: '/tin-tuc/bai-a' }))).toBe('status');
    expect(reason(line({ path: '/chuyen-muc/tin-tong-hop/' }))).toBe('not-article');
    expect(reason(line({ path: '/_astro/app.css' }))).toBe('not-article');
    expect(reason(line({ path: '/tin-tuc/bai-a/anh.jpg' }))).toBe('not-article');
    expect(reason('not a log line')).toBe('malformed');
  });

  it('reads nginx times with their offset', () => {
    expect(parseLogTime('01/Dec/2026:10:00:00 +0700')).toBe(Date.parse('2026-12-01T03:00:00Z'));
    expect(parseLogTime('01/Dec/2026:03:00:00 +0000')).toBe(Date.parse('2026-12-01T03:00:00Z'));
    expect(parseLogTime('32/Foo/2026:03:00:00 +0000')).toBeNaN();
  });
});

describe('countLogViews', () => {
  it('counts one view per client and article within the repeat window', async () => {
    const { counts, stats } = await count([
      line({ time: at('10:00:00') }),
      line({ time: at('10:05:00') }), // same reader, reload: once
      line({ time: at('10:05:00'), agent: FIREFOX }), // same address, another browser (an office NAT)
      line({ time: at('10:06:00'), ip: '198.51.100.2' }),
      line({ time: at('10:40:01') }), // back after the window: counted again
      line({ time: at('10:07:00'), path: '/tin-tuc/bai-b/' }),
      line({ time: at('10:08:00'), agent: GOOGLEBOT }),
      line({ time: at('10:59:59'), path: '/' }), // newest line: sets the end of this run
    ]);
    expect(counts).toEqual({ 'bai-a': 4, 'bai-b': 1 });
    expect(stats.repeats).toBe(1);
    expect(stats.bot).toBe(1);
    expect(REPEAT_WINDOW_MS).toBe(30 * 60 * 1000);
  });

  it('counts [since, until): nothing before the last run, the newest second left for the next', async () => {
    const lines = [
      line({ time: at('09:00:00'), ip: '192.0.2.1' }),
      line({ time: at('10:00:00'), ip: '192.0.2.2' }),
      line({ time: at('11:00:00'), ip: '192.0.2.3' }),
    ];
    const first = await count(lines.slice(0, 2));
    expect(first.counts).toEqual({ 'bai-a': 1 });
    expect(first.until).toBe(parseLogTime(at('10:00:00')));
    // The next run sees the old lines again (the log was not rotated yet) plus a new one.
    const second = await count(lines, { since: first.until });
    expect(second.counts).toEqual({ 'bai-a': 1 });
    expect(second.stats.before).toBe(1);
    expect(second.until).toBe(parseLogTime(at('11:00:00')));
  });

  it('does not count a line twice when rotated files overlap', async () => {
    const a = line({ time: at('10:00:00') });
    const b = line({ time: at('10:01:00'), ip: '198.51.100.9' });
    const end = line({ time: at('12:00:00'), path: '/' });
    const result = await countLogViews([
      [a, b],
      [b, end],
    ]);
    expect(result.rows).toEqual([{ key: 'bai-a', count: 2 }]);
  });
});

describe('countLogFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cema-logs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads plain and gzip-rotated logs', async () => {
    writeFileSync(
      path.join(dir, 'access.log.2.gz'),
      gzipSync(`${line({ time: at('08:00:00'), path: '/tin-tuc/bai-c/' })}\n`),
    );
    writeFileSync(path.join(dir, 'access.log.1'), `${line({ time: at('09:00:00') })}\n`);
    writeFileSync(path.join(dir, 'access.log'), `${line({ time: at('10:00:00'), path: '/' })}\n`);
    const result = await countLogFiles(
      ['access.log', 'access.log.1', 'access.log.2.gz'].map((f) => path.join(dir, f)),
    );
    expect(Object.fromEntries(result.rows.map((r) => [r.key, r.count]))).toEqual({ 'bai-a': 1, 'bai-c': 1 });
  });

  it('names a missing file, and asks for files when none is given', async () => {
    await expect(countLogFiles([path.join(dir, 'khong-co.log')])).rejects.toThrow(/khong-co\.log/);
    await expect(countLogFiles([path.join(dir, 'khong-co.log.3.gz')])).rejects.toThrow(
      /khong-co\.log\.3\.gz/,
    );
    await expect(countLogFiles([])).rejects.toThrow(/--source logs/);
  });
});
