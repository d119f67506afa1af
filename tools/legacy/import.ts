/**
 * The legacy import run: scraped old-portal pages (*.txt) → content/news/<yyyy>/<slug>/index.md
 * and the import report. `scripts/import-legacy.ts` is the staff command around it.
 *
 * Files are processed one at a time, sorted by name. A file that cannot be read safely
 * (unknown legacy encoding, no title/body) is rejected with a message; the others continue.
 * Re-running on the same inputs changes nothing: an existing article with the same legacy.id is
 * the same article and is rewritten in place, keeping the editors' hand edits (draft, featured,
 * tags, author, cover/coverAlt, publishedAt; see merge.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, opendir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { parseSourceRegistry, type SourceEntry } from '../../src/lib/content/source-registry.ts';
import { uniqueSlug } from '../../src/lib/slug.ts';
import { KNOWN_CATEGORY_IDS } from './categories.ts';
import {
  convertLegacyText,
  legacyIdFromFileName,
  LegacyFormatError,
  sortDecisions,
  type Decision,
  type LegacyArticle,
} from './convert.ts';
import { decodeLegacyBytes, LegacyEncodingError } from './encoding.ts';
import { keepHandEdits } from './merge.ts';
import {
  compareFileNames,
  renderArticle,
  renderReportHeader,
  renderReportSection,
  type ReportEntry,
} from './render.ts';

/** The command was given something it cannot work with (missing input, unknown category…). */
export class ImportSetupError extends Error {}

interface ExistingArticle {
  /** Folder of the article, absolute. */
  dir: string;
  /** index.md or index.mdx */
  file: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Reads legacy.id from an article's front matter without validating the rest. */
function legacyIdOf(source: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  try {
    const data = parseYaml(match[1] as string, { schema: 'core' }) as { legacy?: { id?: unknown } } | null;
    const id = data?.legacy?.id;
    return id === undefined || id === null ? undefined : String(id);
  } catch {
    return undefined;
  }
}

/** One pass over <out>/news/<yyyy>/<slug>/: taken slugs and articles by legacy id. */
async function indexExisting(
  newsDir: string,
): Promise<{ slugs: Set<string>; byLegacyId: Map<string, ExistingArticle> }> {
  const slugs = new Set<string>();
  const byLegacyId = new Map<string, ExistingArticle>();
  if (!existsSync(newsDir)) return { slugs, byLegacyId };
  for await (const yearEntry of await opendir(newsDir)) {
    if (!yearEntry.isDirectory()) continue;
    const yearDir = path.join(newsDir, yearEntry.name);
    for await (const slugEntry of await opendir(yearDir)) {
      if (!slugEntry.isDirectory()) continue;
      slugs.add(slugEntry.name);
      const dir = path.join(yearDir, slugEntry.name);
      for (const name of ['index.md', 'index.mdx']) {
        const file = path.join(dir, name);
        if (!existsSync(file)) continue;
        const id = legacyIdOf(await readFile(file, 'utf8'));
        if (id !== undefined) byLegacyId.set(id, { dir, file });
        break;
      }
    }
  }
  return { slugs, byLegacyId };
}

/** Input files, sorted by name; a folder is listed once (no per-file directory scans). */
async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new ImportSetupError(`không tìm thấy / not found: ${input}`);
    if (info.isDirectory()) {
      const names: string[] = [];
      for await (const entry of await opendir(input)) {
        if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) names.push(entry.name);
      }
      names.sort(compareFileNames);
      for (const name of names) files.push(path.join(input, name));
    } else files.push(input);
  }
  return files;
}

async function loadSources(
  file: string | undefined,
  outDir: string,
): Promise<{ sources: SourceEntry[]; from?: string }> {
  const candidate = file ?? path.join(outDir, 'sources.yaml');
  if (!existsSync(candidate)) {
    if (file) throw new ImportSetupError(`không tìm thấy / not found: ${file}`);
    return { sources: [] };
  }
  return { sources: parseSourceRegistry(await readFile(candidate, 'utf8')), from: candidate };
}

async function knownCategories(outDir: string): Promise<Set<string>> {
  const ids = new Set<string>(KNOWN_CATEGORY_IDS);
  const file = path.join(outDir, 'categories.yaml');
  if (existsSync(file)) {
    const list: unknown = parseYaml(await readFile(file, 'utf8'), { schema: 'core' });
    if (Array.isArray(list))
      for (const item of list) if (item && typeof item.id === 'string') ids.add(item.id);
  }
  return ids;
}

