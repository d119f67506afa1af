/**
 * Files published beside an article: attached documents ("Văn bản đính kèm": decisions, plans,
 * spreadsheets) and a local video's files. Which types are published, their MIME types and the
 * label readers see, and which links in a body point to such a file. Pure: the file checks are
 * in src/lib/content/attachment-checks.ts, the view model in src/data/attachments.ts.
 */

export interface FileType {
  /** What readers see beside the link ("PDF", "Word"). */
  label: string;
  mime: string;
}

/** Documents staff may attach (docs/HUONG-DAN.md §2b). Never HTML, SVG or programs: they can run. */
export const ATTACHMENT_TYPES: Readonly<Record<string, FileType>> = {
  '.pdf': { label: 'PDF', mime: 'application/pdf' },
  '.doc': { label: 'Word', mime: 'application/msword' },
  '.docx': {
    label: 'Word',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  '.xls': { label: 'Excel', mime: 'application/vnd.ms-excel' },
  '.xlsx': { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  '.odt': { label: 'ODT', mime: 'application/vnd.oasis.opendocument.text' },
  '.zip': { label: 'ZIP', mime: 'application/zip' },
};

/** A local video and what may sit beside it under the same name (captions, poster). */
export const VIDEO_TYPES: Readonly<Record<string, FileType>> = {
  '.mp4': { label: 'MP4', mime: 'video/mp4' },
};
export const CAPTIONS_TYPE: FileType = { label: 'WebVTT', mime: 'text/vtt' };
export const POSTER_TYPES: Readonly<Record<string, FileType>> = {
  '.jpg': { label: 'JPEG', mime: 'image/jpeg' },
  '.jpeg': { label: 'JPEG', mime: 'image/jpeg' },
  '.png': { label: 'PNG', mime: 'image/png' },
  '.webp': { label: 'WebP', mime: 'image/webp' },
};

/** Attachments heavier than this are published with a warning (readers on mobile data). */
export const OVERSIZED_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Local videos heavier than this: a warning suggesting YouTube instead. */
export const OVERSIZED_VIDEO_BYTES = 100 * 1024 * 1024;

/** A published file's name is part of its URL: lowercase ASCII, digits, "-", "_" and one extension. */
export const FILE_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.[a-z0-9]+$/;

export function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

/** "./qd-98.pdf" → "qd-98.pdf"; "qd-98.pdf?x#y" → "qd-98.pdf" (links may carry a fragment). */
export function localFileName(url: string): string {
  let value = url.split(/[?#]/)[0]!;
  try {
    value = decodeURI(value);
  } catch {
    // keep as written; the name check reports it
  }
  return value.replace(/^\.\//, '');
}

/**
 * Whether a body link points to a file beside the article ("./qd-98.pdf", "qd-98.pdf"): relative,
 * no scheme, not a site path or fragment, and ending in a file extension. Links to pages
 * ("../bai-khac/", "/tin-tuc/x/") are not files.
 */
export function isLocalFileLink(url: string): boolean {
  if (URL.canParse(url) || url.startsWith('/') || url.startsWith('#') || url.trim() === '') return false;
  const name = url.split(/[?#]/)[0]!;
  return !name.endsWith('/') && extensionOf(name) !== '';
}

export function attachmentType(name: string): FileType | undefined {
  return ATTACHMENT_TYPES[extensionOf(name)];
}

export function isVideoFile(url: string): boolean {
  return !URL.canParse(url) && extensionOf(url.split(/[?#]/)[0]!) in VIDEO_TYPES;
}

/** The type of any file this site publishes beside an article (attachment, video, captions, poster). */
export function publishedFileType(name: string): FileType | undefined {
  const extension = extensionOf(name);
  if (extension === '.vtt') return CAPTIONS_TYPE;
  return ATTACHMENT_TYPES[extension] ?? VIDEO_TYPES[extension] ?? POSTER_TYPES[extension];
}

/** Every extension published beside an article: each has its route file, src/pages/tin-tuc/[slug]/[name].<ext>.ts. */
export const PUBLISHED_EXTENSIONS: readonly string[] = [
  ...Object.keys(ATTACHMENT_TYPES),
  ...Object.keys(VIDEO_TYPES),
  '.vtt',
  ...Object.keys(POSTER_TYPES),
];

/** "hop-bao.mp4" → "hop-bao" (captions and poster share the video's name). */
export function baseName(name: string): string {
  return name.slice(0, name.length - extensionOf(name).length);
}
