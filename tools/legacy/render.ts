/**
 * Article → index.md text, and the import report. Deterministic: fixed key order, fixed
 * quoting (free text double-quoted, ids/dates plain unless YAML would read them as another
 * type), no line folding, no timestamps.
 */
import { Document, Scalar, YAMLSeq } from 'yaml';
import type { BodyBlock, Decision, LegacyArticle } from './convert.ts';

const YAML_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  indent: 2,
} as const;

/** Builds the front-matter object with a fixed key order. */
export function frontmatterObject(article: LegacyArticle): Record<string, unknown> {
  const data: Record<string, unknown> = {
    title: article.title,
    lede: article.lede,
    publishedAt: article.publishedAt,
    category: article.category,
  };
  if (article.tags !== undefined) data.tags = article.tags;
  if (article.author !== undefined) data.author = article.author;
  if (article.cover !== undefined) data.cover = article.cover;
  if (article.coverAlt !== undefined) data.coverAlt = article.coverAlt;
  if (article.source) {
    data.source =
      'id' in article.source
        ? { id: article.source.id, kind: article.source.kind }
        : { name: article.source.name, kind: article.source.kind };
  }
  data.draft = article.draft;
  if (article.featured !== undefined) data.featured = article.featured;
  const legacy: Record<string, unknown> = {};
  if (article.legacy.views !== undefined) legacy.views = article.legacy.views;
  if (article.legacy.id !== undefined) legacy.id = article.legacy.id;
  if (Object.keys(legacy).length) data.legacy = legacy;
  return data;
}

const PLAIN_PATHS = [['publishedAt'], ['category'], ['cover'], ['source', 'id'], ['source', 'kind']];

export function renderFrontmatter(article: LegacyArticle): string {
  const doc = new Document(frontmatterObject(article), { version: '1.2' });
  for (const path of PLAIN_PATHS) {
    const node = doc.getIn(path, true);
    // PLAIN is only a preference: the library still quotes "2021" so it stays a string.
    if (node instanceof Scalar) node.type = Scalar.PLAIN;
  }
  const tags = doc.get('tags', true);
  if (tags instanceof YAMLSeq) tags.flow = true; // tags: ["A", "B"], as staff write them

  return doc.toString(YAML_OPTIONS);
}

/**
 * Escapes Markdown syntax so the text renders as written (backslash escapes only; the words
 * themselves are never changed).
 */
export function escapeMarkdown(text: string): string {
  let out = text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (/^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|=+$)/.test(out)) out = `\\${out}`;
  out = out.replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
  return out;
}

export function renderBlock(block: BodyBlock): string {
  if (block.type === 'caption') return `![](#anh-thieu)\n*${escapeMarkdown(block.text)}*`;
  return escapeMarkdown(block.text);
}

export function renderArticle(article: LegacyArticle): string {
  const body = article.body.map(renderBlock).join('\n\n');
  return `---\n${renderFrontmatter(article)}---\n\n${body}\n`;
}

export interface ReportEntry {
  /** Input file name (sorting key). */
  file: string;
  /** Output path relative to the output folder, when converted. */
  output?: string;
  decisions: readonly Decision[];
  /** Rejection message, when the file was not imported. */
  error?: string;
}

const KIND_LABELS: Record<Decision['kind'], string> = {
  encoding: 'bảng mã / encoding',
  section: 'chuyên mục / section',
  title: 'tiêu đề / title',
  lede: 'sapo / lede',
  date: 'ngày đăng / date',
  caption: 'chú thích ảnh / caption',
  paragraph: 'đoạn văn / paragraph',
  source: 'nguồn / source',
  dropped: 'đã bỏ / dropped',
  handEdit: 'sửa tay / hand edit',
};

export function renderReportSection(entry: ReportEntry): string {
  const lines = [`## ${entry.file}`, ''];
  if (entry.error) {
    lines.push(`**Không nhập / Rejected:** ${entry.error}`, '');
    return lines.join('\n');
  }
  if (entry.output) lines.push(`→ \`${entry.output}\``, '');
  if (entry.decisions.length === 0) lines.push('Không có điểm nào cần kiểm tra / nothing to check.');
  for (const decision of entry.decisions)
    lines.push(`- **${KIND_LABELS[decision.kind]}:** ${decision.message}`);
  lines.push('');
  return lines.join('\n');
}

export function renderReportHeader(totals: {
  files: number;
  imported: number;
  failed: number;
  decisions: number;
}): string {
  return [
    '# Báo cáo nhập bài từ cổng cũ / Legacy import report',
    '',
    `${totals.files} tệp: ${totals.imported} bài đã nhập, ${totals.failed} tệp bị từ chối, ${totals.decisions} điểm cần kiểm tra / ` +
      `${totals.files} files: ${totals.imported} imported, ${totals.failed} rejected, ${totals.decisions} points to review.`,
    '',
  ].join('\n');
}

/** Sorts entries by file name (code-point order, locale-independent) for determinism. */
export function compareFileNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
