/**
 * The `logs` view-count source: article page views counted from the web server's own access logs
 * (nginx "combined" format, or deploy/nginx's `cema_views` = combined + Sec-Purpose + Purpose),
 * so the site needs no client script and no third-party service.
 *
 * A request is a view when it is a GET of an article page (`/tin-tuc/<slug>/`, any query string)
 * answered 200, by a user agent that is not a bot or crawler (isbot, and an empty agent), and not
 * a prefetch or prerender (Sec-Purpose / Purpose headers). Repeated views of one article by one
 * client (address + user agent) within `windowMs` count once. Logs rotate, so counting is
 * incremental: only requests in [since, until) are counted, `until` being the newest request's
 * second, and the caller keeps `until` for the next run (scripts/views-pull.ts), so a request is
 * never counted twice however the files overlap, and none is lost between two runs.
 * Client addresses are only held in memory while counting: nothing but counts is written.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isbot } from 'isbot';
import { articleSlugFromPath } from '../urls.ts';
import { ViewsSourceError, type CountRow } from './parse.ts';

/** Repeated views of one article by one client within this window count once. */
export const REPEAT_WINDOW_MS = 30 * 60 * 1000;

export interface LogHit {
  time: number;
  client: string;
  slug: string;
}

export type LineVerdict =
  | { kind: 'view'; hit: LogHit }
  | { kind: 'skipped'; reason: 'not-article' | 'method' | 'status' | 'bot' | 'prefetch' }
  | { kind: 'malformed' };

// $remote_addr - $remote_user [$time_local] "$request" $status $bytes "$referer" "$agent" ["$sec_purpose" "$purpose"]
// nginx writes a " inside a field as \x22, so a quoted field never contains a bare quote.
const LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "([^"]*)" (\d{3}) \S+ "[^"]*" "([^"]*)"(?: "([^"]*)" "([^"]*)")?/;
const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** nginx `$time_local` ("01/Dec/2026:20:13:01 +0700") → epoch milliseconds, or NaN. */
export function parseLogTime(text: string): number {
  const m = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(text);
  if (!m || !MONTHS[m[2]!]) return Number.NaN;
  return Date.parse(`${m[3]}-${MONTHS[m[2]!]}-${m[1]}T${m[4]}${m[5]}:${m[6]}`);
}

const isPrefetch = (value: string | undefined) =>
  value !== undefined && value !== '-' && /\b(prefetch|prerender|preview)\b/i.test(value);

/** Classifies one access-log line. */
export function classifyLine(line: string): LineVerdict {
  const m = LINE.exec(line);
  if (!m) return { kind: 'malformed' };
  const [, address, timeText, request, status, agent, secPurpose, purpose] = m;
  const time = parseLogTime(timeText!);
  const [method, target] = request!.split(' ');
  if (Number.isNaN(time) || target === undefined) return { kind: 'malformed' };
  const slug = articleSlugFromPath(target);
  if (slug === undefined) return { kind: 'skipped', reason: 'not-article' };
  if (method !== 'GET') return { kind: 'skipped', reason: 'method' };
  if (status !== '200') return { kind: 'skipped', reason: 'status' };
  const userAgent = agent!.trim();
  if (userAgent === '' || userAgent === '-' || isbot(userAgent)) return { kind: 'skipped', reason: 'bot' };
  if (isPrefetch(secPurpose) || isPrefetch(purpose)) return { kind: 'skipped', reason: 'prefetch' };
  return { kind: 'view', hit: { time, client: `${address}\u0000${userAgent}`, slug } };
}

export interface LogCount {
  /** Views per article slug. */
  rows: CountRow[];
  /** Newest request time seen (second precision), the `until` to keep for the next run; undefined with no line. */
  until?: number;
  stats: Record<
    | 'lines'
    | 'views'
    | 'repeats'
    | 'before'
    | 'malformed'
    | 'not-article'
    | 'method'
    | 'status'
    | 'bot'
    | 'prefetch',
    number
  >;
}

