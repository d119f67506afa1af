/**
 * The article front-matter contract (docs/content-format.md), with messages in Vietnamese for
 * the communications staff who write the articles. Shared by the content loader, the content
 * linter and the tests; Astro's collection schema extends it with the cover image.
 */
import { z } from 'astro/zod';
import { DateInputError, parseContentDate } from '../dates.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { SOURCE_KINDS } from '../source.ts';
import { isWebUrl } from '../urls.ts';

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined || issue.input === null
    ? `thiếu ${what} (bắt buộc)`
    : `${what} phải là văn bản, không phải ${typeof issue.input}`;

const text = (what: string, max: number) =>
  z
    .string({ error: required(what) })
    .trim()
    .min(1, { error: `${what} đang để trống` })
    .max(max, { error: `${what} dài quá ${max} ký tự` });

/** A link readers follow: http(s) only — never javascript:, data: or another scheme. */
const webUrl = (what: string) =>
  z
    .string({ error: `${what} phải là văn bản (URL)` })
    .trim()
    .refine(isWebUrl, { error: `${what} phải là URL đầy đủ bắt đầu bằng https:// hoặc http://` });

const contentDate = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
  try {
    return parseContentDate(value);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: error instanceof DateInputError ? error.message : String(error),
    });
    return z.NEVER;
  }
});

export const sourceSchema = z
  .object({
    id: z
      .string()
      .regex(SLUG_PATTERN, { error: 'mã nguồn chỉ gồm chữ thường không dấu, số và gạch nối' })
      .optional(),
    name: z.string().trim().min(1).max(200).optional(),
    url: webUrl('địa chỉ bài gốc').optional(),
    kind: z
      .enum(SOURCE_KINDS, { error: 'kiểu trích dẫn phải là "trich-nguon" hoặc "theo"' })
      .default('trich-nguon'),
  })
  .strict()
  .refine((source) => Boolean(source.id) !== Boolean(source.name), {
    error:
      'nguồn cần đúng một trong hai: "id" (nguồn đã đăng ký trong sources.yaml) hoặc "name" (tên nguồn khác)',
  });

export const legacySchema = z
  .object({
    views: z.number({ error: 'lượt xem cũ phải là số' }).int().nonnegative().optional(),
    /** The page's address on the old portal: a full http(s) URL or its path ("/Pages/tin.aspx?ItemID=12"). */
    url: z
      .string({ error: 'địa chỉ trang cũ phải là văn bản (URL)' })
      .trim()
      .refine((value) => isWebUrl(value) || /^\/(?!\/)/.test(value), {
        error: 'địa chỉ trang cũ phải là URL đầy đủ (https://…) hoặc đường dẫn bắt đầu bằng "/"',
      })
      .optional(),
    /** More old addresses of the same article ("/Pages/tin.aspx?ItemID=12"): each gets a permanent redirect. */
    paths: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\/(?!\/)/, {
            error: 'đường dẫn cũ phải bắt đầu bằng một dấu "/" (ví dụ /tin-cu.htm?id=12)',
          }),
      )
      .optional(),
    id: z.union([z.string(), z.number()]).transform(String).optional(),
  })
  .strict();

/**
 * A document published with the article ("Văn bản đính kèm"): a file in the article's folder and
 * the title readers see. The file is checked (type, place, existence) by attachment-checks.ts.
 */
export const attachmentSchema = z
  .object({
    /** What readers see, e.g. "Quyết định số 98/QĐ-UBDT ngày 09/02/2022". */
    title: text('tên văn bản (title)', 300),
    /** The file beside index.md, e.g. ./qd-98-ubdt.pdf (PDF, DOC, DOCX, XLS, XLSX, ODT, ZIP). */
    file: z
      .string({ error: 'tệp (file) phải là tên tệp, vd. ./qd-98.pdf' })
      .trim()
      .min(1, { error: 'tệp (file) đang để trống' }),
  })
  .strict();

