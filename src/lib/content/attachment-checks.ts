/**
 * Checks of the files an article publishes beside itself — attached documents (front matter
 * `attachments:` and body links such as [Quyết định](./qd-98.pdf)) and local videos
 * (![Tiêu đề](./hop-bao.mp4), <Video src="./hop-bao.mp4">): each must be in the article's own
 * folder (no subfolder, no symlink out), have a name usable in its URL, be of a published type
 * and really be that type (a .pdf that is not a PDF fails), exist; heavy files are warnings.
 * Part of the one validation (check-article.ts); `checkArticleFiles` is cheap and is also run on
 * later builds for articles that did not change, like image files.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ATTACHMENT_TYPES,
  extensionOf,
  FILE_NAME_PATTERN,
  isLocalFileLink,
  isVideoFile,
  localFileName,
  OVERSIZED_ATTACHMENT_BYTES,
  OVERSIZED_VIDEO_BYTES,
  VIDEO_TYPES,
} from '../attachments.ts';
import { formatFileSize } from '../format.ts';
import { slugify } from '../slug.ts';
import type { BodyElement, BodyImage, BodyLink } from './body-scan.ts';
import type { ContentProblem } from './validate.ts';

export interface FileTarget {
  /** As written ("./qd-98.pdf"). */
  url: string;
  line: number;
  field: string;
  kind: 'attachment' | 'video';
  /** A body link's text, the document's title when front matter does not list it. */
  text?: string;
}

export interface FileTargetInput {
  /** Front matter `attachments:` files with their lines. */
  attachments?: { file: string; line: number }[];
  links: BodyLink[];
  images: BodyImage[];
  elements: BodyElement[];
}

const ATTACHMENT_FIELD = 'attachments (văn bản đính kèm)';
const LINK_FIELD = '(liên kết)';
const VIDEO_FIELD = '(video)';

/** Every file the article links to or shows from its folder, with the line that names it. */
export function fileTargetsOf(input: FileTargetInput): FileTarget[] {
  const targets: FileTarget[] = (input.attachments ?? []).map(({ file, line }) => ({
    url: file,
    line,
    field: ATTACHMENT_FIELD,
    kind: 'attachment',
  }));
  for (const link of input.links) {
    if (!isLocalFileLink(link.url)) continue;
    targets.push({
      url: link.url,
      line: link.line,
      field: LINK_FIELD,
      kind: isVideoFile(link.url) ? 'video' : 'attachment',
      ...(link.text?.trim() ? { text: link.text.trim() } : {}),
    });
  }
  for (const image of input.images) {
    if (isVideoFile(image.url))
      targets.push({ url: image.url, line: image.line, field: VIDEO_FIELD, kind: 'video' });
  }
  for (const element of input.elements) {
    const src = element.attributes.src;
    if (element.name === 'Video' && src !== undefined && isVideoFile(src)) {
      targets.push({ url: src, line: element.line, field: VIDEO_FIELD, kind: 'video' });
    }
  }
  return targets;
}

const ATTACHMENT_LIST = Object.keys(ATTACHMENT_TYPES)
  .map((extension) => extension.slice(1).toUpperCase())
  .join(', ');

/** Why a file name cannot be published, before the file is looked at (undefined: fine). */
export function filePathProblem(target: FileTarget): string | undefined {
  const name = localFileName(target.url);
  if (path.isAbsolute(name) || /[\\/]/.test(name)) {
    return `tệp "${target.url}" phải nằm ngay trong thư mục của bài viết (không dùng thư mục con hay "..")`;
  }
  const extension = extensionOf(name);
  const allowed = target.kind === 'video' ? VIDEO_TYPES : ATTACHMENT_TYPES;
  if (!(extension in allowed)) {
    return target.kind === 'video'
      ? `video "${target.url}" phải là tệp MP4 (.mp4)`
      : `tệp "${target.url}" không thuộc loại được đăng kèm bài (${ATTACHMENT_LIST}); ảnh thì chèn bằng ![mô tả](./anh.jpg)`;
  }
  if (!FILE_NAME_PATTERN.test(name)) {
    const suggestion = `${slugify(name.slice(0, name.length - extension.length)) || 'van-ban'}${extension}`;
    return `tên tệp "${name}" là một phần địa chỉ tải về: chỉ dùng chữ thường không dấu, số và gạch nối — đổi tên tệp thành "${suggestion}" và sửa liên kết`;
  }
  return undefined;
}