/** Lines of a log file; `.gz` (logrotate's compressed rotations) is decompressed on the fly. */
export async function* logLines(file: string): AsyncGenerator<string> {
  // Opened only when iterated: a readline interface left waiting would drop its lines.
  const raw = createReadStream(file);
  let stream: Readable = raw;
  if (file.endsWith('.gz')) {
    const gunzip = createGunzip();
    // pipe() does not forward a read error (a missing file): without this the read would hang.
    raw.on('error', (error) => gunzip.destroy(error));
    stream = raw.pipe(gunzip);
  }
  yield* createInterface({ input: stream, crlfDelay: Infinity });
}

/**
 * Counts views in the given lines (any order, any overlap between files: a line read twice is
 * one request seen twice, and dropped as a repeat). `since`: epoch ms already counted by an
 * earlier run (requests before it are skipped).
 */
export async function countLogViews(
  sources: Iterable<AsyncIterable<string> | Iterable<string>>,
  options: { since?: number; windowMs?: number } = {},
): Promise<LogCount> {
  const windowMs = options.windowMs ?? REPEAT_WINDOW_MS;
  const stats: LogCount['stats'] = {
    lines: 0,
    views: 0,
    repeats: 0,
    before: 0,
    malformed: 0,
    'not-article': 0,
    method: 0,
    status: 0,
    bot: 0,
    prefetch: 0,
  };
  const hits: LogHit[] = [];
  let newest = Number.NEGATIVE_INFINITY;
  for (const lines of sources) {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      stats.lines++;
      const verdict = classifyLine(line);
      if (verdict.kind === 'malformed') {
        stats.malformed++;
        continue;
      }
      // Every well-formed line moves `until`, so skipped requests are not read again either.
      const time = verdict.kind === 'view' ? verdict.hit.time : timeOf(line);
      if (time > newest) newest = time;
      if (verdict.kind === 'skipped') stats[verdict.reason]++;
      else hits.push(verdict.hit);
    }
  }
  const until = Number.isFinite(newest) ? newest : undefined;
  const since = options.since ?? Number.NEGATIVE_INFINITY;
  hits.sort((a, b) => a.time - b.time);
  const lastCounted = new Map<string, number>();
  const perSlug = new Map<string, number>();
  for (const hit of hits) {
    // The newest second may still be growing: it is counted by the next run.
    if (hit.time < since || (until !== undefined && hit.time >= until)) {
      if (hit.time < since) stats.before++;
      continue;
    }
    const key = `${hit.client}\u0000${hit.slug}`;
    const last = lastCounted.get(key);
    if (last !== undefined && hit.time - last < windowMs) {
      stats.repeats++;
      continue;
    }
    lastCounted.set(key, hit.time);
    perSlug.set(hit.slug, (perSlug.get(hit.slug) ?? 0) + 1);
    stats.views++;
  }
  const rows = [...perSlug].map(([key, count]) => ({ key, count }));
  return { rows, until, stats };
}

function timeOf(line: string): number {
  const m = /\[([^\]]+)\]/.exec(line);
  return m ? parseLogTime(m[1]!) : Number.NEGATIVE_INFINITY;
}

/** Reads and counts log files; a file that cannot be read is a ViewsSourceError naming it. */
export async function countLogFiles(
  files: readonly string[],
  options: { since?: number; windowMs?: number } = {},
): Promise<LogCount> {
  if (files.length === 0) {
    throw new ViewsSourceError(
      'chưa có tệp nhật ký nào (no access-log files given): npm run views:pull -- --source logs <tệp…>',
    );
  }
  try {
    return await countLogViews(files.map(logLines), options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = (error as { path?: string }).path;
    throw new ViewsSourceError(
      code === 'ENOENT'
        ? `không có tệp nhật ký ${file ?? ''} (file not found)`
        : `không đọc được tệp nhật ký ${file ?? ''} (${code ?? (error as Error).message})`,
    );
  }
}
