/**
 * The legacy import run: scraped old-portal pages (*.txt) → content/news/<yyyy>/<slug>/index.md,
 * content/import-manifest.json and the import report. `scripts/import-legacy.ts` is the staff
 * command around it.
 *
 * Files are processed one at a time, sorted by name; each goes through named steps:
 *   read (decode + convert) → fit to the schema → find its article (identity) → check that it
 *   is the same article (else a conflict: nothing written) → merge with staff's edits → validate
 *   → write only what changed → remember what was written (manifest).
 * A file that cannot be imported safely is rejected with a message naming it; the others
 * continue. Re-running on the same inputs changes nothing.
 *
 * Re-runs at scale: a page whose file, article and report section all still have the hashes the
 * manifest recorded is skipped before it is decoded, parsed or validated (its previous report
 * section is reused). The manifest records them only for a stable outcome — one the same inputs
 * would give again — so skipping never changes what a run writes or reports. Existing articles
 * are read and parsed only when a page needs the index (a new or changed page).
 */
// Synchronous file calls: one file at a time in a fixed order, and for thousands of small files
// they cost less than the thread-pool round trips of fs/promises. What takes the CPU — decoding,
// converting, rendering and validating a page — can run ahead in worker threads (page-queue.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { listArticleFolders } from '../../src/lib/content/files.ts';
import { parseFrontmatter, type ParsedFrontmatter } from '../../src/lib/content/frontmatter.ts';
import type { Registries } from '../../src/lib/content/registries.ts';
import { CATEGORIES_FILE, parseSourceEntries, readCategories } from '../../src/lib/content/registries.ts';
import type { SourceEntry } from '../../src/lib/source.ts';
import { formatProblem, validateArticle, type ContentProblem } from '../../src/lib/content/validate.ts';
import { uniqueSlug } from '../../src/lib/slug.ts';
import { quote } from './captions.ts';
import { KNOWN_CATEGORY_IDS } from './categories.ts';
import { sortDecisions, type Decision, type LegacyData } from './convert.ts';
import { LegacyFileError } from './errors.ts';
import {
  isClearlyAnotherArticle,
  normaliseLegacyUrl,
  similarity,
  type ArticleTextForComparison,
} from './identity.ts';
import {
  hashBytes,
  MANIFEST_FILE,
  readManifest,
  recordOf,
  renderManifest,
  type ImportRecord,
  type Manifest,
} from './manifest.ts';
import { flattenForMerge, mergeReimport, type ArticleText } from './merge.ts';
import { defaultJobs, PageQueue, type QueuedPage } from './page-queue.ts';
import { readPage, type PageReading, type PageSettings, type PreparedPage } from './prepare.ts';
import {
  compareFileNames,
  renderDocument,
  renderReportHeader,
  renderReportSection,
  type ReportEntry,
} from './render.ts';
import { problemField } from './validity.ts';

/** The command was given something it cannot work with (missing input, unknown category…). */
export class ImportSetupError extends Error {}

/** A page that must not be written; the message says why (in Vietnamese / English). */
class ImportRefusal extends Error {}

const toPosix = (p: string) => p.split(path.sep).join('/');

interface ExistingArticle {
  /** The article file (index.md or index.mdx), absolute. */
  file: string;
  legacy: LegacyData;
  /** The file's text and front matter as read by the index (read and parsed once per run). */
  source?: string;
  parsed?: Pick<ParsedFrontmatter, 'data' | 'body' | 'yamlErrors'>;
}

interface ExistingIndex {
  slugs: Set<string>;
  byUrl: Map<string, ExistingArticle>;
  byId: Map<string, ExistingArticle>;
}

/** `legacy` of an article's front matter (parsed by the build's own reader), if any. */
function legacyOf(data: Record<string, unknown>): LegacyData | undefined {
  const legacy = data.legacy as Record<string, unknown> | undefined;
  if (!legacy || typeof legacy !== 'object') return undefined;
  const found: LegacyData = {};
  if (legacy.id !== undefined && legacy.id !== null) found.id = String(legacy.id);
  if (typeof legacy.url === 'string') found.url = legacy.url;
  return found;
}

