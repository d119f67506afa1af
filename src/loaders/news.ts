/**
 * The news collection: Astro's glob loader (one folder per article) wrapped so that
 * - front matter is read as YAML 1.2 text (times without offset are Vietnam time),
 * - every broken article is reported at once, in Vietnamese, with file, line and field,
 *   and the build FAILS (Astro alone only logs unknown references),
 * - two folders with the same slug fail the build instead of one silently replacing the other,
 * - captions still waiting for their photo are listed as warnings.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { findMissingImageLines } from '../lib/markdown/remark-figures.ts';
import { listArticleFiles } from '../lib/content/files.ts';
import { readRegistries } from '../lib/content/registries.ts';
import {
  formatProblem,
  validateArticle,
  type ContentProblem,
  type ValidatedArticle,
} from '../lib/content/validate.ts';
import {
  checkArticleImages,
  checkImageFiles,
  type CheckInput,
  type Target,
} from '../lib/content/image-checks.ts';
import { formatBytes, OVERSIZED_BYTES } from '../lib/images.ts';

/** Slug → its article files; more than one means two folders (or files) claim the slug. */
function articleFilesBySlug(newsDir: string): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const { slug, file } of listArticleFiles(newsDir)) {
    const list = bySlug.get(slug) ?? [];
    list.push(file);
    bySlug.set(slug, list);
  }
  return bySlug;
}

export class ContentValidationError extends Error {
  // An explicit field, not a parameter property: Node's type stripping cannot run those.
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} lỗi trong nội dung bài viết — sửa rồi chạy lại (content errors):\n` +
        problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentValidationError';
  }
}

const MAX_LISTED_WARNINGS = 100;

/** Where the image checks look: the cover (with its front-matter line) and the body. */
function imageCheckInput(file: string, checked: ValidatedArticle): CheckInput {
  const cover = checked.parsed?.cover;
  return {
    file,
    body: checked.body,
    bodyStartLine: checked.bodyStartLine,
    cover: cover ? { path: cover, line: checked.lineOf?.(['cover']) ?? 1 } : undefined,
  };
}

export function newsLoader(options: { contentDir: string }): Loader {
  const newsDir = path.join(options.contentDir, 'news');
  const inner = glob({
    base: newsDir,
    pattern: '*/*/index.{md,mdx}',
    // The folder name is the slug: "2022/hoi-nghi-x/index.md" → "hoi-nghi-x".
    generateId: ({ entry }) => entry.split('/')[1] ?? entry,
  });

  return {
    name: 'cema-news-loader',
    load: async (context) => {
      const registries = readRegistries(options.contentDir);
      const problems: ContentProblem[] = [];
      const invalid = new Set<string>();

      for (const [slug, files] of articleFilesBySlug(newsDir)) {
        if (files.length > 1) {
          problems.push({
            file: files[1]!,
            line: 1,
            field: '(thư mục)',
            message: `trùng địa chỉ bài viết "${slug}" với ${path.relative(process.cwd(), files[0]!)}; đổi tên một thư mục`,
          });
        }
      }

      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ?? '';
          const checked = validateArticle(await readFile(file, 'utf8'), file, registries);
          const images =
            checked.problems.length > 0
              ? undefined
              : await checkArticleImages(imageCheckInput(file, checked));
          if (images) context.meta.set(`images:${props.id}`, JSON.stringify(images.targets));
          if (checked.problems.length > 0 || images!.problems.length > 0) {
            problems.push(...checked.problems, ...(images?.problems ?? []));
            invalid.add(props.id);
            return props.data;
          }
          // Body photos go through the collection schema's image() so pages get their metadata.
          const bodyImages = images!.localImages.map((src) => ({ src, image: src }));
          return context.parseData({
            ...props,
            data: { ...checked.data, bodyImages } as unknown as typeof props.data,
          });
        },
      });

      // Unchanged (cached) articles are not parsed again: their image files are still checked.
      const oversized: string[] = [];
      if (problems.length === 0) {
        for (const entry of context.store.values()) {
          const targets = context.meta.get(`images:${entry.id}`);
          if (!entry.filePath || !targets) continue;
          const files = checkImageFiles(path.resolve(entry.filePath), JSON.parse(targets) as Target[]);
          if (files.problems.length > 0) invalid.add(entry.id);
          problems.push(...files.problems);
          oversized.push(...files.warnings);
        }
      }

      // Never keep an invalid entry in the cache: the next build must validate it again.
      for (const id of invalid) context.store.delete(id);
      if (problems.length > 0) throw new ContentValidationError(problems);
      if (oversized.length > 0) {
        context.logger.warn(
          `${oversized.length} ảnh gốc quá nặng (oversized originals, > ${formatBytes(OVERSIZED_BYTES)}; nên thu nhỏ trước khi đăng):\n` +
            oversized
              .slice(0, MAX_LISTED_WARNINGS)
              .map((w) => `  • ${w}`)
              .join('\n'),
        );
      }

      const missing: string[] = [];
      let missingCount = 0;
      for (const entry of context.store.values()) {
        if (!entry.body || !entry.filePath) continue;
        const lines = findMissingImageLines(entry.body);
        if (lines.length === 0) continue;
        missingCount += lines.length;
        if (missing.length < MAX_LISTED_WARNINGS) missing.push(`  • ${entry.filePath} (${lines.length} ảnh)`);
      }
      if (missingCount > 0) {
        const more = missing.length < MAX_LISTED_WARNINGS ? '' : '\n  • …';
        context.logger.warn(
          `${missingCount} chú thích ảnh chưa có ảnh (captions still missing their photo, marked #anh-thieu):\n${missing.join('\n')}${more}`,
        );
      }
    },
  };
}
