/**
 * Content linter checks (npm run check:content): what the build cannot or does not say before
 * publishing. Pure functions over file text; the schema itself is checked by validateArticle
 * (validate.ts) so staff get the same messages from the linter and from the build.
 *
 * Per article: non-NFC text, invisible control characters, mixed tone placement ("Uỷ"/"Ủy"), images without alt text, titles
 * too long for search results, a free source name that is in fact registered, an author written
 * by the name of a registered author instead of its id.
 * Across articles (linear: one Map per check): duplicate slugs, duplicate titles, links to
 * /tin-tuc/<slug>/ that do not exist (or are drafts).
 */
import { MISSING_IMAGE_URL } from '../markdown/remark-figures.ts';
import { articleSlugFromPath } from '../urls.ts';
import { comparisonKey, findControlChars, toneStyleOf, type ControlChar } from '../vietnamese.ts';
import { matchSource, type SourceEntry } from '../source.ts';
import type { ContentProblem } from './validate.ts';
import { scanBody, type BodyImage, type BodyLink } from './body-scan.ts';

export type Severity = 'error' | 'warning';

export interface LintIssue extends ContentProblem {
  severity: Severity;
}

/** Google shows about 50–60 characters of a title; past ~110 even the full-width result cuts it. */
export const MAX_TITLE_LENGTH = 110;

/** Hosts whose /tin-tuc/<slug>/ links are checked (the build's CEMA_SITE_URL host is added). */
export const SITE_HOSTS: ReadonlySet<string> = new Set(['tin.cema.gov.vn', 'www.tin.cema.gov.vn']);

// ---------------------------------------------------------------------------------------------
// Unicode normalisation

/** 1-based lines whose text is not NFC (e.g. pasted from Word or macOS in decomposed form). */
export function nonNfcLines(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (line !== line.normalize('NFC')) lines.push(i + 1);
  });
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Tone placement: "hoà/hòa", "khoẻ/khỏe", "Uỷ/Ủy". In an open syllable ending in oa, oe or uy the
// old style marks the second vowel, the new style the first. Followed by a consonant ("hoàng",
// "khuyến") there is only one spelling, and "qu" is a consonant ("quý"), so neither is counted.

const WORD = /\p{L}+/gu;

export interface ToneUse {
  word: string;
  line: number;
}

export interface ToneStyles {
  old: ToneUse[];
  new: ToneUse[];
}

/** Words written in the old ("hoà", "Uỷ") and in the new ("hòa", "Ủy") tone placement. */
export function toneStyles(source: string): ToneStyles {
  const styles: ToneStyles = { old: [], new: [] };
  source
    .normalize('NFC')
    .split('\n')
    .forEach((text, i) => {
      for (const [word] of text.matchAll(WORD)) {
        const style = toneStyleOf(word);
        if (style) styles[style].push({ word, line: i + 1 });
      }
    });
  return styles;
}