function addToIndex(index: ExistingIndex, article: ExistingArticle): void {
  if (article.legacy.url !== undefined) {
    try {
      index.byUrl.set(normaliseLegacyUrl(article.legacy.url), article);
    } catch {
      // Not a URL: the schema reports it; the article is still found by its id.
    }
  }
  if (article.legacy.id !== undefined) index.byId.set(article.legacy.id, article);
}

const OWN_LEGACY_BLOCK = /^legacy:\n(?: {2}.*\n)+/m;

/**
 * `legacy` of an article file that is exactly the text this importer wrote (its hash is the
 * manifest's): only that block of our own rendering is parsed, not the whole front matter.
 */
function ownLegacy(source: string): LegacyData | undefined {
  const end = source.indexOf('\n---\n', 3);
  const block = OWN_LEGACY_BLOCK.exec(end < 0 ? '' : source.slice(0, end + 1))?.[0];
  return block
    ? legacyOf(parseYaml(block, { version: '1.2', schema: 'core' }) as Record<string, unknown>)
    : undefined;
}

/**
 * One pass over <out>/news/<yyyy>/<slug>/: taken slugs, and articles by old URL and by old id.
 * `written` maps an article file (relative to outDir) to the hash the manifest has for it.
 */
function indexExisting(newsDir: string, outDir: string, written: ReadonlyMap<string, string>): ExistingIndex {
  const index: ExistingIndex = { slugs: new Set(), byUrl: new Map(), byId: new Map() };
  for (const folder of listArticleFolders(newsDir)) {
    index.slugs.add(folder.slug);
    const file = folder.files[0];
    if (file === undefined) continue;
    const source = readFileSync(file, 'utf8');
    if (written.get(toPosix(path.relative(outDir, file))) === hashBytes(source)) {
      const legacy = ownLegacy(source);
      if (legacy) {
        addToIndex(index, { file, legacy, source });
        continue;
      }
    }
    // Only what the run needs: the parsed document itself (for line numbers) is let go.
    const { data, body, yamlErrors } = parseFrontmatter(source);
    const legacy = legacyOf(data);
    if (legacy) addToIndex(index, { file, legacy, source, parsed: { data, body, yamlErrors } });
  }
  return index;
}

/**
 * The article a page is: by its old URL when it has one, else by its page id. A page whose id
 * is held by an article with another old URL is another page (refused).
 */
function findArticle(legacy: LegacyData, index: ExistingIndex): ExistingArticle | undefined {
  if (legacy.url !== undefined) {
    const byUrl = index.byUrl.get(normaliseLegacyUrl(legacy.url));
    if (byUrl) return byUrl;
  }
  if (legacy.id === undefined) return undefined;
  const byId = index.byId.get(legacy.id);
  if (!byId) return undefined;
  if (legacy.url !== undefined && byId.legacy.url !== undefined) {
    throw new ImportRefusal(
      `Xung đột: mã trang ${quote(legacy.id)} đã thuộc bài ${quote(byId.file)} có địa chỉ cũ khác (${byId.legacy.url}, trang này: ${legacy.url}) — hai trang khác nhau không thể là một bài; không ghi gì / conflict: page id already belongs to an article with another old URL; nothing written.`,
    );
  }
  return byId;
}

const comparable = (text: ArticleText): ArticleTextForComparison => ({
  title: typeof text.data.title === 'string' ? text.data.title : '',
  body: text.body,
});

/** Refuses a page whose identity matches an article that is clearly another text. */
function checkSameArticle(fresh: ArticleText, other: ArticleText, where: string): void {
  if (fresh.body === other.body || fresh.data.title === other.data.title) return;
  const found = similarity(comparable(fresh), comparable(other));
  if (!isClearlyAnotherArticle(found)) return;
  const pct = (n: number) => `${Math.round(n * 100)} %`;
  throw new ImportRefusal(
    `Xung đột: trang này có cùng địa chỉ/mã với ${where} nhưng là bài khác (tiêu đề ${quote(String(fresh.data.title), 60)} ≠ ${quote(String(other.data.title), 60)}; chung ${pct(found.title)} từ của tiêu đề, ${pct(found.body)} nội dung) — không ghi gì; kiểm tra tệp cào / conflict: same old URL/id as ${where} but another article (title ${pct(found.title)}, body ${pct(found.body)} shared); nothing written — check the scrape.`,
  );
}

