/**
 * The files each article publishes beside itself, as view models: its attached documents for the
 * "Văn bản đính kèm" block and the feeds (title, type, size "1,2 MB", PDF page count, URL), and
 * every file the /tin-tuc/<slug>/<name>.<ext> routes write (src/pages/tin-tuc/[slug]/) (documents, local videos with their
 * captions and poster). The files were checked by the one validation (attachment-checks.ts);
 * here they are only measured. The body's file links come from the loader (`linkedFiles`, found
 * by the one validation): no body is parsed again, and an article without files costs nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { siteUrl } from '../site.config.ts';
import { attachmentType, localFileName, publishedFileType } from '../lib/attachments.ts';
import { formatFileSize } from '../lib/format.ts';
import { videoCompanions } from '../lib/markdown/remark-video.ts';
import { pdfPageCount } from '../lib/pdf.ts';
import { absoluteUrl, articleFilePath } from '../lib/urls.ts';
import { ui } from '../i18n/vi.ts';
import type { Article } from './articles.ts';

export interface AttachmentView {
  /** As staff wrote it (front matter title, or the body link's text). */
  title: string;
  fileName: string;
  /** Site-relative URL of the file. */
  url: string;
  absoluteUrl: string;
  /** "PDF", "Word", "Excel"… */
  typeLabel: string;
  mime: string;
  /** Exact size in bytes (the feed's enclosure length). */
  bytes: number;
  /** "1,2 MB" */
  size: string;
  /** PDF only, when it can be read. */
  pages?: number;
}

export interface PublishedFile {
  slug: string;
  fileName: string;
  /** Where the file is on disk. */
  source: string;
  mime: string;
}

interface ArticleFiles {
  dir: string;
  /** Documents in listing order: front matter first, then body links not listed there. */
  documents: { title: string; fileName: string }[];
  /** Every file to publish (documents, videos, captions, posters), each once. */
  files: string[];
}

function articleDir(article: Article): string {
  return path.dirname(path.resolve(process.cwd(), article.entry.filePath ?? article.id));
}

function filesOf(article: Article): ArticleFiles {
  const { entry } = article;
  const dir = articleDir(article);
  const listed = entry.data.attachments ?? [];
  const documents = listed.map((a) => ({ title: a.title, fileName: localFileName(a.file) }));
  const files = new Set(documents.map((d) => d.fileName));
  // What the body links to, found by the one validation when the loader read the file.
  for (const target of entry.data.linkedFiles) {
    const name = localFileName(target.url);
    if (target.kind === 'video') {
      files.add(name);
      const { poster, captions } = videoCompanions(dir, name);
      if (poster) files.add(poster);
      if (captions) files.add(captions);
    } else if (!files.has(name)) {
      files.add(name);
      documents.push({ title: target.text || name, fileName: name });
    }
  }
  return { dir, documents, files: [...files] };
}

const filesMemo = new Map<string, ArticleFiles>();
function articleFiles(article: Article): ArticleFiles {
  let files = filesMemo.get(article.id);
  if (!files) {
    files = filesOf(article);
    filesMemo.set(article.id, files);
  }
  return files;
}

/** Every file the articles publish beside themselves, for the endpoint's static paths. */
export function publishedFiles(articles: readonly Article[]): PublishedFile[] {
  return articles.flatMap((article) => {
    const { dir, files } = articleFiles(article);
    return files.map((fileName) => ({
      slug: article.id,
      fileName,
      source: path.join(dir, fileName),
      mime: publishedFileType(fileName)?.mime ?? 'application/octet-stream',
    }));
  });
}

async function attachmentView(
  article: Article,
  dir: string,
  title: string,
  fileName: string,
): Promise<AttachmentView> {
  const type = attachmentType(fileName);
  const file = path.join(dir, fileName);
  const { size: bytes } = await stat(file);
  const url = articleFilePath(article.id, fileName);
  return {
    title,
    fileName,
    url,
    absoluteUrl: absoluteUrl(url, siteUrl),
    typeLabel: type?.label ?? fileName,
    mime: type?.mime ?? 'application/octet-stream',
    bytes,
    size: formatFileSize(bytes),
    pages: type?.mime === 'application/pdf' ? await pdfPageCount(await readFile(file)) : undefined,
  };
}

const viewsMemo = new Map<string, Promise<AttachmentView[]>>();

/** The article's attached documents, in listing order (the page's block, the feeds). */
export function getAttachments(article: Article): Promise<AttachmentView[]> {
  let views = viewsMemo.get(article.id);
  if (!views) {
    const { dir, documents } = articleFiles(article);
    views = Promise.all(documents.map((d) => attachmentView(article, dir, d.title, d.fileName)));
    viewsMemo.set(article.id, views);
  }
  return views;
}

/** "PDF · 12 trang · 1,2 MB": what the page and the feeds show beside each document's link. */
export function attachmentDetails(attachment: AttachmentView): string {
  return [attachment.typeLabel, attachment.pages && ui.attachments.pages(attachment.pages), attachment.size]
    .filter(Boolean)
    .join(' · ');
}
