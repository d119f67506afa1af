/**
 * Re-importing a page whose article already exists: a three-way merge, field by field and for
 * the body, between what the importer wrote last time (its hashes in the manifest), what the
 * article holds now (staff's edits) and what the old portal gives now.
 *
 *   staff did not change it            → the portal's new value (updates from a better scrape)
 *   staff changed it, portal did not   → staff's value, listed as a kept hand edit
 *   both changed it (differently)      → staff's value, and the report shows both
 *
 * Without a record (an article imported before the manifest existed, or the manifest lost) the
 * portal is assumed unchanged, so every difference is kept as staff's. Pure: no I/O.
 */
import type { Decision } from './convert.ts';
import { quote } from './captions.ts';
import { ABSENT, hashValue, type ImportRecord } from './manifest.ts';

/** An article as front matter (parsed YAML) and Markdown body. */
export interface ArticleText {
  data: Record<string, unknown>;
  body: string;
}

/** The fields staff most often set, listed first in the report (then the others, A–Z). */
export const EDITOR_FIELDS = [
  'publishedAt',
  'draft',
  'featured',
  'tags',
  'author',
  'cover',
  'coverAlt',
] as const;

export interface MergeResult {
  merged: ArticleText;
  /** Fields (and "body") whose value is staff's. */
  keptFromStaff: string[];
  /** Fields (and "body") that both staff and the old portal changed (the report shows both). */
  bothChanged: string[];
  decisions: Decision[];
}

function show(value: unknown): string {
  if (value === undefined) return '(không có / none)';
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

const reportRank = (key: string) => {
  const i = (EDITOR_FIELDS as readonly string[]).indexOf(key);
  return i < 0 ? EDITOR_FIELDS.length : i;
};

function paragraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Where two bodies differ, by paragraph: the first differing one of each side. */
export function describeBodyDifference(staff: string, portal: string): string {
  const a = paragraphs(staff);
  const b = paragraphs(portal);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const side = (list: string[], from: number, to: number) =>
    to > from
      ? `${quote(list[from] as string, 160)}${to - from > 1 ? ` (+${to - from - 1})` : ''}`
      : '(không có / none)';
  return (
    `đoạn ${start + 1}${Math.max(endA, endB) - start > 1 ? `–${Math.max(endA, endB)}` : ''} khác nhau / paragraph(s) differ from ${start + 1}: ` +
    `biên tập viên / editors: ${side(a, start, endA)}; cổng cũ / old portal: ${side(b, start, endB)}`
  );
}

/**
 * `legacy` is merged key by key (a re-scrape updates `legacy.views` while staff may have added
 * another old path); every other field is one value.
 */
export function flattenForMerge(data: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'legacy' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value)) flat[`legacy.${sub}`] = subValue;
    } else flat[key] = value;
  }
  return flat;
}

export function unflattenAfterMerge(flat: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key.startsWith('legacy.')) {
      const legacy = (data.legacy ??= {}) as Record<string, unknown>;
      legacy[key.slice('legacy.'.length)] = value;
    } else data[key] = value;
  }
  return data;
}

export function mergeReimport(input: {
  fresh: ArticleText;
  existing: ArticleText;
  record?: ImportRecord;
}): MergeResult {
  const { record } = input;
  const fresh = { data: flattenForMerge(input.fresh.data), body: input.fresh.body };
  const existing = { data: flattenForMerge(input.existing.data), body: input.existing.body };
  const base = (key: string, portalValue: unknown) =>
    record ? (record.fields[key] ?? ABSENT) : hashValue(portalValue);
  const keys = [...new Set([...Object.keys(fresh.data), ...Object.keys(existing.data)])];
  const data: Record<string, unknown> = {};
  const kept: string[] = [];
  const both: string[] = [];
  const keptFromStaff: string[] = [];
  for (const key of keys) {
    const staff = existing.data[key];
    const portal = fresh.data[key];
    const was = base(key, portal);
    const staffHash = hashValue(staff);
    const value = staffHash === was ? portal : staff;
    if (value !== undefined) data[key] = value;
    if (staffHash === was || staffHash === hashValue(portal)) continue;
    keptFromStaff.push(key);
    if (hashValue(portal) === was) kept.push(key);
    else both.push(key);
  }

  const decisions: Decision[] = [];
  const ordered = (list: string[]) =>
    [...list].sort((a, b) => reportRank(a) - reportRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (kept.length) {
    decisions.push({
      kind: 'handEdit',
      order: 0,
      message: `Giữ sửa tay của biên tập viên trong bài đã có (${ordered(kept)
        .map((key) => `${key}: ${show(existing.data[key])}`)
        .join('; ')}) / kept the editors' hand edits in the existing article.`,
    });
  }
  for (const key of ordered(both)) {
    decisions.push({
      kind: 'handEdit',
      order: 1,
      message: `Cả biên tập viên và cổng cũ đã đổi ${key}: giữ bản của biên tập viên ${show(existing.data[key])}; cổng cũ nay ghi ${show(fresh.data[key])} / both the editors and the old portal changed ${key}: the editors' version is kept; compare with the portal's.`,
    });
  }

  let body = fresh.body;
  const bodyWas = record ? record.body : hashValue(fresh.body);
  const staffBody = hashValue(existing.body);
  if (staffBody !== bodyWas && staffBody !== hashValue(fresh.body)) {
    body = existing.body;
    keptFromStaff.push('body');
    const portalChanged = hashValue(fresh.body) !== bodyWas;
    if (portalChanged) both.push('body');
    decisions.push({
      kind: 'handEdit',
      order: 2,
      message: portalChanged
        ? `Cả biên tập viên và cổng cũ đã đổi thân bài: giữ bản của biên tập viên; ${describeBodyDifference(existing.body, fresh.body)} / both changed the body: the editors' version is kept.`
        : 'Giữ thân bài biên tập viên đã sửa (trang cũ không đổi) / kept the body as the editors edited it (unchanged on the old portal).',
    });
  }
  return { merged: { data: unflattenAfterMerge(data), body }, keptFromStaff, bothChanged: both, decisions };
}