/** Input files, sorted by name; a folder is listed once (no per-file directory scans). */
function listInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const info = existsSync(input) ? statSync(input) : undefined;
    if (!info) throw new ImportSetupError(`không tìm thấy / not found: ${input}`);
    if (info.isDirectory()) {
      const names = readdirSync(input, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
        .map((entry) => entry.name)
        .sort(compareFileNames);
      for (const name of names) files.push(path.join(input, name));
    } else files.push(input);
  }
  return files;
}

function loadSources(file: string | undefined, outDir: string): { sources: SourceEntry[]; from?: string } {
  const candidate = file ?? path.join(outDir, 'sources.yaml');
  if (!existsSync(candidate)) {
    if (file) throw new ImportSetupError(`không tìm thấy / not found: ${file}`);
    return { sources: [] };
  }
  return { sources: parseSourceEntries(readFileSync(candidate, 'utf8'), candidate), from: candidate };
}

function knownCategories(outDir: string): Set<string> {
  const ids = new Set<string>(KNOWN_CATEGORY_IDS);
  if (existsSync(path.join(outDir, CATEGORIES_FILE))) {
    for (const { id } of readCategories(outDir)) ids.add(id);
  }
  return ids;
}

export interface ImportOptions {
  /** Files or folders of scraped pages. */
  inputs: readonly string[];
  /** The content folder (categories.yaml, sources.yaml, news/). */
  outDir: string;
  /** Default: <outDir>/import-report.md. */
  reportPath?: string;
  /** Category for pages without a (known) section line. */
  category: string;
  /** Default: <outDir>/sources.yaml when it exists. */
  sourcesFile?: string;
  /** Convert and report, write nothing. */
  dryRun: boolean;
  /** Import time (only its year is used, for undated pages). */
  now?: Date;
  /**
   * Worker threads that prepare pages ahead of the run (0: none). Default: one per core beyond
   * two, started only when enough pages need preparing (see page-queue.ts). Never changes what
   * is written.
   */
  jobs?: number;
}

export interface ImportSummary {
  files: number;
  imported: number;
  created: number;
  changed: number;
  /** Pages skipped as unchanged since the last run (their outcome is the previous one). */
  unchanged: number;
  decisions: number;
  failures: { file: string; message: string }[];
  /** The report text (written to reportPath unless dry-run). */
  report: string;
  reportPath: string;
  /** Set-up warnings for the person running the command. */
  warnings: string[];
  /** Worker threads started and pages they prepared (the rest were prepared in this thread). */
  workers: { threads: number; pages: number };
}

/** Everything one run shares between files. */
interface Run {
  options: ImportOptions;
  outDir: string;
  newsDir: string;
  reportPath: string;
  sources: SourceEntry[];
  registries: Registries;
  /** Built on first use (see existingIndex): a run whose pages are all unchanged never needs it. */
  index?: ExistingIndex;
  manifest: Manifest;
  /** Page hash (see pageHash) → identity key of the manifest record that has it. */
  keyByPage: Map<string, string>;
  /** Sections of the report the previous run left at reportPath, by input file name. */
  previousSections: Map<string, string>;
  /** Hash of everything besides the page that decides the outcome (see importSettings). */
  settings: string;
  /** Identity key → the page of this run that had it (two files, one page). */
  seen: Map<string, { file: string; text: () => ArticleText }>;
  now: Date;
  /** What a page's conversion depends on besides the page (shared with the workers). */
  page: PageSettings;
}

interface FileOutcome {
  entry: ReportEntry;
  written?: 'created' | 'changed';
  imported: boolean;
  /** The manifest record to complete with the section's hash: the outcome is stable. */
  stable?: ImportRecord;
  /** The previous run's section, reused as it is (an unchanged page). */
  section?: string;
  decisions?: number;
}

function existingIndex(run: Run): ExistingIndex {
  if (!run.index) {
    const written = new Map<string, string>();
    for (const record of run.manifest.values()) if (record.written) written.set(record.file, record.written);
    run.index = indexExisting(run.newsDir, run.outDir, written);
  }
  return run.index;
}