/** The first bytes each type starts with: a renamed file (.exe saved as .pdf) is refused. */
const SIGNATURES: Record<string, { bytes: number[][]; name: string }> = {
  '.pdf': { bytes: [[0x25, 0x50, 0x44, 0x46, 0x2d]], name: 'PDF' },
  '.docx': { bytes: [[0x50, 0x4b, 0x03, 0x04]], name: 'Word (DOCX)' },
  '.xlsx': { bytes: [[0x50, 0x4b, 0x03, 0x04]], name: 'Excel (XLSX)' },
  '.odt': { bytes: [[0x50, 0x4b, 0x03, 0x04]], name: 'ODT' },
  // An empty archive starts with its end record.
  '.zip': {
    bytes: [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
    ],
    name: 'ZIP',
  },
  '.doc': { bytes: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], name: 'Word (DOC)' },
  '.xls': { bytes: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], name: 'Excel (XLS)' },
};

function startsAsItsType(file: string, extension: string): boolean {
  const signature = SIGNATURES[extension];
  if (!signature) return true;
  const head = Buffer.alloc(8);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return signature.bytes.some((bytes) => read >= bytes.length && bytes.every((b, i) => head[i] === b));
}

/**
 * Existence, place, type and size of each file (cheap: a stat and 8 bytes per file). Problems
 * fail the build; heavy files are warnings.
 */
export function checkArticleFiles(
  file: string,
  targets: readonly FileTarget[],
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const dir = path.dirname(file);
  const seen = new Set<string>();
  for (const target of targets) {
    const problem = (message: string) => ({ file, line: target.line, field: target.field, message });
    const refused = filePathProblem(target);
    if (refused) {
      problems.push(problem(refused));
      continue;
    }
    const name = localFileName(target.url);
    const resolved = path.join(dir, name);
    let size: number;
    try {
      const stat = statSync(resolved);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      problems.push(
        problem(
          `không tìm thấy tệp "${name}" cạnh bài viết: chép tệp vào thư mục ${path.basename(dir)}/ hoặc sửa tên trong bài (missing file)`,
        ),
      );
      continue;
    }
    const inside = path.relative(realpathSync(dir), realpathSync(resolved));
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      problems.push(
        problem(`tệp "${name}" là liên kết tới tệp ngoài thư mục bài viết: chép chính tệp vào thư mục bài`),
      );
      continue;
    }
    const extension = extensionOf(name);
    if (!startsAsItsType(resolved, extension)) {
      problems.push(
        problem(
          `tệp "${name}" không phải tệp ${SIGNATURES[extension]?.name ?? extension} thật (đổi đuôi nhầm, hoặc tệp hỏng): lưu lại đúng định dạng`,
        ),
      );
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    const limit = target.kind === 'video' ? OVERSIZED_VIDEO_BYTES : OVERSIZED_ATTACHMENT_BYTES;
    if (size > limit) {
      warnings.push(
        problem(
          target.kind === 'video'
            ? `video "${name}" nặng ${formatFileSize(size)} (trên ${formatFileSize(limit)}): nên đăng lên YouTube và dán địa chỉ vào bài`
            : `tệp "${name}" nặng ${formatFileSize(size)} (trên ${formatFileSize(limit)}): bạn đọc dùng điện thoại tải lâu; nên nén hoặc tách tệp`,
        ),
      );
    }
  }
  return { problems, warnings };
}
