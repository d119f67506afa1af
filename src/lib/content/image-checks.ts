/**
 * Image checks for one article: every photo needs alt text (a decorative one says so with
 * "(trang trí)"), every local file must exist and be a readable image, and originals heavier
 * than OVERSIZED_BYTES are reported with their size. Problems fail the build with the article
 * file, line and image path; oversize is a warning.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Image, ImageReference, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { definitions } from 'mdast-util-definitions';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { DECORATIVE_ALT, OVERSIZED_BYTES, formatBytes } from '../images.ts';
import { MISSING_IMAGE_URL } from '../markdown/remark-figures.ts';
import type { ContentProblem } from './validate.ts';

export interface MarkdownImage {
  url: string;
  alt: string;
  /** 1-based line in the body. */
  line: number;
}

/** Images written with Markdown syntax (`![alt](url)` and reference images), in order. */
export function findMarkdownImages(body: string): MarkdownImage[] {
  const tree: Root = fromMarkdown(body);
  const definition = definitions(tree);
  const images: MarkdownImage[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const image = node as Image | ImageReference;
    const url = image.type === 'image' ? image.url : definition(image.identifier)?.url;
    if (!url) return;
    images.push({ url: safeDecode(url), alt: image.alt ?? '', line: image.position?.start.line ?? 1 });
  });
  return images;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
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
}

const FIELD = 'ảnh';

export interface Target {
  url: string;
  line: number;
  field: string;
}

export function targetsOf(input: CheckInput): { targets: Target[]; localImages: string[] } {
  const body = findMarkdownImages(input.body)
    .filter((image) => isLocalImage(image.url))
    .map((image) => ({ url: image.url, line: input.bodyStartLine + image.line - 1, field: FIELD }));
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
    let size: number;
    try {
      const stat = statSync(path.resolve(dir, target.url));
      if (!stat.isFile()) throw new Error('not a file');
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
  for (const image of findMarkdownImages(input.body)) {
    if (image.url !== MISSING_IMAGE_URL && !isLocalImage(image.url)) {
      // Remote and site-root images are not optimised and have no width/height: not allowed.
      result.problems.push({
        file: input.file,
        line: input.bodyStartLine + image.line - 1,
        field: FIELD,
        message: `ảnh "${image.url}" phải là tệp đặt cạnh bài viết (vd. ./anh-1.jpg), không phải địa chỉ web hay đường dẫn gốc`,
      });
    }
    if (image.url === MISSING_IMAGE_URL || image.alt.trim() !== '') continue;
    result.problems.push({
      file: input.file,
      line: input.bodyStartLine + image.line - 1,
      field: FIELD,
      message: `ảnh "${image.url}" thiếu mô tả (alt) cho người khiếm thị: viết ![mô tả ảnh](${image.url}); ảnh chỉ để trang trí thì viết ![${DECORATIVE_ALT}](${image.url})`,
    });
  }
  const dir = path.dirname(input.file);
  for (const target of present) {
    try {
      const meta = await sharp(path.resolve(dir, target.url)).metadata();
      if (!meta.width || !meta.height) throw new Error('no dimensions');
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