/**
 * The importer's own code (a changed importer may write another text for the same page) and the
 * modules that decide what it writes and whether that passes the build.
 */
const IMPORTER_CODE = (() => {
  const hash = createHash('sha256');
  const dir = import.meta.dirname;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort())
    hash.update(name).update(readFileSync(path.join(dir, name)));
  for (const file of ['schema.ts', 'validate.ts', 'frontmatter.ts'])
    hash.update(readFileSync(path.join(dir, '../../src/lib/content', file)));
  return hash.digest('base64url');
})();

/** Everything but the page itself that the outcome of a page depends on. */
function importSettings(options: ImportOptions, sources: SourceEntry[], registries: Registries, now: Date) {
  return hashBytes(
    IMPORTER_CODE,
    JSON.stringify({
      category: options.category,
      sources,
      categories: [...registries.categories].sort(),
      // Undated pages take the import year (Vietnam time).
      year: new Date(now.getTime() + 7 * 3600_000).getUTCFullYear(),
    }),
  );
}

const pageHash = (run: Run, name: string, bytes: Uint8Array) => hashBytes(run.settings, name, bytes);

/** The manifest record that a page with this hash may be skipped by (see unchangedPage). */
function skippableRecord(
  name: string,
  hash: string,
  run: Run,
): { key: string; record: ImportRecord } | undefined {
  const key = run.keyByPage.get(hash);
  if (key === undefined) return undefined;
  const record = run.manifest.get(key);
  if (!record || record.page !== hash || record.written === undefined) return undefined;
  const section = run.previousSections.get(name);
  if (!section || hashBytes(section) !== record.report) return undefined;
  return { key, record };
}

/** The report as renderReportSection wrote it: header, then sections joined by a blank line. */
function reportSections(reportPath: string): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(reportPath)) return sections;
  for (const part of readFileSync(reportPath, 'utf8')
    .split(/\n(?=## )/)
    .slice(1)) {
    const name = part.slice(3, part.indexOf('\n'));
    // A name seen twice: the split went wrong, reuse neither (their hashes will not match).
    sections.set(name, sections.has(name) ? '' : part);
  }
  return sections;
}

const DECISION_LINE = /^- \*\*/gm;

/**
 * A page that is exactly as last time, whose article is exactly as the importer left it and
 * whose report section is still there: the outcome is the previous one (stable, see importFile).
 */
function unchangedPage(name: string, bytes: Uint8Array, hash: string, run: Run): FileOutcome | undefined {
  const found = skippableRecord(name, hash, run);
  if (!found || run.seen.has(found.key)) return undefined;
  const { key, record } = found;
  const section = run.previousSections.get(name) as string;
  let current: string;
  try {
    current = readFileSync(path.join(run.outDir, record.file), 'utf8');
  } catch {
    return undefined;
  }
  if (hashBytes(current) !== record.written) return undefined;
  let fresh: ArticleText | undefined;
  run.seen.set(key, { file: name, text: () => (fresh ??= readPage(name, bytes, run.page).fresh) });
  return {
    imported: true,
    entry: { file: name, decisions: [] },
    section,
    decisions: section.match(DECISION_LINE)?.length ?? 0,
  };
}

/** The article as it is now (staff's version), or a refusal when it cannot be read safely. */
function readExisting(article: ExistingArticle): { text: ArticleText; source: string } {
  const { file } = article;
  const source = article.source ?? readFileSync(file, 'utf8');
  const parsed = article.parsed ?? parseFrontmatter(source);
  // Read once: the index lets go of the text (the article is rewritten or left as it is).
  delete article.source;
  delete article.parsed;
  if (parsed.yamlErrors.length > 0) {
    throw new ImportRefusal(
      `Thông tin đầu bài hiện có của ${quote(file)} không đọc được (${parsed.yamlErrors[0]?.message}): không ghi đè để không mất sửa tay — sửa lỗi (npm run check:content) rồi nhập lại / the existing front matter is not valid YAML: not overwritten (hand edits would be lost); fix it and run again.`,
    );
  }
  return { text: { data: parsed.data, body: parsed.body.replace(/^\n+|\n+$/g, '') }, source };
}

/**
 * Validates the text as the build will; a problem in a value kept from staff falls back to the
 * importer's value (reported), anything else refuses the page.
 */
function validateOutput(
  merged: ArticleText,
  fresh: ArticleText,
  keptFromStaff: readonly string[],
  comments: readonly string[],
  target: string,
  current: string | undefined,
  run: Run,
  decisions: Decision[],
  prepared: PreparedPage | undefined,
): string {
  const asPrepared = prepared && merged === prepared.page.fresh && comments === prepared.page.comments;
  let text = asPrepared ? prepared.text : renderDocument(merged, comments);
  // Exactly what the importer wrote and validated last time: nothing to check or write.
  if (text === current && keptFromStaff.length === 0) return text;
  // The same text at the same file was validated in a worker: its problems are the ones.
  let problems: ContentProblem[] =
    prepared && text === prepared.text && target === prepared.target
      ? prepared.problems
      : validateArticle(text, target, run.registries).problems;
  const fallBack = [...new Set(problems.map(problemField))].filter((field) =>
    keptFromStaff.some((kept) => kept === field || kept.startsWith(`${field}.`)),
  );
  if (fallBack.length > 0 && problems.length > 0) {
    const data = { ...merged.data };
    for (const field of fallBack) {
      if (fresh.data[field] === undefined) delete data[field];
      else data[field] = fresh.data[field];
      decisions.push({
        kind: 'validation',
        order: 1,
        message: `Giá trị ${field} trong bài hiện có không hợp lệ (${problems.find((p) => problemField(p) === field)?.message}): ghi giá trị của trình nhập / the article's ${field} is not valid: the importer's value is written.`,
      });
    }
    text = renderDocument({ data, body: merged.body }, comments);
    problems = validateArticle(text, target, run.registries).problems;
  }
  if (problems.length > 0) {
    throw new ImportRefusal(
      `Bài nhập không qua được kiểm tra của bản dựng, không ghi / the article would fail the build's validation, not written: ${problems
        .map((p) => formatProblem(p, run.outDir))
        .join('; ')}`,
    );
  }
  return text;
}

/**
 * Writes `text` unless the file already holds it (`current`, when the caller has read it; null
 * when the caller knows there is no file).
 */
function writeIfChanged(file: string, text: string, current?: string | null): boolean {
  const old = current === undefined ? (existsSync(file) ? readFileSync(file, 'utf8') : undefined) : current;
  if (old === text) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, 'utf8');
  return true;
}