function examples(uses: readonly ToneUse[]): string {
  const seen = new Map<string, number>();
  for (const use of uses) if (!seen.has(use.word)) seen.set(use.word, use.line);
  return [...seen]
    .slice(0, 3)
    .map(([word, line]) => `“${word}” (dòng ${line})`)
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// One article

export interface ArticleFacts {
  file: string;
  slug: string;
  /** The whole file text, as read. */
  source: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  lineOf(path: readonly PropertyKey[]): number;
}

export function lintArticle(
  article: ArticleFacts,
  sources: readonly SourceEntry[],
  scanned: { images: BodyImage[] } = scanBody(article.body, article.bodyStartLine),
  /** Registered authors (authors.yaml): an author written by name instead of id is a warning. */
  authors: readonly { id: string; name: string }[] = [],
): LintIssue[] {
  const { file } = article;
  const issues: LintIssue[] = [];
  const push = (severity: Severity, line: number, field: string, message: string) =>
    issues.push({ file, line, field, message, severity });

  const nfc = nonNfcLines(article.source);
  if (nfc.length > 0) {
    const more =
      nfc.length > 1
        ? ` (và ${nfc.length - 1} dòng khác: ${nfc.slice(1, 6).join(', ')}${nfc.length > 6 ? ', …' : ''})`
        : '';
    push(
      'error',
      nfc[0]!,
      '(văn bản)',
      `chữ tiếng Việt ở dạng tổ hợp (không phải NFC, thường do dán từ Word/macOS)${more}; chạy "npm run check:content -- --fix" để chuyển sang NFC`,
    );
  }

  const controls = new Map<number, ControlChar[]>();
  for (const found of findControlChars(article.source)) {
    controls.set(found.line, [...(controls.get(found.line) ?? []), found]);
  }
  for (const [line, found] of controls) {
    const chars = found.map((c) => `${c.code} (cột ${c.column})`).join(', ');
    push(
      'error',
      line,
      '(văn bản)',
      `ký tự điều khiển không nhìn thấy ${chars}, thường do dán từ Word; trang web không được chứa ký tự này: xóa nó (bản dựng tự bỏ đi khi hiển thị)`,
    );
  }

  const tones = toneStyles(article.source);
  if (tones.old.length > 0 && tones.new.length > 0) {
    const minority = tones.old.length <= tones.new.length ? tones.old : tones.new;
    push(
      'warning',
      minority[0]!.line,
      '(chính tả)',
      `bỏ dấu thanh không thống nhất trong bài: kiểu cũ ${examples(tones.old)} và kiểu mới ${examples(tones.new)}; chọn một kiểu cho cả bài (vd. "Ủy", "hòa")`,
    );
  }

  const title = article.data.title;
  if (typeof title === 'string' && title.trim().length > MAX_TITLE_LENGTH) {
    push(
      'warning',
      article.lineOf(['title']),
      'title (tiêu đề)',
      `tiêu đề dài ${title.trim().length} ký tự, quá ${MAX_TITLE_LENGTH}: kết quả tìm kiếm (Google…) sẽ cắt bớt; nên rút gọn`,
    );
  }

  const source = article.data.source as { name?: unknown } | undefined;
  if (source && typeof source.name === 'string') {
    const id = matchSource(source.name, sources);
    if (id) {
      push(
        'warning',
        article.lineOf(['source', 'name']),
        'source.name (nguồn)',
        `nguồn "${source.name}" đã đăng ký trong sources.yaml: viết "source: { id: ${id} }" để tên và liên kết nguồn thống nhất`,
      );
    }
  }

  const author = article.data.author;
  if (typeof author === 'string' && !authors.some((a) => a.id === author)) {
    const key = comparisonKey(author);
    const registered = authors.find((a) => comparisonKey(a.name) === key);
    if (registered) {
      push(
        'warning',
        article.lineOf(['author']),
        'author (tác giả)',
        `tác giả "${author}" đã đăng ký trong authors.yaml: viết "author: ${registered.id}" để bài liên kết đến trang tác giả`,
      );
    }
  }

  for (const image of scanned.images) {
    if (image.url === MISSING_IMAGE_URL || image.alt.trim() !== '') continue;
    push(
      'error',
      image.line,
      '(ảnh)',
      `ảnh "${image.url}" thiếu mô tả (alt) cho người khiếm thị: viết mô tả trong ngoặc vuông, vd. ![Toàn cảnh hội nghị](${image.url})`,
    );
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Across articles

export interface ArticleSummary {
  file: string;
  slug: string;
  title?: string;
  titleLine: number;
  draft: boolean;
  links: BodyLink[];
}

const titleKey = (title: string) =>
  title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** Duplicate slugs (error), duplicate titles (warning), links to missing or draft articles. */
export function lintCollection(
  articles: readonly ArticleSummary[],
  relative: (file: string) => string = (f) => f,
  siteHosts: ReadonlySet<string> = SITE_HOSTS,
): LintIssue[] {
  const issues: LintIssue[] = [];
  const bySlug = new Map<string, ArticleSummary>();
  const byTitle = new Map<string, ArticleSummary>();
  for (const article of articles) {
    const first = bySlug.get(article.slug);
    if (first) {
      issues.push({
        file: article.file,
        line: 1,
        field: '(thư mục)',
        severity: 'error',
        message: `trùng địa chỉ bài viết "${article.slug}" với ${relative(first.file)}; đổi tên một thư mục`,
      });
    } else bySlug.set(article.slug, article);
    if (article.title) {
      const key = titleKey(article.title);
      const same = byTitle.get(key);
      if (same) {
        issues.push({
          file: article.file,
          line: article.titleLine,
          field: 'title (tiêu đề)',
          severity: 'warning',
          message: `trùng tiêu đề với ${relative(same.file)}; người đọc và máy tìm kiếm khó phân biệt hai bài`,
        });
      } else byTitle.set(key, article);
    }
  }
  for (const article of articles) {
    for (const link of article.links) {
      const slug = articleSlugFromPath(link.url);
      if (slug === undefined || !isSiteLink(link.url, siteHosts)) continue;
      const target = bySlug.get(slug);
      if (!target) {
        issues.push({
          file: article.file,
          line: link.line,
          field: '(liên kết)',
          severity: 'error',
          message: `liên kết "${link.url}" trỏ tới bài "${slug}" không tồn tại; kiểm tra tên thư mục của bài đích`,
        });
      } else if (target.draft && !article.draft) {
        issues.push({
          file: article.file,
          line: link.line,
          field: '(liên kết)',
          severity: 'warning',
          message: `liên kết "${link.url}" trỏ tới bài đang là bản nháp (${relative(target.file)}): liên kết sẽ hỏng cho tới khi bài đó được đăng`,
        });
      }
    }
  }
  return issues;
}

/** Site-relative links, and absolute links on the site's own origin(s). */
export function isSiteLink(url: string, hosts: ReadonlySet<string> = SITE_HOSTS): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  try {
    return hosts.has(new URL(url).hostname);
  } catch {
    return false;
  }
}
