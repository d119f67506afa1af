/**
 * Article → index.md text, and the import report. Deterministic: fixed key order, fixed
 * quoting (free text double-quoted, ids/dates plain unless YAML would read them as another
 * type), no line folding, no timestamps.
 */
import { Document, Scalar, YAMLSeq } from 'yaml';
import type { BodyBlock, Decision, LegacyArticle } from './convert.ts';
import type { ArticleText } from './merge.ts';

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
    const { source } = article;
    data.source = {
      ...('id' in source ? { id: source.id } : { name: source.name }),
      ...(source.url === undefined ? {} : { url: source.url }),
      kind: source.kind,
    };
  }
  data.draft = article.draft;
  if (article.featured !== undefined) data.featured = article.featured;
  const legacy: Record<string, unknown> = {};
  if (article.legacy.views !== undefined) legacy.views = article.legacy.views;
  if (article.legacy.url !== undefined) legacy.url = article.legacy.url;
  if (article.legacy.id !== undefined) legacy.id = article.legacy.id;
  if (Object.keys(legacy).length) data.legacy = legacy;
  return data;
}

const PLAIN_PATHS = [['publishedAt'], ['category'], ['cover'], ['source', 'id'], ['source', 'kind']];

/** Key order of the front matter the importer writes; fields it does not know follow. */
const FIELD_ORDER = [
  'title',
  'lede',
  'publishedAt',
  'updatedAt',
  'category',
  'tags',
  'author',
  'cover',
  'coverAlt',
  'source',
  'draft',
  'featured',
  'legacy',
];

function ordered(data: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => {
    const i = FIELD_ORDER.indexOf(key);
    return i < 0 ? FIELD_ORDER.length : i;
  };
  const keys = Object.keys(data).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * Front matter text of `data`; `comments` become YAML comment lines at its top (why the importer
 * made the article a draft, for example).
 */
export function renderFrontmatterData(
  data: Record<string, unknown>,
  comments: readonly string[] = [],
): string {
  const doc = new Document(ordered(data), { version: '1.2' });
  for (const path of PLAIN_PATHS) {
    const node = doc.getIn(path, true);
    // PLAIN is only a preference: the library still quotes "2021" so it stays a string.
    if (node instanceof Scalar) node.type = Scalar.PLAIN;
  }
  const tags = doc.get('tags', true);
  if (tags instanceof YAMLSeq) tags.flow = true; // tags: ["A", "B"], as staff write them
  if (comments.length) doc.commentBefore = comments.map((line) => ` ${line.replace(/\s+/g, ' ')}`).join('\n');
  return doc.toString(YAML_OPTIONS);
}

export function renderFrontmatter(article: LegacyArticle): string {
  return renderFrontmatterData(frontmatterObject(article));
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

export function renderBody(blocks: readonly BodyBlock[]): string {
  return blocks.map(renderBlock).join('\n\n');
}

/** The importer's article as front matter data and body text (what merge.ts compares). */
export function articleText(article: LegacyArticle): ArticleText {
  return { data: frontmatterObject(article), body: renderBody(article.body) };
}

export function renderDocument(text: ArticleText, comments: readonly string[] = []): string {
  return `---\n${renderFrontmatterData(text.data, comments)}---\n\n${text.body}\n`;
}

export function renderArticle(article: LegacyArticle): string {
  return renderDocument(articleText(article));
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
  identity: 'nhận diện bài / identity',
  section: 'chuyên mục / section',
  title: 'tiêu đề / title',
  lede: 'sapo / lede',
  date: 'ngày đăng / date',
  caption: 'chú thích ảnh / caption',
  paragraph: 'đoạn văn / paragraph',
  unclassified: 'dòng không phân loại được / unclassified line',
  source: 'nguồn / source',
  dropped: 'đã bỏ / dropped',
  validation: 'kiểm tra hợp lệ / validation',
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
