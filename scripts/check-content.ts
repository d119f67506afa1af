/**
 * Content linter for communications staff and CI — fast, no Astro build:
 *
 *   npm run check:content                 # checks content/ (or CEMA_CONTENT_DIR)
 *   npm run check:content -- --dir <folder> [--fix] [--quiet]
 *
 * Schema errors come from the same validation as the build (src/lib/content/validate.ts); the
 * other checks are in src/lib/content/lint.ts. Output is grouped by file, with line numbers;
 * the exit code is 1 when there is at least one error (warnings alone exit 0).
 * --fix only rewrites text that is not NFC into NFC (the words themselves never change).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleFiles } from '../src/lib/content/files.ts';
import {
  lintArticle,
  lintCollection,
  SITE_HOSTS,
  type ArticleSummary,
  type LintIssue,
} from '../src/lib/content/lint.ts';
import {
  readAuthors,
  readRegistries,
  readSourceEntries,
  RegistryError,
  type Registries,
} from '../src/lib/content/registries.ts';
import { checkArticle } from '../src/lib/content/check-article.ts';

const USAGE = `Cách dùng: npm run check:content [-- --dir <thư mục nội dung>] [--fix] [--quiet]`;
/** content/news/<year>/<slug>/index.md(x), sorted by file. */
export function listArticles(newsDir: string): { file: string; slug: string }[] {
  return listArticleFiles(newsDir).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export interface CheckResult {
  articles: number;
  issues: LintIssue[];
  fixed: string[];
}

/**
 * Every check the build makes (the same module: src/lib/content/check-article.ts), plus the
 * linter's own: NFC, control characters, tone placement, title length, sources written by name,
 * alt text, links to articles that do not exist or are not published, duplicate titles.
 */
export async function checkContent(
  contentDir: string,
  options: { fix?: boolean; siteHosts?: string[] } = {},
): Promise<CheckResult> {
  const registries: Registries = readRegistries(contentDir);
  const sources = readSourceEntries(contentDir);
  const authors = readAuthors(contentDir).map(({ id, data }) => ({ id, name: data.name }));
  const issues: LintIssue[] = [];
  const summaries: ArticleSummary[] = [];
  const fixed: string[] = [];
  const articles = listArticles(path.join(contentDir, 'news'));
  for (const { file, slug } of articles) {
    let source = readFileSync(file, 'utf8');
    if (options.fix && source !== source.normalize('NFC')) {
      source = source.normalize('NFC');
      writeFileSync(file, source, 'utf8');
      fixed.push(file);
    }
    const checked = await checkArticle(source, file, registries);
    for (const problem of checked.problems) issues.push({ ...problem, severity: 'error' });
    for (const warning of checked.warnings) issues.push({ ...warning, severity: 'warning' });
    const facts = {
      file,
      slug,
      source,
      data: checked.data,
      body: checked.body,
      bodyStartLine: checked.bodyStartLine,
      lineOf: checked.lineOf ?? (() => 1),
    };
    // A photo without alt text is reported once: by the build's image check when it ran.
    const reported = new Set(checked.problems.filter((p) => p.field === 'ảnh').map((p) => p.line));
    issues.push(
      ...lintArticle(facts, sources, checked.scanned, authors).filter(
        (i) => !(i.field === '(ảnh)' && reported.has(i.line)),
      ),
    );
    const title = typeof checked.data.title === 'string' ? checked.data.title : undefined;
    summaries.push({
      file,
      slug,
      title,
      titleLine: facts.lineOf(['title']),
      draft: checked.data.draft === true,
      links: checked.scanned.links,
    });
  }
  const relative = (f: string) => path.relative(process.cwd(), f) || f;
  const hosts = new Set([...SITE_HOSTS, ...(options.siteHosts ?? [])]);
  issues.push(...lintCollection(summaries, relative, hosts));
  return { articles: articles.length, issues, fixed };
}

const LABEL: Record<LintIssue['severity'], string> = { error: 'lỗi', warning: 'cảnh báo' };

/** Issues grouped by file (files in order, issues by line), as staff read them. */
export function formatReport(result: CheckResult, root = process.cwd(), onlyErrors = false): string {
  const byFile = new Map<string, LintIssue[]>();
  for (const issue of result.issues) {
    if (onlyErrors && issue.severity !== 'error') continue;
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const out: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    out.push(path.relative(root, file) || file);
    const list = byFile
      .get(file)!
      .sort((a, b) => a.line - b.line || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const issue of list)
      out.push(`  dòng ${issue.line} · ${LABEL[issue.severity]} · ${issue.field}: ${issue.message}`);
    out.push('');
  }
  for (const file of result.fixed) out.push(`Đã chuyển sang NFC: ${path.relative(root, file) || file}`);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  out.push(
    `Đã kiểm tra ${result.articles} bài: ${errors} lỗi, ${warnings} cảnh báo.` +
      (errors > 0
        ? ' Sửa các lỗi rồi chạy lại "npm run check:content".'
        : warnings > 0
          ? ' Không có lỗi; nên xem các cảnh báo.'
          : ' Không có lỗi.'),
  );
  return out.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dir: { type: 'string', default: process.env.CEMA_CONTENT_DIR || 'content' },
      fix: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = path.resolve(values.dir);
  if (!existsSync(path.join(contentDir, 'categories.yaml'))) {
    console.error(`Không tìm thấy thư mục nội dung "${values.dir}" (cần có categories.yaml).\n${USAGE}`);
    return 2;
  }
  const siteHost = process.env.CEMA_SITE_URL ? URL.parse(process.env.CEMA_SITE_URL)?.hostname : undefined;
  let result: CheckResult;
  try {
    result = await checkContent(contentDir, { fix: values.fix, siteHosts: siteHost ? [siteHost] : [] });
  } catch (error) {
    // A broken registry (categories, sources, authors) stops the check: its lines, not a stack trace.
    if (!(error instanceof RegistryError)) throw error;
    console.error(error.message);
    return 1;
  }
  const report = formatReport(result, process.cwd(), values.quiet);
  const failed = result.issues.some((i) => i.severity === 'error');
  (failed ? console.error : console.log)(report);
  return failed ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