async function writeIfChanged(file: string, text: string): Promise<boolean> {
  const old = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  if (old === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
  return true;
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
}

export interface ImportSummary {
  files: number;
  imported: number;
  created: number;
  changed: number;
  decisions: number;
  failures: { file: string; message: string }[];
  /** The report text (written to reportPath unless dry-run). */
  report: string;
  reportPath: string;
  /** Set-up warnings for the person running the command. */
  warnings: string[];
}

export async function importLegacy(options: ImportOptions): Promise<ImportSummary> {
  const outDir = path.resolve(options.outDir);
  const { dryRun } = options;
  const categories = await knownCategories(outDir);
  if (!categories.has(options.category)) {
    throw new ImportSetupError(
      `--category "${options.category}" không có / unknown category; có / known: ${[...categories].join(', ')}`,
    );
  }
  const reportPath = path.resolve(options.reportPath ?? path.join(outDir, 'import-report.md'));
  const { sources, from: sourcesFrom } = await loadSources(options.sourcesFile, outDir);
  const warnings: string[] = [];
  if (!sourcesFrom) {
    warnings.push(
      'Cảnh báo / warning: không có sources.yaml — mọi nguồn sẽ ghi theo tên / no sources.yaml: every source is written as a free name',
    );
  }

  const files = await listInputs(options.inputs);
  const newsDir = path.join(outDir, 'news');
  const { slugs, byLegacyId } = await indexExisting(newsDir);
  const now = options.now ?? new Date();
  const sections: string[] = [];
  const failures: { file: string; message: string }[] = [];
  let imported = 0;
  let created = 0;
  let changed = 0;
  let decisionCount = 0;
  for (const file of files) {
    const name = path.basename(file);
    let entry: ReportEntry;
    try {
      const decoded = decodeLegacyBytes(new Uint8Array(await readFile(file)), name);
      const result = convertLegacyText(decoded.text, {
        fileName: name,
        defaultCategory: options.category,
        sources,
        now,
      });
      const decisions: Decision[] = [...result.decisions];
      if (decoded.encoding !== 'utf-8') {
        const how =
          decoded.encoding === 'tcvn3'
            ? 'tệp mã TCVN3 (ABC)'
            : 'chữ TCVN3 bị đọc sai thành Latin-1 (mojibake) trong tệp UTF-8';
        const howEn = decoded.encoding === 'tcvn3' ? 'TCVN3 (ABC) file' : 'TCVN3 mojibake inside UTF-8';
        decisions.push({
          kind: 'encoding',
          order: 0,
          message: `Đã chuyển sang Unicode từ ${how} — đọc lại bài / converted to Unicode from ${howEn} — proofread the article.`,
        });
      }
      const legacyId = result.article.legacy.id ?? legacyIdFromFileName(name);
      const existing = legacyId !== undefined ? byLegacyId.get(legacyId) : undefined;
      let target: string;
      let slug: string;
      if (existing) {
        // Same legacy.id = same article: overwrite it in place (idempotent re-runs).
        target = existing.file;
        slug = path.basename(existing.dir);
      } else {
        slug = uniqueSlug(result.slug, slugs);
        slugs.add(slug);
        target = path.join(newsDir, result.year, slug, 'index.md');
        if (legacyId !== undefined) byLegacyId.set(legacyId, { dir: path.dirname(target), file: target });
      }
      if (slug !== result.slug) {
        decisions.push({
          kind: 'title',
          order: 0,
          message: `Bài nằm ở đường dẫn “${slug}”, không phải “${result.slug}” (đã có bài khác hoặc đã đổi tay) / the article is at slug “${slug}”, not “${result.slug}” (taken by another article, or renamed by hand).`,
        });
      }
      let article: LegacyArticle = result.article;
      if (existing && existsSync(target)) {
        // Same article imported before: the editors' changes to draft, date, tags… survive.
        const previous = parseFrontmatter(await readFile(target, 'utf8'));
        if (previous.yamlErrors.length === 0) {
          const merged = keepHandEdits(article, previous.data);
          article = merged.article;
          decisions.push(...merged.decisions);
        } else {
          decisions.push({
            kind: 'handEdit',
            order: 0,
            message: `Thông tin đầu bài hiện có không đọc được (${previous.yamlErrors[0]?.message}): đã ghi đè, không giữ được sửa tay / the existing front matter is not valid YAML: overwritten, hand edits could not be kept.`,
          });
        }
      }
      const text = renderArticle(article);
      if (!dryRun) {
        const isNew = !existsSync(target);
        if (await writeIfChanged(target, text)) {
          if (isNew) created++;
          else changed++;
        }
      }
      imported++;
      const sorted = sortDecisions(decisions);
      decisionCount += sorted.length;
      entry = {
        file: name,
        output: toPosix(path.relative(path.dirname(reportPath), target)),
        decisions: sorted,
      };
    } catch (error) {
      if (!(error instanceof LegacyEncodingError || error instanceof LegacyFormatError)) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ file, message: `${name}: lỗi đọc/xử lý / read or processing error: ${message}` });
      } else failures.push({ file, message: error.message });
      entry = {
        file: name,
        decisions: [],
        error: (failures[failures.length - 1] as { message: string }).message,
      };
    }
    sections.push(renderReportSection(entry));
  }

  const header = renderReportHeader({
    files: files.length,
    imported,
    failed: failures.length,
    decisions: decisionCount,
  });
  const report = `${header}\n${sections.join('\n')}`;
  if (!dryRun) await writeIfChanged(reportPath, report);
  return {
    files: files.length,
    imported,
    created,
    changed,
    decisions: decisionCount,
    failures,
    report,
    reportPath,
    warnings,
  };
}
