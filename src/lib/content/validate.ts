/**
 * Validates one article file and explains each problem in Vietnamese with file, line and field.
 * Used by the content loader (the build fails) and by the content linter (staff run it first).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { articleFrontmatterSchema, FIELD_LABELS, type ArticleFrontmatter } from './schema.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { Registries } from './registries.ts';

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface ValidatedArticle {
  data: Record<string, unknown>;
  parsed?: ArticleFrontmatter;
  body: string;
  bodyStartLine: number;
  problems: ContentProblem[];
  /** Line of a front-matter field (for checks made after validation, e.g. image files). */
  lineOf?: (path: readonly PropertyKey[]) => number;
}

function fieldName(pathParts: readonly PropertyKey[]): string {
  const [head, ...rest] = pathParts.map(String);
  if (!head) return '(đầu bài)';
  const label = FIELD_LABELS[head];
  const dotted = [head, ...rest].join('.');
  return label ? `${dotted} (${label})` : dotted;
}

export function validateArticle(source: string, file: string, registries: Registries): ValidatedArticle {
  const fm = parseFrontmatter(source);
  const problems: ContentProblem[] = fm.yamlErrors.map((e) => ({
    file,
    line: e.line,
    field: '(YAML)',
    message: e.message,
  }));
  if (problems.length > 0)
    return { data: fm.data, body: fm.body, bodyStartLine: fm.bodyStartLine, problems, lineOf: fm.lineOf };

  const result = articleFrontmatterSchema.safeParse(fm.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const at = [...issue.path, key];
          problems.push({
            file,
            line: fm.lineOf(at),
            field: fieldName(at),
            message: `trường "${key}" không có trong mẫu bài viết (viết sai tên trường?)`,
          });
        }
        continue;
      }
      problems.push({
        file,
        line: fm.lineOf(issue.path),
        field: fieldName(issue.path),
        message: issue.message,
      });
    }
  }

  // References are checked on the raw values too, so one run reports every problem at once.
  const raw = fm.data as { category?: unknown; source?: { id?: unknown }; cover?: unknown };
  if (typeof raw.category === 'string' && raw.category !== '' && !registries.categories.has(raw.category)) {
    problems.push({
      file,
      line: fm.lineOf(['category']),
      field: fieldName(['category']),
      message: `chuyên mục "${raw.category}" không có trong categories.yaml (các mã hợp lệ: ${[...registries.categories].join(', ')})`,
    });
  }
  const sourceId = raw.source?.id;
  if (typeof sourceId === 'string' && !registries.sources.has(sourceId)) {
    problems.push({
      file,
      line: fm.lineOf(['source', 'id']),
      field: fieldName(['source', 'id']),
      message: `nguồn "${sourceId}" chưa đăng ký trong sources.yaml; thêm nguồn vào đó hoặc dùng "name:" cho nguồn khác`,
    });
  }
  if (typeof raw.cover === 'string' && !existsSync(path.resolve(path.dirname(file), raw.cover))) {
    problems.push({
      file,
      line: fm.lineOf(['cover']),
      field: fieldName(['cover']),
      message: `không tìm thấy tệp ảnh bìa "${raw.cover}" cạnh bài viết`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  const parsed = result.success && problems.length === 0 ? result.data : undefined;
  return {
    data: fm.data,
    parsed,
    body: fm.body,
    bodyStartLine: fm.bodyStartLine,
    problems,
    lineOf: fm.lineOf,
  };
}

/** "content/news/2022/x/index.md:3 — title (tiêu đề): thiếu tiêu đề (bắt buộc)" */
export function formatProblem(problem: ContentProblem, root = process.cwd()): string {
  return `${problemFile(problem, root)}:${problem.line} — ${problem.field}: ${problem.message}`;
}

/** The problem's file as staff see it: relative to the project ("content/news/2022/x/index.md"). */
export function problemFile(problem: ContentProblem, root = process.cwd()): string {
  return path.relative(root, problem.file) || problem.file;
}
