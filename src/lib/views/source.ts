/**
 * Reading view counts from the configured source: the snapshot file in the repo, an HTTP endpoint
 * with the same JSON/CSV shape, or Plausible's Stats API. Shared by the content loader and the
 * staff command. Errors are ViewsSourceError with a message that never contains the token.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { detectFormat, parseCounts, ViewsSourceError, type CountRow } from './parse.ts';
import {
  parsePlausibleResponse,
  plausibleEndpoint,
  plausibleQuery,
  PLAUSIBLE_PAGE_SIZE,
} from './plausible.ts';

export const VIEW_SOURCE_KINDS = ['file', 'http', 'plausible'] as const;
export type ViewsSourceKind = (typeof VIEW_SOURCE_KINDS)[number];

export interface ViewsSourceConfig {
  kind: ViewsSourceKind;
  /** The snapshot file (JSON or CSV by extension). */
  file: string;
  /** http: the endpoint; plausible: the instance's origin (https://plausible.io or self-hosted). */
  url?: string;
  /** Bearer token for http/plausible. A secret: never logged, never written. */
  token?: string;
  /** plausible: the site_id (the domain registered in Plausible). */
  siteId?: string;
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_SNAPSHOT_FILE = 'view-counts.json';

export interface ViewsEnvConfig extends ViewsSourceConfig {
  /** CEMA_VIEWS_STRICT: fail the build when the source fails, instead of falling back. */
  strict: boolean;
}

/**
 * The one reading of the view-count environment, shared by the build (src/content.config.ts)
 * and `npm run views:pull`: CEMA_VIEWS_SOURCE, CEMA_VIEWS_FILE (relative to the content folder),
 * CEMA_VIEWS_URL, CEMA_VIEWS_SITE_ID, CEMA_VIEWS_TOKEN, CEMA_VIEWS_TIMEOUT_MS, CEMA_VIEWS_STRICT.
 * Throws ViewsSourceError, in Vietnamese, for a value it cannot use.
 */
export function viewsConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  contentDir: string,
): ViewsEnvConfig {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const kind = (value('CEMA_VIEWS_SOURCE') ?? 'file') as ViewsSourceKind;
  if (!VIEW_SOURCE_KINDS.includes(kind)) {
    throw new ViewsSourceError(
      `CEMA_VIEWS_SOURCE phải là một trong: ${VIEW_SOURCE_KINDS.join(', ')} (got "${kind}")`,
    );
  }
  const timeout = value('CEMA_VIEWS_TIMEOUT_MS');
  const timeoutMs = timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new ViewsSourceError(`CEMA_VIEWS_TIMEOUT_MS phải là số mili giây nguyên dương (got "${timeout}")`);
  }
  const url = value('CEMA_VIEWS_URL');
  if (url !== undefined && !URL.canParse(url)) {
    throw new ViewsSourceError('CEMA_VIEWS_URL phải là một URL đầy đủ (https://...)');
  }
  const strict = value('CEMA_VIEWS_STRICT');
  if (strict !== undefined && strict !== 'true' && strict !== 'false') {
    throw new ViewsSourceError(`CEMA_VIEWS_STRICT phải là true hoặc false (got "${strict}")`);
  }
  return {
    kind,
    file: path.resolve(contentDir, value('CEMA_VIEWS_FILE') ?? DEFAULT_SNAPSHOT_FILE),
    url,
    siteId: value('CEMA_VIEWS_SITE_ID'),
    token: value('CEMA_VIEWS_TOKEN'),
    timeoutMs,
    strict: strict === 'true',
  };
}

/** The process environment over the project's `.env` (as Astro and `views:pull` read it). */
export function environmentWithDotEnv(root = process.cwd()): Record<string, string | undefined> {
  const file = path.join(root, '.env');
  return { ...(existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {}), ...process.env };
}

/** Replaces the token wherever it might have slipped into a message. */
export function redact(text: string, token: string | undefined): string {
  return token && token.length > 0 ? text.split(token).join('***') : text;
}

