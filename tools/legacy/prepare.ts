/**
 * The per-page work of an import that depends on nothing but the page and the run's settings:
 * decode, convert, fit to the schema, and — for the page as a new article — render, validate
 * with the build's validator and hash for the manifest. No I/O (the validator's cover check
 * aside: the importer never writes a cover) and no run state, so it gives the same result in
 * the importer's thread or in a worker thread (page-worker.ts). The run (import.ts) decides,
 * in input order, what the page is; it uses a prepared text, problem list or record only where
 * its own inputs are exactly the ones prepared here.
 */
import path from 'node:path';
import type { Registries } from '../../src/lib/content/registries.ts';
import { validateArticle, type ContentProblem } from '../../src/lib/content/validate.ts';
import type { SourceEntry } from '../../src/lib/source.ts';
import { convertLegacyText, type Decision } from './convert.ts';
import { decodeLegacyBytes } from './encoding.ts';
import { identityKey } from './identity.ts';
import { hashBytes, recordOf, type ImportRecord } from './manifest.ts';
import { flattenForMerge } from './merge.ts';
import { articleText, renderDocument } from './render.ts';
import { fitToSchema } from './validity.ts';

/** What the outcome of a page depends on besides the page (structured-cloneable, for workers). */
export interface PageSettings {
  /** Category for pages without a (known) section line. */
  category: string;
  sources: SourceEntry[];
  registries: Registries;
  /** Import time in milliseconds (only its year is used, for undated pages). */
  now: number;
  /** <content>/news, absolute. */
  newsDir: string;
}

/** Decode and convert one page; the fresh article fitted to the schema. Throws LegacyFileError. */
export function readPage(name: string, bytes: Uint8Array, settings: PageSettings) {
  const decoded = decodeLegacyBytes(bytes, name);
  const result = convertLegacyText(decoded.text, {
    fileName: name,
    defaultCategory: settings.category,
    sources: settings.sources,
    now: new Date(settings.now),
  });
  const decisions: Decision[] = [...result.decisions];
  if (decoded.encoding !== 'utf-8') {
    const how =
      decoded.encoding === 'tcvn3'
        ? 'tệp mã TCVN3 (ABC)'
        : 'chữ TCVN3 bị đọc sai thành Latin-1 (mojibake) trong tệp UTF-8';
    const howEn = decoded.encoding === 'tcvn3' ? 'TCVN3 (ABC) file' : 'TCVN3 mojibake inside UTF-8';
    decisions.push({
      kind: 'encoding',
      order: 0,
      message: `Đã chuyển sang Unicode từ ${how} — đọc lại bài / converted to Unicode from ${howEn} — proofread the article.`,
    });
  }
  const fitted = fitToSchema(result.article);
  decisions.push(...fitted.decisions);
  const key = identityKey(fitted.article.legacy);
  if (key === undefined) {
    decisions.push({
      kind: 'identity',
      order: 0,
      message:
        'Trang không có địa chỉ cũ và tên tệp không có mã trang: không nhận ra được ở lần nhập sau (sẽ thành bài mới) — đặt tên tệp theo mã trang, hoặc thêm dòng “URL: …” / the page has no old URL and its file name no page id: a later run cannot recognise it.',
    });
  }
  return { name, result, fresh: articleText(fitted.article), comments: fitted.comments, key, decisions };
}

export type PageReading = ReturnType<typeof readPage>;

/** The page as a new article at its own slug: what the run writes for most pages of a first import. */
export interface PreparedPage {
  page: PageReading;
  /** The article file it would be, absolute. */
  target: string;
  text: string;
  /** validateArticle(text, target, registries).problems */
  problems: ContentProblem[];
  /** The manifest's hashes of the fresh article (its `file` is the run's to set). */
  record: Omit<ImportRecord, 'file'>;
  /** hashBytes(text) */
  written: string;
}

export function preparePage(name: string, bytes: Uint8Array, settings: PageSettings): PreparedPage {
  const page = readPage(name, bytes, settings);
  const target = path.join(settings.newsDir, page.result.year, page.result.slug, 'index.md');
  const text = renderDocument(page.fresh, page.comments);
  const { problems } = validateArticle(text, target, settings.registries);
  const { fields, body } = recordOf('', flattenForMerge(page.fresh.data), page.fresh.body);
  return { page, target, text, problems, record: { fields, body }, written: hashBytes(text) };
}