/** Manifest record of the article found by id that is now known by its URL, under its old key. */
function previousRecord(key: string, legacy: LegacyData, run: Run): { key: string; record?: ImportRecord } {
  const record = run.manifest.get(key);
  if (record || legacy.id === undefined) return { key, record };
  const idKey = `id:${legacy.id}`;
  return { key: idKey, record: run.manifest.get(idKey) };
}

/** The file the manifest says the article is in, when it is there but could not be indexed. */
function recordedFile(record: ImportRecord | undefined, run: Run): ExistingArticle | undefined {
  if (!record) return undefined;
  const file = path.join(run.outDir, record.file);
  return existsSync(file) ? { file, legacy: {} } : undefined;
}

function importFile(queued: QueuedPage, run: Run): FileOutcome {
  if (queued.readError !== undefined) throw queued.readError;
  const bytes = queued.bytes as Uint8Array;
  const hash = queued.hash as string;
  const unchanged = unchangedPage(queued.name, bytes, hash, run);
  if (unchanged) return unchanged;
  const { prepared } = queued;
  const page: PageReading = prepared?.page ?? readPage(queued.name, bytes, run.page);
  const { name, result, fresh, key } = page;
  const decisions = page.decisions;
  const index = existingIndex(run);

  if (key !== undefined) {
    const earlier = run.seen.get(key);
    if (earlier) {
      checkSameArticle(fresh, earlier.text(), `tệp ${quote(earlier.file)} trong lần nhập này`);
      throw new ImportRefusal(
        `Cùng một trang với tệp ${quote(earlier.file)} trong lần nhập này (cùng địa chỉ/mã, cùng nội dung): bỏ qua, không ghi gì / the same page as an earlier file of this run: skipped.`,
      );
    }
    run.seen.set(key, { file: name, text: () => fresh });
  }

  const previous =
    key === undefined ? { key: '' } : previousRecord(key, fresh.data.legacy as LegacyData, run);
  const existing = findArticle(fresh.data.legacy as LegacyData, index) ?? recordedFile(previous.record, run);
  let target: string;
  let slug: string;
  let staff: ArticleText | undefined;
  let current: string | undefined;
  let isNew = false;
  if (existing) {
    target = existing.file;
    slug = path.basename(path.dirname(existing.file));
    ({ text: staff, source: current } = readExisting(existing));
    checkSameArticle(fresh, staff, `bài ${quote(toPosix(path.relative(run.outDir, target)))}`);
  } else if (previous.record) {
    // Imported before, gone now: staff deleted it (or removed its legacy data). Not recreated.
    return {
      imported: false,
      entry: {
        file: name,
        decisions: sortDecisions([
          ...decisions,
          {
            kind: 'identity',
            order: 0,
            message: `Bài đã nhập lần trước (${previous.record.file}) không còn trong content/news: biên tập viên đã xóa nên không tạo lại; muốn nhập lại thì xóa mục ${quote(previous.key)} trong ${MANIFEST_FILE} / imported before but deleted since: not recreated (remove its entry from ${MANIFEST_FILE} to import it again).`,
          },
        ]),
      },
    };
  } else {
    slug = uniqueSlug(result.slug, index.slugs);
    index.slugs.add(slug);
    target = path.join(run.newsDir, result.year, slug, 'index.md');
    // The index lists every folder, with or without an article: a slug it lacks has no file.
    isNew = true;
  }
  if (slug !== result.slug) {
    decisions.push({
      kind: 'title',
      order: 0,
      message: `Bài nằm ở đường dẫn “${slug}”, không phải “${result.slug}” (đã có bài khác hoặc đã đổi tay) / the article is at slug “${slug}”, not “${result.slug}” (taken by another article, or renamed by hand).`,
    });
  }

  let merged = fresh;
  let keptFromStaff: string[] = [];
  let bothChanged = false;
  if (staff) {
    const merge = mergeReimport({ fresh, existing: staff, record: previous.record });
    merged = merge.merged;
    keptFromStaff = merge.keptFromStaff;
    bothChanged = merge.bothChanged.length > 0;
    decisions.push(...merge.decisions);
  }
  // A comment explains an importer's fix only while the field still holds the fixed value.
  const comments = keptFromStaff.some((field) => field === 'title' || field === 'lede') ? [] : page.comments;
  const decisionsBefore = decisions.length;
  const text = validateOutput(
    merged,
    fresh,
    keptFromStaff,
    comments,
    target,
    current,
    run,
    decisions,
    prepared,
  );
  const fellBack = decisions.length > decisionsBefore; // validateOutput only adds fallbacks

  let written: FileOutcome['written'];
  if (!run.options.dryRun) {
    if (writeIfChanged(target, text, isNew ? null : current)) written = isNew ? 'created' : 'changed';
  }
  const article: ExistingArticle = { file: target, legacy: fresh.data.legacy as LegacyData, source: text };
  addToIndex(index, article);
  let stable: ImportRecord | undefined;
  if (key !== undefined) {
    if (previous.key !== key) run.manifest.delete(previous.key);
    const relative = toPosix(path.relative(run.outDir, target));
    const record: ImportRecord = prepared
      ? { file: relative, ...prepared.record }
      : recordOf(relative, flattenForMerge(fresh.data), fresh.body);
    // The next run on this page and this text reports the same, unless the report now shows a
    // both-changed difference or a fallback (next time the record/text no longer differ).
    if (!bothChanged && !fellBack) {
      const written = prepared && text === prepared.text ? prepared.written : hashBytes(text);
      stable = Object.assign(record, { page: hash, written });
    }
    run.manifest.set(key, record);
  }
  return {
    imported: true,
    written,
    stable,
    entry: {
      file: name,
      output: toPosix(path.relative(path.dirname(run.reportPath), target)),
      decisions: sortDecisions(decisions),
    },
  };
}