/** Fields shared by the loader's own validation and Astro's collection schema. */
export const articleFields = {
  title: text('tiêu đề (title)', 300),
  lede: text('sapo (lede)', 1000),
  publishedAt: contentDate,
  updatedAt: contentDate.optional(),
  category: z.string({ error: required('chuyên mục (category)') }).regex(SLUG_PATTERN, {
    error: 'mã chuyên mục chỉ gồm chữ thường không dấu, số và gạch nối (vd. hoat-dong-ban)',
  }),
  tags: z.array(z.string().trim().min(1).max(80), { error: 'từ khóa (tags) phải là danh sách' }).default([]),
  /**
   * The author: the id of an entry of content/authors.yaml (exactly, e.g. `minh-thu`: the page then
   * links to /tac-gia/minh-thu/) or any other name as free text ("Nhóm phóng viên").
   */
  author: z.string().trim().min(1).max(120).optional(),
  coverAlt: z.string().trim().min(1).max(300).optional(),
  source: sourceSchema.optional(),
  draft: z.boolean({ error: 'draft phải là true hoặc false' }).default(false),
  featured: z.boolean({ error: 'featured phải là true hoặc false' }).default(false),
  legacy: legacySchema.optional(),
  /** Documents listed under "Văn bản đính kèm", in this order (links in the body are added after them). */
  attachments: z
    .array(attachmentSchema, { error: 'văn bản đính kèm (attachments) phải là danh sách' })
    .optional(),
};

/** Front matter as staff write it, with the cover as a path (the loader checks the file). */
export const articleFrontmatterSchema = z
  .object({ ...articleFields, cover: z.string().trim().min(1).optional() })
  .strict()
  .refine((data) => !data.cover || Boolean(data.coverAlt), {
    error: 'ảnh bìa (cover) cần mô tả ảnh (coverAlt) cho người khiếm thị',
    path: ['coverAlt'],
  });

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

export const FIELD_LABELS: Record<string, string> = {
  title: 'tiêu đề',
  lede: 'sapo',
  publishedAt: 'ngày đăng',
  updatedAt: 'ngày cập nhật',
  category: 'chuyên mục',
  tags: 'từ khóa',
  author: 'tác giả',
  cover: 'ảnh bìa',
  coverAlt: 'mô tả ảnh bìa',
  source: 'nguồn',
  draft: 'bản nháp',
  featured: 'tin nổi bật',
  legacy: 'dữ liệu cổng cũ',
  attachments: 'văn bản đính kèm',
};

export const categorySchema = z.object({
  name: text('tên chuyên mục', 120),
  description: z.string().trim().default(''),
  order: z.number().int().default(100),
});

export const sourceEntrySchema = z.object({
  name: text('tên nguồn', 200),
  shortName: z.string().trim().min(1).optional(),
  url: webUrl('trang chủ của nguồn').optional(),
});

/** An entry of content/authors.yaml: a staff writer with a page of their articles (/tac-gia/<id>/). */
export const authorEntrySchema = z.object({
  /** The name as shown under the title ("Minh Thu"). */
  name: text('tên tác giả', 120),
  /** Job title and unit ("Phóng viên, Phòng Thông tin"). */
  title: z.string().trim().min(1).max(200).optional(),
  /** A portrait, relative to content/ (e.g. "tac-gia/minh-thu.jpg"); JPEG, PNG, WebP, AVIF or GIF. */
  photo: z.string().trim().min(1).optional(),
  /** A short biography shown on the author's page. */
  bio: z.string().trim().min(1).max(1000).optional(),
});

/**
 * A day, as a page's front matter gives it. Markdown pages are read by Astro's YAML parser, which
 * turns `2026-12-01` into midnight UTC (and a time without zone into UTC): only the day is kept.
 */
const reviewDay = z.union([z.string(), z.date()]).transform((value, ctx) => {
  try {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim().slice(0, 10);
    return parseContentDate(text);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: error instanceof DateInputError ? error.message : String(error),
    });
    return z.NEVER;
  }
});

/** A fixed page of content/pages/ (accessibility statement, English section). */
export const pageSchema = z
  .object({
    /** The page's heading and title. */
    title: text('tiêu đề (title)', 200),
    /** One or two sentences for search engines and link previews. */
    description: text('mô tả (description)', 300),
    /**
     * The site-relative address of the same page in the other language ("/" for /en/): the two
     * pages then point to each other with hreflang alternates.
     */
    translation: z
      .string()
      .trim()
      .regex(/^\/(?!\/)/, { error: 'translation phải là đường dẫn trong trang, bắt đầu bằng "/" (vd. /en/)' })
      .optional(),
    /** Day of the last review of the text, shown under it ("Cập nhật lần cuối: Thứ Ba, 01/12/2026"). */
    updatedAt: reviewDay.optional(),
    /** Lists the titles of the newest articles under the text (the English home page). */
    latestNews: z.boolean({ error: 'latestNews phải là true hoặc false' }).default(false),
  })
  .strict();
