/**
 * Image checks for one article: every photo needs alt text (a decorative one says so with
 * "(trang trí)"), every local file must exist and be a readable image, and originals heavier
 * than OVERSIZED_BYTES are reported with their size. Problems fail the build with the article
 * file, line and image path; oversize is a warning.
 */
import path from 'node:path';
import { realpathSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { DECORATIVE_ALT, OVERSIZED_BYTES, formatBytes } from '../images.ts';
import { MISSING_IMAGE_URL } from '../markdown/remark-figures.ts';
import type { ContentProblem } from './validate.ts';
import { scanBody, type BodyImage } from './body-scan.ts';

export type MarkdownImage = BodyImage;

/** Images written with Markdown syntax (`![alt](url)` and reference images), lines in the body. */
export function findMarkdownImages(body: string): MarkdownImage[] {
  return scanBody(body, 1).images;
}

/** A file beside the article (what Astro optimises), not a remote URL, a site path or a marker. */
export function isLocalImage(url: string): boolean {
  return !URL.canParse(url) && !url.startsWith('/') && !url.startsWith('#');
}

export interface ImageCheckResult {
  problems: ContentProblem[];
  warnings: string[];
  /** Local body images, for the collection's `bodyImages` field. */
  localImages: string[];
}

export interface CheckInput {
  file: string;
  body: string;
  bodyStartLine: number;
  cover?: { path: string; line: number };
  /** The body's images, lines in the file, when the caller has scanned the body already. */
  images?: BodyImage[];
}

/** Photo formats the site publishes (docs/content-format.md). SVG can carry script: never. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** What sharp reports for those formats (AVIF is read as HEIF). */
const PUBLISHED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif']);

function bodyImagesOf(input: CheckInput): BodyImage[] {
  return input.images ?? scanBody(input.body, input.bodyStartLine).images;
}

/** Why a local image path cannot be used, before the file is even looked at (undefined: fine). */
export function imagePathProblem(url: string): string | undefined {
  const extension = path.extname(url.split(/[?#]/)[0]!).toLowerCase();
  if (extension === '.svg') {
    return `ảnh "${url}" là SVG: trang không đăng ảnh SVG (có thể chứa mã chạy); dùng JPEG, PNG, WebP, AVIF hoặc GIF`;
  }
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `ảnh "${url}" không phải định dạng được đăng (${IMAGE_EXTENSIONS.join(', ')})`;
  }
  if (path.isAbsolute(url) || url.split(/[\\/]/).includes('..')) {
    return `ảnh "${url}" phải nằm trong thư mục của bài viết (không dùng "..")`;
  }
  return undefined;
}

const FIELD = 'ảnh';

export interface Target {
  url: string;
  line: number;
  field: string;
}

export function targetsOf(input: CheckInput): { targets: Target[]; localImages: string[] } {
  const body = bodyImagesOf(input)
    .filter((image) => isLocalImage(image.url))
    .map((image) => ({ url: image.url, line: image.line, field: FIELD }));
  const cover = input.cover
    ? [{ url: input.cover.path, line: input.cover.line, field: 'cover (ảnh bìa)' }]
    : [];
  return { targets: [...cover, ...body], localImages: [...new Set(body.map((t) => t.url))] };
}

/**
 * Existence and size only (cheap): run for every article on every build, also for articles the
 * loader did not parse again because they did not change.
 */
export function checkImageFiles(
  file: string,
  targets: Target[],
): { problems: ContentProblem[]; warnings: string[]; present: Target[] } {
  const result = { problems: [] as ContentProblem[], warnings: [] as string[], present: [] as Target[] };
  const dir = path.dirname(file);
  for (const target of targets) {
    const refused = imagePathProblem(target.url);
    if (refused) {
      result.problems.push({ file, line: target.line, field: target.field, message: refused });
      continue;
    }
    let size: number;
    try {
      const resolved = path.resolve(dir, target.url);
      const stat = statSync(resolved);
      if (!stat.isFile()) throw new Error('not a file');
      const inside = path.relative(realpathSync(dir), realpathSync(resolved));
      if (inside.startsWith('..') || path.isAbsolute(inside)) {
        result.problems.push({
          file,
          line: target.line,
          field: target.field,
          message: `ảnh "${target.url}" là liên kết tới tệp ngoài thư mục bài viết: chép chính tệp ảnh vào thư mục bài`,
        });
        continue;
      }
      size = stat.size;
    } catch {
      result.problems.push({
        file,
        line: target.line,
        field: target.field,
        message: `không tìm thấy tệp ảnh "${target.url}" cạnh bài viết (missing image file)`,
      });
      continue;
    }
    result.present.push(target);
    if (size > OVERSIZED_BYTES) {
      result.warnings.push(
        `${path.relative(process.cwd(), file) || file}:${target.line} — ảnh "${target.url}" nặng ${formatBytes(size)}`,
      );
    }
  }
  return result;
}

/** Everything, including alt text and decoding each file's header: run when an article changes. */
export async function checkArticleImages(
  input: CheckInput,
): Promise<ImageCheckResult & { targets: Target[] }> {
  const { targets, localImages } = targetsOf(input);
  const { present, ...files } = checkImageFiles(input.file, targets);
  const result = { ...files, localImages, targets };
  for (const image of bodyImagesOf(input)) {
    if (image.url !== MISSING_IMAGE_URL && !isLocalImage(image.url)) {
      // Remote and site-root images are not optimised and have no width/height: not allowed.
      result.problems.push({
        file: input.file,
        line: image.line,
        field: FIELD,
        message: `ảnh "${image.url}" phải là tệp đặt cạnh bài viết (vd. ./anh-1.jpg), không phải địa chỉ web hay đường dẫn gốc`,
      });
    }
    if (image.url === MISSING_IMAGE_URL || image.alt.trim() !== '') continue;
    result.problems.push({
      file: input.file,
      line: image.line,
      field: FIELD,
      message: `ảnh "${image.url}" thiếu mô tả (alt) cho người khiếm thị: viết ![mô tả ảnh](${image.url}); ảnh chỉ để trang trí thì viết ![${DECORATIVE_ALT}](${image.url})`,
    });
  }
  const dir = path.dirname(input.file);
  for (const target of present) {
    try {
      // Decoding (at a small scale: fast) finds truncated files, which a header read does not.
      const image = sharp(path.resolve(dir, target.url), { failOn: 'truncated' });
      const meta = await image.metadata();
      if (!meta.width || !meta.height) throw new Error('no dimensions');
      if (!PUBLISHED_FORMATS.has(meta.format ?? '')) throw new Error(`định dạng ${meta.format ?? '?'}`);
      await image.resize(16, 16, { fit: 'inside' }).toBuffer();
    } catch (error) {
      result.problems.push({
        file: input.file,
        line: target.line,
        field: target.field,
        message: `không đọc được tệp ảnh "${target.url}" (tệp hỏng hoặc không phải ảnh — unreadable image: ${(error as Error).message})`,
      });
    }
  }
  result.problems.sort((a, b) => a.line - b.line);
  return result;
}