export async function importLegacy(options: ImportOptions): Promise<ImportSummary> {
  const outDir = path.resolve(options.outDir);
  const categories = knownCategories(outDir);
  if (!categories.has(options.category)) {
    throw new ImportSetupError(
      `--category "${options.category}" không có / unknown category; có / known: ${[...categories].join(', ')}`,
    );
  }
  const reportPath = path.resolve(options.reportPath ?? path.join(outDir, 'import-report.md'));
  const { sources, from: sourcesFrom } = loadSources(options.sourcesFile, outDir);
  const warnings: string[] = [];
  if (!sourcesFrom) {
    warnings.push(
      'Cảnh báo / warning: không có sources.yaml — mọi nguồn sẽ ghi theo tên / no sources.yaml: every source is written as a free name',
    );
  }
  const files = listInputs(options.inputs);
  const newsDir = path.join(outDir, 'news');
  const registries = { categories, sources: new Set(sources.map((source) => source.id)) };
  const now = options.now ?? new Date();
  const manifest = readManifest(outDir);
  const page: PageSettings = { category: options.category, sources, registries, now: now.getTime(), newsDir };
  const keyByPage = new Map<string, string>();
  for (const [key, record] of manifest) if (record.page) keyByPage.set(record.page, key);
  const run: Run = {
    options,
    outDir,
    newsDir,
    reportPath,
    sources,
    registries,
    manifest,
    keyByPage,
    previousSections: keyByPage.size ? reportSections(reportPath) : new Map(),
    settings: importSettings(options, sources, registries, now),
    seen: new Map(),
    now,
    page,
  };
  const queue = new PageQueue(files, {
    jobs: options.jobs ?? defaultJobs(),
    jobsGiven: options.jobs !== undefined,
    settings: page,
    hashOf: (name, bytes) => pageHash(run, name, bytes),
    mayBeSkipped: (name, hash) => skippableRecord(name, hash, run) !== undefined,
  });

  const sections: string[] = [];
  const failures: { file: string; message: string }[] = [];
  let imported = 0;
  let created = 0;
  let changed = 0;
  let unchanged = 0;
  let decisionCount = 0;
  try {
    for (let queued = await queue.next(); queued; queued = await queue.next()) {
      const { file, name } = queued;
      let entry: ReportEntry;
      try {
        const outcome = importFile(queued, run);
        if (outcome.imported) imported++;
        if (outcome.written === 'created') created++;
        if (outcome.written === 'changed') changed++;
        if (outcome.section !== undefined) {
          unchanged++;
          sections.push(outcome.section);
          decisionCount += outcome.decisions ?? 0;
          continue;
        }
        entry = outcome.entry;
        decisionCount += entry.decisions.length;
        if (outcome.stable) {
          const section = renderReportSection(entry);
          outcome.stable.report = hashBytes(section);
          sections.push(section);
          continue;
        }
      } catch (error) {
        const known = error instanceof LegacyFileError || error instanceof ImportRefusal;
        const message = error instanceof Error ? error.message : String(error);
        const text = error instanceof ImportRefusal ? `${name}: ${message}` : message;
        failures.push({
          file,
          message: known ? text : `${name}: lỗi đọc/xử lý / read or processing error: ${message}`,
        });
        entry = { file: name, decisions: [], error: (failures.at(-1) as { message: string }).message };
      }
      sections.push(renderReportSection(entry));
    }
  } finally {
    await queue.close();
  }
  if (queue.workerError !== undefined) {
    const why = queue.workerError instanceof Error ? queue.workerError.message : String(queue.workerError);
    warnings.push(
      `Cảnh báo / warning: luồng phụ bị lỗi (${why}); các trang của nó được xử lý trong luồng chính, kết quả không đổi / a worker thread failed: its pages were prepared in the main thread, same output`,
    );
  }

  const header = renderReportHeader({
    files: files.length,
    imported,
    failed: failures.length,
    decisions: decisionCount,
  });
  const report = `${header}\n${sections.join('\n')}`;
  if (!options.dryRun) {
    writeIfChanged(reportPath, report);
    writeIfChanged(path.join(outDir, MANIFEST_FILE), renderManifest(run.manifest));
  }
  return {
    files: files.length,
    imported,
    created,
    changed,
    unchanged,
    decisions: decisionCount,
    failures,
    report,
    reportPath,
    warnings,
    workers: queue.workers,
  };
}