/** The source as staff can recognise it, without credentials or query string. */
export function describeSource(config: ViewsSourceConfig, root = process.cwd()): string {
  if (config.kind === 'file') return `tệp ${path.relative(root, config.file) || config.file}`;
  let where = config.url ?? '(chưa cấu hình URL)';
  try {
    const url = new URL(where);
    where = `${url.origin}${url.pathname}`;
  } catch {
    /* shown as given */
  }
  return config.kind === 'plausible' ? `Plausible ${where} (site ${config.siteId ?? '?'})` : `HTTP ${where}`;
}

export async function readCounts(config: ViewsSourceConfig): Promise<CountRow[]> {
  try {
    switch (config.kind) {
      case 'file':
        return await readSnapshotFile(config.file);
      case 'http':
        return await readHttp(config);
      case 'plausible':
        return await readPlausible(config);
    }
  } catch (error) {
    if (error instanceof ViewsSourceError) {
      error.message = redact(error.message, config.token);
      throw error;
    }
    throw new ViewsSourceError(redact(String((error as Error)?.message ?? error), config.token));
  }
}

export async function readSnapshotFile(file: string): Promise<CountRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ViewsSourceError(
      code === 'ENOENT'
        ? `không có tệp ${file} (file not found)`
        : `không đọc được ${file} (${code ?? error})`,
    );
  }
  return parseCounts(text, detectFormat(text, path.extname(file)), `tệp ${path.basename(file)}`);
}

function requireUrl(config: ViewsSourceConfig): string {
  if (!config.url) throw new ViewsSourceError('chưa cấu hình CEMA_VIEWS_URL (no URL configured)');
  return config.url;
}

/** fetch with a timeout covering the whole response, and errors staff can act on. */
async function fetchText(
  url: string,
  init: RequestInit,
  config: ViewsSourceConfig,
): Promise<{ text: string; contentType: string }> {
  const headers = new Headers(init.headers);
  if (config.token) headers.set('Authorization', `Bearer ${config.token}`);
  const signal = AbortSignal.timeout(config.timeoutMs);
  try {
    const response = await fetch(url, { ...init, headers, signal, redirect: 'follow' });
    const text = await response.text();
    if (!response.ok) {
      const detail = text.replace(/\s+/g, ' ').trim().slice(0, 160);
      throw new ViewsSourceError(
        `máy chủ trả lỗi HTTP ${response.status} ${response.statusText}`.trim() +
          (detail ? ` — ${detail}` : ''),
      );
    }
    return { text, contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (error instanceof ViewsSourceError) throw error;
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError' || signal.aborted) {
      throw new ViewsSourceError(`quá thời gian chờ ${config.timeoutMs} ms (timeout)`);
    }
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    if (cause?.code === 'ECONNREFUSED')
      throw new ViewsSourceError('không kết nối được: máy chủ từ chối (connection refused)');
    throw new ViewsSourceError(
      `không kết nối được (${cause?.code ?? cause?.message ?? (error as Error)?.message ?? 'network error'})`,
    );
  }
}

async function readHttp(config: ViewsSourceConfig): Promise<CountRow[]> {
  const url = requireUrl(config);
  const { text, contentType } = await fetchText(
    url,
    { headers: { Accept: 'application/json, text/csv' } },
    config,
  );
  return parseCounts(text, detectFormat(text, contentType), 'phản hồi HTTP');
}

async function readPlausible(config: ViewsSourceConfig): Promise<CountRow[]> {
  const url = plausibleEndpoint(requireUrl(config));
  if (!config.siteId) throw new ViewsSourceError('chưa cấu hình CEMA_VIEWS_SITE_ID (no Plausible site_id)');
  const rows: CountRow[] = [];
  for (let offset = 0; ; offset += PLAUSIBLE_PAGE_SIZE) {
    const { text } = await fetchText(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(plausibleQuery(config.siteId, offset)),
      },
      config,
    );
    const page = parsePlausibleResponse(text, 'phản hồi Plausible');
    rows.push(...page);
    if (page.length < PLAUSIBLE_PAGE_SIZE) return rows;
  }
}
