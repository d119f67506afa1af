/**
 * The one reader of the registries — content/categories.yaml, content/sources.yaml and
 * content/authors.yaml — used by
 * the collections (as the parser of Astro's file loader), the article validator, the linter, the importer and
 * the corpus generator. Each entry is checked against its schema; a broken entry is reported in
 * Vietnamese with file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '../slug.ts';
import type { SourceEntry } from '../source.ts';
import { imagePathProblem } from './image-checks.ts';
import { authorEntrySchema, categorySchema, sourceEntrySchema } from './schema.ts';

export type CategoryData = z.output<typeof categorySchema>;
export type SourceData = z.output<typeof sourceEntrySchema>;
export type AuthorData = z.output<typeof authorEntrySchema>;

export interface RegistryEntry<T> {
  id: string;
  data: T;
  /** 1-based line of the entry's "- id:" in the file. */
  line: number;
}

export interface RegistryProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export class RegistryError extends Error {
  readonly problems: RegistryProblem[];

  constructor(problems: RegistryProblem[]) {
    super(
      problems
        .map((p) => `${path.relative(process.cwd(), p.file)}:${p.line} — ${p.field}: ${p.message}`)
        .join('\n'),
    );
    this.problems = problems;
    this.name = 'RegistryError';
  }
}

export const CATEGORIES_FILE = 'categories.yaml';
export const SOURCES_FILE = 'sources.yaml';
export const AUTHORS_FILE = 'authors.yaml';

/** Reads one registry file: a YAML list of `{ id, …fields }`. Throws RegistryError on any problem. */
export function readRegistry<S extends z.ZodType>(
  file: string,
  schema: S,
  check?: EntryCheck<z.output<S>>,
): RegistryEntry<z.output<S>>[] {
  return parseRegistry(readFileSync(file, 'utf8'), file, schema, check);
}

/** A check beyond the schema (a file an entry names must exist): problems as field and message. */
export type EntryCheck<T> = (data: T) => { field: string; message: string }[];

/** The text of a registry file (`file` names it in messages). Throws RegistryError on any problem. */
export function parseRegistry<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check?: EntryCheck<z.output<S>>,
): RegistryEntry<z.output<S>>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  const problems: RegistryProblem[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? 1,
    field: '(YAML)',
    message: `lỗi cú pháp YAML: ${e.message.split('\n')[0]}`,
  }));
  const entries: RegistryEntry<z.output<S>>[] = [];
  const seen = new Map<string, number>();
  if (problems.length === 0 && doc.contents !== null && !isSeq(doc.contents)) {
    problems.push({
      file,
      line: 1,
      field: '(tệp)',
      message: 'cần một danh sách, mỗi mục bắt đầu bằng "- id: ..."',
    });
  }
  const items = problems.length === 0 && isSeq(doc.contents) ? doc.contents.items : [];
  for (const node of items) {
    const line = lineAt((node as { range?: readonly number[] | null }).range?.[0]);
    const value: unknown = isMap(node) ? node.toJSON() : undefined;
    if (!value || typeof value !== 'object') {
      problems.push({ file, line, field: '(mục)', message: 'mỗi mục cần dạng "- id: ...", kèm các trường' });
      continue;
    }
    const { id, ...fields } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) {
      problems.push({
        file,
        line,
        field: 'id',
        message: `mã "${String(id ?? '')}" phải gồm chữ thường không dấu, số và gạch nối (vd. hoat-dong-ban)`,
      });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ file, line, field: 'id', message: `mã "${id}" trùng với mục ở dòng ${seen.get(id)}` });
      continue;
    }
    seen.set(id, line);
    const result = schema.safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, line, field: issue.path.join('.') || '(mục)', message: issue.message });
      }
      continue;
    }
    const extra = check?.(result.data) ?? [];
    if (extra.length > 0) {
      for (const { field, message } of extra) problems.push({ file, line, field, message });
      continue;
    }
    entries.push({ id, data: result.data, line });
  }
  if (problems.length > 0) throw new RegistryError(problems);
  return entries;
}

