/**
 * What the importer wrote last time, per article: a hash of each front-matter field it wrote
 * and of the body, in `content/import-manifest.json` (committed with the articles). On the next
 * run, a field whose current value no longer has its recorded hash was changed by staff, and a
 * field whose new imported value differs from it was changed on the old portal (see merge.ts).
 * Hashes, not copies: the manifest stays small and says nothing an article does not.
 */
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = 'import-manifest.json';

export interface ImportRecord {
  /** The article file, relative to the content folder (posix). */
  file: string;
  /** Front-matter field → hash of the value the importer wrote. */
  fields: Record<string, string>;
  /** Hash of the body the importer wrote. */
  body: string;
  /**
   * Set only when the run's outcome is what the same page would give again (see import.ts):
   * hashes of the page file (import settings, name, bytes), of the article file as that run left
   * it and of the page's report section. All three unchanged → the next run skips the page.
   */
  page?: string;
  written?: string;
  report?: string;
}

/** Identity key (see identity.ts) → record. */
export type Manifest = Map<string, ImportRecord>;

/** JSON with object keys sorted, so that equal values hash equal whatever their key order. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short hash of a front-matter value or a body (96 bits: collisions are not a concern). */
export function hashValue(value: unknown): string {
  return hash('sha256', canonicalJson(value), 'base64url').slice(0, 16);
}

/** Hash of a text or of bytes (an article file, a report section, a page): same length as hashValue. */
export function hashBytes(...parts: (string | Uint8Array)[]): string {
  // Each part followed by a separator, so that ("ab", "c") and ("a", "bc") differ. One-shot
  // hashing: a page's dozen small hashes cost far less than with a Hash object each.
  const data = parts.every((part) => typeof part === 'string')
    ? `${parts.join('\0')}\0`
    : Buffer.concat(
        parts.flatMap((part) => [typeof part === 'string' ? Buffer.from(part) : part, SEPARATOR]),
      );
  return hash('sha256', data, 'base64url').slice(0, 16);
}

const SEPARATOR = Buffer.from([0]);

/** The hash an absent field has. */
export const ABSENT = hashValue(undefined);

export function recordOf(file: string, data: Record<string, unknown>, body: string): ImportRecord {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined) fields[key] = hashValue(value);
  return { file, fields, body: hashValue(body) };
}

export class ManifestError extends Error {}

export function readManifest(contentDir: string): Manifest {
  const file = path.join(contentDir, MANIFEST_FILE);
  const manifest: Manifest = new Map();
  if (!existsSync(file)) return manifest;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ManifestError(
      `${file}: không đọc được (${(error as Error).message}); khôi phục tệp từ git — không có nó trình nhập không biết biên tập viên đã sửa gì / cannot be read; restore it from git`,
    );
  }
  const articles = (parsed as { articles?: Record<string, ImportRecord> } | null)?.articles ?? {};
  for (const [key, record] of Object.entries(articles)) {
    if (record && typeof record.file === 'string' && typeof record.body === 'string' && record.fields)
      manifest.set(key, record);
  }
  return manifest;
}

const NOTE =
  'Ghi bởi npm run import:legacy: dấu vết những gì trình nhập đã ghi lần trước, để giữ các sửa đổi của biên tập viên. Không sửa tay. / Written by the legacy importer: what it wrote last time, so that editors’ changes are kept. Do not edit.';

/** Deterministic text: keys sorted, one record per line block, trailing newline. */
export function renderManifest(manifest: Manifest): string {
  const keys = [...manifest.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const articles: Record<string, ImportRecord> = {};
  for (const key of keys) {
    const record = manifest.get(key) as ImportRecord;
    const fields = Object.fromEntries(Object.entries(record.fields).sort(([a], [b]) => (a < b ? -1 : 1)));
    const { file, body, page, written, report } = record;
    articles[key] = { file, fields, body, ...(page && written && report ? { page, written, report } : {}) };
  }
  return `${JSON.stringify({ note: NOTE, articles }, null, 2)}\n`;
}
