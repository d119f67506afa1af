/**
 * View-count files and endpoints: "article slug or URL path → count", as JSON or CSV.
 *
 * JSON: `{ "<slug or /tin-tuc/slug/>": 123, … }` or `[{ "path": "/tin-tuc/…/", "views": 123 }, …]`
 *       (key field: slug | path | url | id | key; count field: views | count | pageviews | visits).
 * CSV:  one `key,count` per line; an optional header line; blank lines and `#` comments ignored.
 *
 * Every row must hold a non-negative integer. A source with any bad row is rejected as a whole
 * (a service that returns one negative count cannot be trusted for the others), and the error
 * names each bad row.
 */

export interface CountRow {
  key: string;
  count: number;
}

export type CountsFormat = 'json' | 'csv';

/** A source that could not be read or returned unusable data; `problems` name the bad rows. */
export class ViewsSourceError extends Error {
  readonly problems: string[];
  constructor(message: string, problems: string[] = []) {
    super(message);
    this.name = 'ViewsSourceError';
    this.problems = problems;
  }
}

/** At most this many bad rows are listed in a message (the total is always given). */
export const MAX_LISTED_PROBLEMS = 20;

const KEY_FIELDS = ['slug', 'path', 'url', 'id', 'key'] as const;
const COUNT_FIELDS = ['views', 'count', 'pageviews', 'visits'] as const;

/** Why `value` is not a usable count, or undefined when it is one. */
export function countProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'không phải là số (not a number)';
  if (!Number.isInteger(value)) return 'không phải số nguyên (not an integer)';
  if (value < 0) return 'số âm (negative)';
  if (!Number.isSafeInteger(value)) return 'quá lớn (too large)';
  return undefined;
}

const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));

/** Throws one ViewsSourceError listing every bad row, if there is any. */
export function rejectBadRows(problems: string[], what: string): void {
  if (problems.length === 0) return;
  throw new ViewsSourceError(`${what}: ${problems.length} dòng không hợp lệ (invalid rows)`, problems);
}

export function detectFormat(text: string, hint?: string): CountsFormat {
  const h = (hint ?? '').toLowerCase();
  if (h.includes('json')) return 'json';
  if (h.includes('csv') || h.includes('text/plain')) return 'csv';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/** Parses a counts body (file or HTTP response). Throws ViewsSourceError on malformed text or bad rows. */
export function parseCounts(text: string, format: CountsFormat, what = 'dữ liệu lượt xem'): CountRow[] {
  return format === 'json' ? parseJsonCounts(text, what) : parseCsvCounts(text, what);
}

/** JSON.parse for a counts source: malformed text throws ViewsSourceError naming `what`. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ViewsSourceError(
      `${what}: không đọc được JSON (malformed JSON: ${(error as Error).message.slice(0, 200)})`,
    );
  }
}

export function parseJsonCounts(text: string, what = 'dữ liệu lượt xem'): CountRow[] {
  const data = parseJson(text, what);
  const rows: CountRow[] = [];
  const problems: string[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      const record =
        item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
      const keyField = record && KEY_FIELDS.find((f) => typeof record[f] === 'string');
      const countField = record && COUNT_FIELDS.find((f) => f in record);
      if (!record || !keyField || !countField) {
        problems.push(
          `mục ${i + 1}: ${show(item).slice(0, 120)} — thiếu địa chỉ hoặc lượt xem (missing key or count)`,
        );
        return;
      }
      const key = record[keyField] as string;
      const problem = countProblem(record[countField]);
      if (problem) problems.push(`mục ${i + 1} (${show(key)}): ${show(record[countField])} — ${problem}`);
      else rows.push({ key, count: record[countField] as number });
    });
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const problem = countProblem(value);
      if (problem) problems.push(`${show(key)}: ${show(value)} — ${problem}`);
      else rows.push({ key, count: value as number });
    }
  } else {
    throw new ViewsSourceError(`${what}: JSON phải là đối tượng hoặc mảng (expected an object or an array)`);
  }
  rejectBadRows(problems, what);
  return rows;
}

const CSV_HEADER = /^(views|count|pageviews|visits|lượt xem|luot[ _-]?xem)$/iu;

export function parseCsvCounts(text: string, what = 'dữ liệu lượt xem'): CountRow[] {
  const rows: CountRow[] = [];
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    const [key = '', value = ''] = cells;
    // A header line: the first line, naming the count column.
    if (rows.length === 0 && problems.length === 0 && CSV_HEADER.test(value)) return;
    if (cells.length !== 2 || key === '') {
      problems.push(
        `dòng ${i + 1}: ${show(line.slice(0, 120))} — cần đúng 2 cột: địa chỉ, lượt xem (expected key,count)`,
      );
      return;
    }
    const count = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    const problem = countProblem(count);
    if (problem) problems.push(`dòng ${i + 1} (${show(key)}): ${show(value)} — ${problem}`);
    else rows.push({ key, count });
  });
  rejectBadRows(problems, what);
  return rows;
}

/** "3 dòng không hợp lệ …" plus the first bad rows, one per line. */
export function describeError(error: unknown): string {
  if (error instanceof ViewsSourceError) {
    const listed = error.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `\n    • ${p}`);
    const more =
      error.problems.length > MAX_LISTED_PROBLEMS
        ? `\n    • … (+${error.problems.length - MAX_LISTED_PROBLEMS})`
        : '';
    return `${error.message}${listed.join('')}${more}`;
  }
  return error instanceof Error ? error.message : String(error);
}