export function readCategories(contentDir: string): RegistryEntry<CategoryData>[] {
  return readRegistry(path.join(contentDir, CATEGORIES_FILE), categorySchema);
}

export function readSources(contentDir: string): RegistryEntry<SourceData>[] {
  return readRegistry(path.join(contentDir, SOURCES_FILE), sourceEntrySchema);
}

/**
 * The checks of authors.yaml beyond its schema: a photo must be an image file of a published
 * format inside the content folder (`contentDir`, the folder of authors.yaml).
 */
export function authorChecks(contentDir: string): EntryCheck<AuthorData> {
  return (author) => {
    if (!author.photo) return [];
    const resolved = path.resolve(contentDir, author.photo);
    if (path.isAbsolute(author.photo) || path.relative(contentDir, resolved).startsWith('..')) {
      return [{ field: 'photo', message: `ảnh "${author.photo}" nằm ngoài thư mục content/` }];
    }
    const problem = imagePathProblem(author.photo);
    if (problem) return [{ field: 'photo', message: problem }];
    if (!existsSync(resolved)) {
      return [
        {
          field: 'photo',
          message: `không tìm thấy ảnh "${author.photo}" (đường dẫn tính từ thư mục content/, vd. tac-gia/minh-thu.jpg)`,
        },
      ];
    }
    return [];
  };
}

/** authors.yaml; a content folder without one has no registered author (every author is free text). */
export function readAuthors(contentDir: string): RegistryEntry<AuthorData>[] {
  const file = path.join(contentDir, AUTHORS_FILE);
  if (!existsSync(file)) return [];
  return readRegistry(file, authorEntrySchema, authorChecks(contentDir));
}

/** sources.yaml as flat entries ({ id, name, shortName?, url? }) for matching names and sites. */
export function readSourceEntries(contentDir: string): SourceEntry[] {
  return readSources(contentDir).map(({ id, data }) => ({ id, ...data }));
}

/** The text of a sources.yaml (`file` names it in messages) as flat entries. */
export function parseSourceEntries(text: string, file: string): SourceEntry[] {
  return parseRegistry(text, file, sourceEntrySchema).map(({ id, data }) => ({ id, ...data }));
}

/** The ids an article may refer to. */
export interface Registries {
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export function readRegistries(contentDir: string): Registries {
  return {
    categories: new Set(readCategories(contentDir).map((entry) => entry.id)),
    sources: new Set(readSources(contentDir).map((entry) => entry.id)),
  };
}

/** What a registry parser gives Astro's `file()` loader: the entries in file order, or none. */
export type FileLoaderEntries = Record<string, unknown>[] | Record<string, never>;

/**
 * A parser for Astro's `file()` loader: the same checks, entries as `{ id, …fields }`. No entry is
 * given as `{}`: the loader warns about an empty list on every build, and an empty registry is
 * normal (no registered author yet).
 */
export function registryParser<S extends z.ZodType>(
  file: string,
  schema: S,
  check?: EntryCheck<z.output<S>>,
): (text: string) => FileLoaderEntries {
  return (text) => {
    const entries = parseRegistry(text, file, schema, check).map(({ id, data }) => ({
      id,
      ...(data as Record<string, unknown>),
    }));
    return entries.length > 0 ? entries : {};
  };
}

/** One registry item as an editor picks it: its id and its display name. */
export interface RegistryChoice {
  id: string;
  name: string;
}

/** The registries in file order with their names (the browser editor's select options). */
export function readRegistryEntries(contentDir: string): {
  categories: RegistryChoice[];
  sources: RegistryChoice[];
  authors: RegistryChoice[];
} {
  const choices = (entries: readonly RegistryEntry<{ name: string }>[]) =>
    entries.map(({ id, data }) => ({ id, name: data.name }));
  return {
    categories: choices(readCategories(contentDir)),
    sources: choices(readSources(contentDir)),
    authors: choices(readAuthors(contentDir)),
  };
}
