/**
 * Old-portal scraped page (text) → article (front matter + body blocks) plus the list of
 * uncertain decisions for the import report. Pure: no I/O, the clock comes in as `now`.
 *
 * Page shape (see tests/fixtures/legacy/ and docs/content-format.md):
 *   [URL line]                     optional: the page's address ("URL: https://…" or bare)
 *   [Section]                      optional, e.g. "Hoạt động ban"
 *   <blank>
 *   Title[Lede run into it […]]
 *   [date line]                    in any of the forms page-lines.ts reads, with views and tails
 *   <blank>
 *   Paragraphs and photo captions, separated by blank lines
 *   [Trích nguồn X | Theo X | Nguồn: X, maybe with the original article's URL]
 *   [URL line]
 *   [Tin khác đã đăng …]          the portal's related-news block: dropped
 * Every line is a title, lede, paragraph, caption, metadata (date, views, URL, source) or a
 * known button of the portal; a line that looks like metadata but cannot be read is reported
 * and left out of the article, never guessed into it as a caption.
 */
import { matchSource, matchSourceUrl, type SourceEntry } from '../../src/lib/source.ts';
import { stripControlChars } from '../../src/lib/vietnamese.ts';
import { slugify } from '../../src/lib/slug.ts';
import { classifyCaption, FINAL_PUNCTUATION, quote, wordCount } from './captions.ts';
import { categoryForSection } from './categories.ts';
import { LegacyFileError } from './errors.ts';
import {
  looksLikePortalLine,
  parsePortalLine,
  parseSourceLine,
  parseUrlLine,
  type PortalLine,
  type SourceKind,
} from './page-lines.ts';

export type { SourceKind } from './page-lines.ts';

export type ArticleSource = ({ id: string } | { name: string }) & { kind: SourceKind; url?: string };

export interface BodyBlock {
  type: 'paragraph' | 'caption';
  text: string;
}

export interface LegacyData {
  /** The old portal's "View count" / "Lượt xem". */
  views?: number;
  /** The page's address on the old portal, when the scrape has it. */
  url?: string;
  /** The scrape's page id (from the file name). */
  id?: string;
}

export interface LegacyArticle {
  title: string;
  lede: string;
  publishedAt: string;
  category: string;
  source?: ArticleSource;
  draft: boolean;
  legacy: LegacyData;
  body: BodyBlock[];
  /** Editorial fields: never produced by the conversion, only kept from an existing article. */
  featured?: boolean;
  tags?: string[];
  author?: string;
  cover?: string;
  coverAlt?: string;
}

/** Report categories, in the order they appear in a file's report section. */
export const DECISION_KINDS = [
  'encoding',
  'identity',
  'section',
  'title',
  'lede',
  'date',
  'caption',
  'paragraph',
  'unclassified',
  'source',
  'dropped',
  'validation',
  'handEdit',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Decision {
  kind: DecisionKind;
  /** Position in the source (block index) so that decisions of one kind keep document order. */
  order: number;
  message: string;
}

export interface ConvertOptions {
  /** File name (for the legacy id and messages), e.g. "000_48cf783dc6e4e2ed.txt". */
  fileName: string;
  /** Category used when the page has no section line or an unknown one. */
  defaultCategory: string;
  /** Registered sources (content/sources.yaml). */
  sources: readonly SourceEntry[];
  /** Import time: only its year is used, for pages whose year cannot be inferred. */
  now: Date;
}

export interface ConvertResult {
  article: LegacyArticle;
  slug: string;
  year: string;
  decisions: Decision[];
}

/** The page has no title or no text. */
export class LegacyFormatError extends LegacyFileError {}

/** Hex id in the scrape's file name: "000_48cf783dc6e4e2ed.txt" → "48cf783dc6e4e2ed". */
export function legacyIdFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return /^(?:\d+_)?([0-9a-f]{8,})\.[a-z]+$/i.exec(base)?.[1]?.toLowerCase();
}

/**
 * NFC, trimmed lines, runs of (any Unicode) spaces collapsed to one (Word's U+000B line break
 * included), then no control characters left (the ones the build strips and the linter
 * reports). Words are never touched.
 */
export function normalizeText(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) =>
      stripControlChars(
        line
          .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '')
          .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' '),
      ).trim(),
    );
}

const RELATED_NEWS = /^tin khác đã đăng\b/iu;
const TRUNCATION_MARK = /\s*\[\s*(?:…|\.\.\.)\s*\]\s*$/u;

interface LineInfo {
  text: string;
  block: number;
}

/**
 * Splits a title line with the lede run into it ("…năm 2021Đó là chỉ đạo…") where a lowercase
 * letter or digit is directly followed by an uppercase letter that starts a sentence.
 */
export function splitRunOnTitle(line: string): { title: string; lede: string } | undefined {
  const re = /([\p{Ll}\d])(\p{Lu})(?=[\p{Ll}\s])/gu;
  for (let match = re.exec(line); match; match = re.exec(line)) {
    const cut = match.index + 1;
    const title = line.slice(0, cut).trim();
    const lede = line.slice(cut).trim();
    const before = title.split(' ').pop() ?? '';
    // "iPhone", "TPHCMNgày": a one-letter token before the capital is a brand, not a sentence end.
    if (before.length < 2) continue;
    if (wordCount(title) < 3 || wordCount(lede) < 6) continue;
    return { title, lede };
  }
  return undefined;
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The most frequent "năm YYYY" (2000–2099), or undefined when none or tied. */
export function inferYear(texts: readonly string[]): { year?: string; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const re = /(?<![\p{L}\d])năm\s+(20\d{2})(?!\d)/giu;
  for (const text of texts) {
    for (const match of text.matchAll(re)) {
      const year = match[1] as string;
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [first, second] = sorted;
  if (!first || (second && second[1] === first[1])) return { counts };
  return { year: first[0], counts };
}

function describeCounts(counts: Map<string, number>): string {
  return [...counts]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([year, n]) => `${year}×${n}`)
    .join(', ');
}

/** Collects the decisions of one conversion; each step adds its own. */
class DecisionLog {
  readonly decisions: Decision[] = [];
  note(kind: DecisionKind, order: number, message: string): void {
    this.decisions.push({ kind, order, message });
  }
  has(kind: DecisionKind): boolean {
    return this.decisions.some((d) => d.kind === kind);
  }
}

/** Drops the portal's "Tin khác đã đăng" block and everything after it. */
function cutRelatedNews(lines: string[], log: DecisionLog): string[] {
  const relatedAt = lines.findIndex((line) => RELATED_NEWS.test(line));
  if (relatedAt < 0) return lines;
  const droppedLines = lines.slice(relatedAt + 1).filter(Boolean).length;
  log.note(
    'dropped',
    relatedAt,
    `Bỏ khối “Tin khác đã đăng” của cổng cũ${droppedLines ? ` và ${droppedLines} dòng sau nó` : ''} / dropped the portal's related-news block${droppedLines ? ` and ${droppedLines} line(s) after it` : ''}.`,
  );
  return lines.slice(0, relatedAt);
}

/** Blocks = runs of non-empty lines. */
function splitBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function isDateLine(line: string): boolean {
  const portal = parsePortalLine(line);
  return portal !== undefined && (portal.date !== undefined || portal.unreadableDate === true);
}

/** What the page's metadata lines say (date line, views, the page's own URL). */
interface PageMeta {
  dateLine?: string;
  date?: PortalLine;
  views?: number;
  url?: string;
}

/**
 * Takes one line as page metadata when it is one (date line, view count, the portal's buttons,
 * the page's URL); returns false for any other line. A line that looks like metadata but cannot
 * be read is taken too, and reported: it is not article text.
 */
function readMetaLine(line: string, order: number, meta: PageMeta, log: DecisionLog): boolean {
  const url = parseUrlLine(line);
  if (url) {
    if (meta.url === undefined) meta.url = url;
    else if (meta.url !== url) {
      log.note(
        'unclassified',
        order,
        `Trang có thêm một địa chỉ ${quote(url)} (đã dùng ${quote(meta.url)}): không đưa vào bài / a second URL on the page (the first one is used): not imported.`,
      );
    }
    return true;
  }
  const portal = parsePortalLine(line);
  if (!portal) {
    if (!looksLikePortalLine(line)) return false;
    log.note(
      'unclassified',
      order,
      `Dòng ${quote(line)} giống dòng thông tin của cổng cũ (ngày đăng, lượt xem…) nhưng không đọc được: không đưa vào bài, hãy xem lại trang gốc / line looks like the portal's metadata but could not be read: left out of the article — check the original page.`,
    );
    return true;
  }
  if (portal.date !== undefined || portal.unreadableDate) {
    if (meta.dateLine === undefined) {
      meta.dateLine = line;
      meta.date = portal;
    } else {
      log.note(
        'unclassified',
        order,
        `Dòng ngày thứ hai ${quote(line)} (đã dùng ${quote(meta.dateLine)}): không đưa vào bài / a second date line (the first one is used): left out of the article.`,
      );
    }
  }
  if (portal.views !== undefined) meta.views ??= portal.views;
  if (portal.unknown.length > 0) {
    const parts = portal.unknown.map((part) => quote(part)).join(', ');
    log.note(
      'unclassified',
      order,
      `Phần ${parts} của dòng ${quote(line)} không hiểu được: không đưa vào bài / part of a metadata line could not be classified: left out of the article.`,
    );
  }
  return true;
}

/** Metadata lines before the section line (e.g. the scrape's URL first). */
function takeLeadingMeta(blocks: string[][], meta: PageMeta, log: DecisionLog): void {
  while (blocks[0] !== undefined) {
    const first = blocks[0];
    // A lone first line that is a date line may belong to the title block's reading below.
    if (!first[0] || parseUrlLine(first[0]) === undefined) return;
    readMetaLine(first[0], 0, meta, log);
    first.shift();
    if (first.length === 0) blocks.shift();
  }
}

/**
 * The optional section line ("Hoạt động ban") → category. Returns the category and the index of
 * the block where the title starts.
 */
function readSection(
  blocks: readonly string[][],
  defaultCategory: string,
  log: DecisionLog,
): { category: string; titleAt: number } {
  let category = defaultCategory;
  let titleAt = 0;
  const first = blocks[0] as string[];
  const secondHasDate = blocks[1] !== undefined && blocks[1].some(isDateLine);
  if (first.length === 1 && !isMetaBlock(first)) {
    const candidate = first[0] as string;
    const known = categoryForSection(candidate);
    const shortLabel = wordCount(candidate) <= 8 && !FINAL_PUNCTUATION.test(candidate) && blocks.length > 1;
    if (known) {
      category = known;
      titleAt = 1;
    } else if (shortLabel && secondHasDate) {
      titleAt = 1;
      log.note(
        'section',
        0,
        `Chuyên mục cũ ${quote(candidate)} không có trong bảng ánh xạ: dùng chuyên mục mặc định “${category}” / unknown section ${quote(candidate)}: used the default category “${category}” (--category).`,
      );
    } else if (shortLabel) {
      log.note(
        'section',
        0,
        `Dòng đầu ngắn ${quote(candidate)} có thể là chuyên mục cũ, nhưng đã coi là tiêu đề (không có dòng ngày đăng sau nó) / short first line might be a section; treated as the title.`,
      );
    }
  }
  if (titleAt === 0 && !log.has('section')) {
    log.note(
      'section',
      0,
      `Không có dòng chuyên mục: dùng chuyên mục mặc định “${category}” / no section line: used the default category “${category}” (--category).`,
    );
  }
  return { category, titleAt };
}

interface Header {
  titleLine: string;
  titleBlockIndex: number;
  /** Lines of the title block after the title that are not metadata: body text. */
  extra: string[];
  /** Index of the first body block. */
  bodyAt: number;
}

const isMetaBlock = (block: readonly string[]) =>
  block.every((line) => parseUrlLine(line) !== undefined || parsePortalLine(line) !== undefined);

/**
 * The title block: metadata blocks before it, the title line, then its metadata lines (same
 * block, or blocks of metadata lines only that follow), maybe more lines of text.
 */
function readHeader(
  blocks: readonly string[][],
  titleAt: number,
  fileName: string,
  meta: PageMeta,
  log: DecisionLog,
): Header {
  while (blocks[titleAt] && blocks[titleAt + 1] && isMetaBlock(blocks[titleAt] as string[])) {
    for (const line of blocks[titleAt] as string[]) readMetaLine(line, titleAt, meta, log);
    titleAt++;
  }
  const titleBlock = blocks[titleAt];
  if (!titleBlock) throw new LegacyFormatError(fileName, 'không tìm thấy tiêu đề', 'no title found');
  const extra: string[] = [];
  for (const line of titleBlock.slice(1)) {
    if (extra.length > 0 || !readMetaLine(line, titleAt, meta, log)) extra.push(line);
  }
  let bodyAt = titleAt + 1;
  while (blocks[bodyAt] && extra.length === 0 && isMetaBlock(blocks[bodyAt] as string[])) {
    for (const line of blocks[bodyAt] as string[]) readMetaLine(line, bodyAt, meta, log);
    bodyAt++;
  }
  return { titleLine: titleBlock[0] as string, titleBlockIndex: titleAt, extra, bodyAt };
}

/** The title, and the lede when the portal ran it into the title line. */
function splitTitleAndLede(
  titleLine: string,
  order: number,
  log: DecisionLog,
): { title: string; lede?: string } {
  const split = splitRunOnTitle(titleLine);
  if (split) {
    log.note(
      'title',
      order,
      `Tiêu đề và sapo dính liền, đã tách tại “${split.title.slice(-12)}|${split.lede.slice(0, 12)}” / title and lede were run together; split there.`,
    );
    return split;
  }
  if (TRUNCATION_MARK.test(titleLine) || wordCount(titleLine) > 40) {
    log.note(
      'title',
      order,
      `Tiêu đề rất dài (${wordCount(titleLine)} từ) nhưng không tìm được chỗ tách sapo: kiểm tra lại / very long title but no lede split point found: check it.`,
    );
  }
  return { title: titleLine };
}

/** Body lines grouped by block, each with its block index (the extra title-block lines first). */
function collectBodyLines(blocks: readonly string[][], header: Header): LineInfo[][] {
  const bodyLines: LineInfo[][] = [];
  if (header.extra.length) {
    bodyLines.push(header.extra.map((text) => ({ text, block: header.titleBlockIndex })));
  }
  for (let b = header.bodyAt; b < blocks.length; b++) {
    bodyLines.push((blocks[b] as string[]).map((text) => ({ text, block: b })));
  }
  return bodyLines;
}

/** The last body line, taken off the body (mutates `bodyLines`). */
function popLastLine(bodyLines: LineInfo[][]): void {
  const lastBlock = bodyLines[bodyLines.length - 1];
  lastBlock?.pop();
  if (lastBlock?.length === 0) bodyLines.pop();
}

const lastLineOf = (bodyLines: readonly LineInfo[][]) => bodyLines.at(-1)?.at(-1);

/** Metadata lines at the end of the page (the page's URL, buttons), taken off the body. */
function takeTrailingMeta(bodyLines: LineInfo[][], meta: PageMeta, log: DecisionLog): void {
  for (let last = lastLineOf(bodyLines); last; last = lastLineOf(bodyLines)) {
    if (!readMetaLine(last.text, last.block, meta, log)) return;
    popLastLine(bodyLines);
  }
}

/** Takes the source line ("Trích nguồn X", "Theo X", "Nguồn: X") off the end of the body. */
function takeSourceLine(
  bodyLines: LineInfo[][],
  sources: readonly SourceEntry[],
  log: DecisionLog,
): ArticleSource | undefined {
  const lastLine = lastLineOf(bodyLines);
  const line = lastLine ? parseSourceLine(lastLine.text) : undefined;
  if (!lastLine || !line) {
    log.note(
      'source',
      Number.MAX_SAFE_INTEGER,
      'Không có dòng “Trích nguồn”/“Theo”: bài không ghi nguồn / no source line: no source written.',
    );
    return undefined;
  }
  popLastLine(bodyLines);
  const { kind, name, url } = line;
  const withUrl = url === undefined ? {} : { url };
  // "Nguồn: https://baodantoc.vn/…" names no source but its site may be a registered one.
  const id =
    matchSource(name, sources) ?? (url && line.nameFromUrl ? matchSourceUrl(url, sources) : undefined);
  if (id) return { id, kind, ...withUrl };
  log.note(
    'source',
    lastLine.block,
    `Nguồn ${quote(name)} chưa đăng ký trong sources.yaml: ghi theo tên / unknown source ${quote(name)} (not in sources.yaml): written as a free name.`,
  );
  return { name, kind, ...withUrl };
}

/** Metadata lines inside the body (a second date line, a lone "In bài viết"): left out, reported. */
function takeBodyMeta(bodyLines: LineInfo[][], meta: PageMeta, log: DecisionLog): LineInfo[][] {
  return bodyLines
    .map((block) =>
      block.filter((line) => {
        if (parseUrlLine(line.text) !== undefined) return true; // a link in the text is text
        const before = log.decisions.length;
        const taken = readMetaLine(line.text, line.block, meta, log);
        if (taken && log.decisions.length === before) {
          log.note(
            'dropped',
            line.block,
            `Bỏ dòng ${quote(line.text)} giữa bài (nút/thông tin của cổng cũ) / dropped the portal's metadata line inside the body.`,
          );
        }
        return !taken;
      }),
    )
    .filter((block) => block.length > 0);
}

/**
 * A lede the portal cut ("… […]"): from the title line, or standing as the first paragraph
 * (then taken off the body). Returns the lede without its mark, and whether it was cut.
 */
function takeTruncatedLede(
  lede: string | undefined,
  bodyLines: LineInfo[][],
): { lede?: string; truncated: boolean } {
  if (lede === undefined && bodyLines[0]?.length === 1 && TRUNCATION_MARK.test(bodyLines[0][0]?.text ?? '')) {
    lede = bodyLines[0][0]?.text;
    bodyLines.shift();
  }
  if (lede === undefined || !TRUNCATION_MARK.test(lede)) return { lede, truncated: false };
  return { lede: lede.replace(TRUNCATION_MARK, '').replace(/[\s,;:–-]+$/u, ''), truncated: true };
}

/** Paragraphs and photo captions (a caption's photo was lost by the old portal). */
function classifyBodyLines(bodyLines: readonly LineInfo[][], log: DecisionLog): BodyBlock[] {
  const longest = Math.max(0, ...bodyLines.map((block) => wordCount(block.map((l) => l.text).join(' '))));
  const body: BodyBlock[] = [];
  const lastBodyBlock = bodyLines.length - 1;
  bodyLines.forEach((block, b) => {
    let pending: LineInfo[] = [];
    const flush = () => {
      if (pending.length) body.push({ type: 'paragraph', text: pending.map((l) => l.text).join(' ') });
      pending = [];
    };
    for (const line of block) {
      const verdict = classifyCaption(line.text, {
        longest,
        isLastOfArticle: b === lastBodyBlock && block.length === 1,
      });
      if (verdict.note) log.note(verdict.caption ? 'caption' : 'paragraph', line.block, verdict.note);
      if (verdict.caption) {
        flush();
        body.push({ type: 'caption', text: line.text });
      } else pending.push(line);
    }
    flush();
  });
  return body;
}

/**
 * The lede: the page's own (completed from the first paragraph when the portal cut it and the
 * paragraph has it whole), or else the first paragraph. May remove that paragraph from `body`.
 */
function chooseLede(
  found: { lede?: string; truncated: boolean },
  body: BodyBlock[],
  order: number,
  fileName: string,
  log: DecisionLog,
): string {
  const firstParagraph = body.find((block) => block.type === 'paragraph');
  if (!firstParagraph) {
    throw new LegacyFormatError(fileName, 'bài không có đoạn văn nào', 'the page has no body paragraph');
  }
  const { lede, truncated } = found;
  if (lede === undefined || lede === '') {
    log.note(
      'lede',
      order,
      'Trang cũ không có sapo: dùng đoạn văn đầu tiên làm sapo và vẫn giữ đoạn đó trong thân bài / no lede on the old page: the first body paragraph is used as the lede and also kept in the body.',
    );
    return firstParagraph.text;
  }
  if (!truncated) return lede;
  if (firstParagraph.text.startsWith(lede)) {
    const others = body.filter((block) => block !== firstParagraph);
    if (others.some((block) => block.type === 'paragraph')) body.splice(body.indexOf(firstParagraph), 1);
    log.note(
      'lede',
      order,
      'Sapo bị cổng cũ cắt ngắn (dấu “[…]”); đoạn đầu thân bài là bản đầy đủ của sapo nên đoạn đó thành sapo (không lặp lại trong thân bài) / lede truncated by the old portal (“[…]”); the first paragraph is its full text, so that paragraph became the lede (not repeated in the body).',
    );
    return firstParagraph.text;
  }
  // Readers must see that the sentence is cut: "…của các vụ, […]" → "…của các vụ…".
  log.note(
    'lede',
    order,
    'Sapo bị cổng cũ cắt ngắn: dấu “[…]” (và dấu phẩy treo) được thay bằng dấu “…” để người đọc thấy câu chưa hết; phần còn lại của sapo không có trong trang cào / lede truncated by the old portal: the “[…]” mark (and the dangling comma) became “…” so readers see it is cut; the rest of it is not in the scraped page.',
  );
  return `${lede}…`;
}

/**
 * publishedAt from the date line (minute or day precision); without a readable one, the year
 * the text talks about most (or the import year), as a draft for staff to date.
 */
function readPublishedAt(
  meta: PageMeta,
  texts: readonly string[],
  now: Date,
  order: number,
  log: DecisionLog,
): { publishedAt: string; draft: boolean } {
  const { dateLine } = meta;
  const date = meta.date?.date;
  if (date && isValidDate(date.year, date.month, date.day)) {
    const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    const time = meta.date?.time;
    if (time) {
      return { publishedAt: `${day}T${pad(time.hour)}:${pad(time.minute)}:00+07:00`, draft: false };
    }
    log.note(
      'date',
      order,
      `Dòng ngày đăng không có giờ hợp lệ: chỉ ghi ngày ${day} / date line has no valid time: day precision.`,
    );
    return { publishedAt: day, draft: false };
  }
  const inferred = inferYear(texts);
  const seen = inferred.counts.size ? ` (${describeCounts(inferred.counts)})` : '';
  const what = dateLine ? `dòng ngày đăng không đọc được ${quote(dateLine)}` : 'không có dòng ngày đăng';
  const whatEn = dateLine ? 'unreadable date line' : 'no date line';
  if (inferred.year) {
    log.note(
      'date',
      order,
      `${what}; năm suy ra từ nội dung: ${inferred.year}${seen} — hãy kiểm tra, đặt ngày thật rồi bỏ draft / ${whatEn}; year inferred from text: ${inferred.year} — check and set the real date, then remove draft.`,
    );
    return { publishedAt: inferred.year, draft: true };
  }
  const publishedAt = String(now.getFullYear());
  log.note(
    'date',
    order,
    `${what}; không suy ra được năm${seen}: tạm dùng năm nhập ${publishedAt}, bài để draft — hãy đặt ngày thật / ${whatEn}; no unambiguous year in the text: used the import year ${publishedAt} as a placeholder, article is a draft — set the real date.`,
  );
  return { publishedAt, draft: true };
}

/** The conversion, step by step; each step records what it was unsure of in the decision log. */
export function convertLegacyText(text: string, options: ConvertOptions): ConvertResult {
  const { fileName } = options;
  const log = new DecisionLog();
  const meta: PageMeta = {};

  const blocks = splitBlocks(cutRelatedNews(normalizeText(text), log));
  takeLeadingMeta(blocks, meta, log);
  if (blocks.length === 0) {
    throw new LegacyFormatError(fileName, 'tệp rỗng, không có tiêu đề', 'empty file: no title');
  }
  const { category, titleAt } = readSection(blocks, options.defaultCategory, log);
  const header = readHeader(blocks, titleAt, fileName, meta, log);
  const order = header.titleBlockIndex;
  const { title, lede: runOnLede } = splitTitleAndLede(header.titleLine, order, log);
  let bodyLines = collectBodyLines(blocks, header);
  takeTrailingMeta(bodyLines, meta, log);
  const source = takeSourceLine(bodyLines, options.sources, log);
  takeTrailingMeta(bodyLines, meta, log);
  bodyLines = takeBodyMeta(bodyLines, meta, log);
  const foundLede = takeTruncatedLede(runOnLede, bodyLines);
  const body = classifyBodyLines(bodyLines, log);
  const lede = chooseLede(foundLede, body, order, fileName, log);
  const texts = [title, lede, ...body.map((block) => block.text)];
  const { publishedAt, draft } = readPublishedAt(meta, texts, options.now, order, log);

  const legacy: LegacyData = {};
  if (meta.views !== undefined) legacy.views = meta.views;
  if (meta.url !== undefined) legacy.url = meta.url;
  const legacyId = legacyIdFromFileName(fileName);
  if (legacyId) legacy.id = legacyId;

  const article: LegacyArticle = { title, lede, publishedAt, category, draft, legacy, body };
  if (source) article.source = source;

  const slug = slugify(title) || legacyId || slugify(fileName.replace(/\.[a-z]+$/i, ''));
  return { article, slug, year: publishedAt.slice(0, 4), decisions: sortDecisions(log.decisions) };
}

export function sortDecisions(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort(
    (a, b) =>
      DECISION_KINDS.indexOf(a.kind) - DECISION_KINDS.indexOf(b.kind) ||
      a.order - b.order ||
      a.message.localeCompare(b.message),
  );
}
