/**
 * The news collection: one folder per article (`news/<year>/<slug>/index.md(x)`), read once,
 * front matter parsed once by our YAML reader (times without offset are Vietnam time), and every
 * file checked by the one article validation (src/lib/content/check-article.ts) before Astro
 * sees it — so YAML mistakes, bad fields, unsafe links and broken images are reported in
 * Vietnamese with file, line and field, never as an English error from deeper down.
 *
 * - `astro build`: every broken article is reported at once and the build FAILS.
 * - `astro dev`: a broken article is left out and recorded (its URL and the home page show the
 *   errors); every other page keeps working, and fixing the file brings it back, live.
 * Unchanged files (same digest) are not parsed again; their image files are still checked.
 *
 * Entries carry the rendered HTML but not the Markdown body: Astro inlines the whole store into
 * one module the build compiles, and the body doubled it (4.1 of 9.4 MB at 1,000 articles).
 * What pages need from the body is computed here (`ledeInBody`, `bodyImages`); the missing-photo
 * count is kept in the loader's meta like the image targets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkArticle } from '../lib/content/check-article.ts';
import { ARTICLE_FILE, articleFilesIn, listArticleFiles, slugOfArticleFile } from '../lib/content/files.ts';
import { checkImageFiles, type Target } from '../lib/content/image-checks.ts';
import { checkArticleFiles, type FileTarget } from '../lib/content/attachment-checks.ts';
import { readRegistries, type Registries } from '../lib/content/registries.ts';
import { formatProblem, problemFile, type ContentProblem } from '../lib/content/validate.ts';
import { isBrokenArticle, type BrokenArticleData } from '../lib/content/broken-article.ts';
import { formatBytes, OVERSIZED_BYTES } from '../lib/images.ts';
import { findMissingImageLines } from '../lib/markdown/remark-figures.ts';
import { bodyOpensWithLede } from '../lib/lede.ts';

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
type RenderFunction = (entry: {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}) => Promise<{ html: string; metadata?: { imagePaths?: string[] } }>;

/** What Astro's own glob loader uses beyond the documented context (astro/dist/content/loaders/glob.js). */
interface ContentLayerInternals {
  entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }>;
  store: { addAssetImports(assets: string[], filePath: string): void };
}

function listWarnings(context: LoaderContext, heading: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  const shown = lines.slice(0, MAX_LISTED_WARNINGS).map((line) => `  • ${line}`);
  if (lines.length > MAX_LISTED_WARNINGS) shown.push(`  • … (${lines.length - MAX_LISTED_WARNINGS} nữa)`);
  context.logger.warn(`${heading}:\n${shown.join('\n')}`);
}

export function newsLoader(options: { contentDir: string }): Loader {
  const newsDir = path.resolve(options.contentDir, 'news');
  return {
    name: 'cema-news-loader',
    load: async (context) => {
      const { store, config, watcher } = context;
      const internals = context as unknown as ContentLayerInternals;
      const preview = watcher !== undefined;
      const root = fileURLToPath(config.root);
      let registries: Registries = readRegistries(options.contentDir);
      const renderers = new Map<string, Promise<RenderFunction | undefined>>();
      const renderer = (extension: string) => {
        let render = renderers.get(extension);
        if (!render) {
          render = Promise.resolve(internals.entryTypes.get(extension)?.getRenderFunction?.(config));
          renderers.set(extension, render);
        }
        return render;
      };

      /** Loads one article file; returns its problems (none: stored and published). */
      async function syncFile(
        file: string,
      ): Promise<{ problems: ContentProblem[]; warnings: string[]; oversized: string[] }> {
        const slug = slugOfArticleFile(file);
        const relative = path.relative(root, file).split(path.sep).join('/');
        const contents = await readFile(file, 'utf8');
        const digest = context.generateDigest(contents);
        const existing = store.get(slug);
        if (
          existing &&
          existing.digest === digest &&
          existing.filePath === relative &&
          !isBrokenArticle(existing.data) &&
          // Stored by this version of the loader (older caches lack it, and the body's facts).
          context.meta.get(`missing:${slug}`) !== undefined
        ) {
          // Unchanged: keep the stored entry (Astro re-links its modules and images), re-check files.
          if (existing.deferredRender) store.addModuleImport(existing.filePath);
          if (existing.assetImports?.length) {
            (store as unknown as ContentLayerInternals['store']).addAssetImports(
              existing.assetImports,
              existing.filePath,
            );
          }
          const targets = JSON.parse(context.meta.get(`images:${slug}`) ?? '[]') as Target[];
          const files = checkImageFiles(file, targets);
          const attached = checkArticleFiles(
            file,
            JSON.parse(context.meta.get(`files:${slug}`) ?? '[]') as FileTarget[],
          );
          return {
            problems: [...files.problems, ...attached.problems],
            warnings: attached.warnings.map((w) => formatProblem(w)),
            oversized: files.warnings,
          };
        }
        const checked = await checkArticle(contents, file, registries);
        const warnings = checked.warnings.map((w) => formatProblem(w));
        if (checked.problems.length > 0) return { problems: checked.problems, warnings, oversized: [] };
        context.meta.set(`images:${slug}`, JSON.stringify(checked.imageTargets));
        context.meta.set(`files:${slug}`, JSON.stringify(checked.fileTargets));
        context.meta.set(`missing:${slug}`, String(findMissingImageLines(checked.body).length));
        // Body photos go through the collection schema's image() so pages get their metadata.
        const bodyImages = checked.localImages.map((src) => ({ src, image: src }));
        const data = await context.parseData({
          id: slug,
          data: {
            ...checked.data,
            bodyImages,
            ledeInBody: bodyOpensWithLede(checked.body, String(checked.data.lede ?? '')),
            linkedFiles: checked.fileTargets.map(({ url, kind, text }) => ({ url, kind, text })),
          },
          filePath: file,
        });
        const extension = path.extname(file);
        const render = extension === '.md' ? await renderer(extension) : undefined;
        if (render) {
          const rendered = await render({ id: slug, data, body: checked.body, filePath: file, digest });
          store.set({
            id: slug,
            data,
            filePath: relative,
            digest,
            rendered,
            assetImports: rendered.metadata?.imagePaths,
          });
        } else {
          store.set({ id: slug, data, filePath: relative, digest, deferredRender: true });
        }
        return { problems: [], warnings, oversized: checked.oversized };
      }

      /** Records a broken article: the dev preview shows its errors at its URL. */
      function storeBroken(file: string, problems: ContentProblem[]): void {
        const slug = slugOfArticleFile(file);
        // Files as staff see them in the build and the linter ("content/news/…"), for the page.
        const contentProblems = problems.map((problem) => ({ ...problem, file: problemFile(problem) }));
        const data: BrokenArticleData = { contentProblems };
        store.set({
          id: slug,
          data: data as unknown as Record<string, unknown>,
          filePath: path.relative(root, file),
        });
      }

      const problems: ContentProblem[] = [];
      const warnings: string[] = [];
      const oversized: string[] = [];
      const seen = new Set<string>();
      const claimed = new Map<string, string>();
      for (const { slug, file } of listArticleFiles(newsDir)) {
        const first = claimed.get(slug);
        if (first) {
          const duplicate: ContentProblem = {
            file,
            line: 1,
            field: '(thư mục)',
            message: `trùng địa chỉ bài viết "${slug}" với ${path.relative(process.cwd(), first)}; đổi tên một thư mục`,
          };
          problems.push(duplicate);
          continue;
        }
        claimed.set(slug, file);
        const result = await syncFile(file);
        warnings.push(...result.warnings);
        oversized.push(...result.oversized);
        if (result.problems.length === 0) {
          seen.add(slug);
          continue;
        }
        problems.push(...result.problems);
        if (preview) {
          storeBroken(file, result.problems);
          seen.add(slug);
        }
      }
      // Articles that are gone, or broken in a build, never stay in the cache.
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      if (problems.length > 0 && !preview) throw new ContentValidationError(problems);
      if (problems.length > 0) {
        context.logger.error(
          `${problems.length} lỗi: các bài này chưa hiện trong bản xem trước, sửa tệp là bài hiện lại:\n` +
            problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
        );
      }
      listWarnings(context, `${warnings.length} cảnh báo nội dung (content warnings)`, warnings);
      listWarnings(
        context,
        `${oversized.length} ảnh gốc quá nặng (oversized originals, > ${formatBytes(OVERSIZED_BYTES)}; nên thu nhỏ trước khi đăng)`,
        oversized,
      );
      const missing: string[] = [];
      let missingCount = 0;
      for (const entry of store.values()) {
        if (!entry.filePath || isBrokenArticle(entry.data)) continue;
        const count = Number(context.meta.get(`missing:${entry.id}`) ?? 0);
        if (count === 0) continue;
        missingCount += count;
        missing.push(`${entry.filePath} (${count} ảnh)`);
      }
      if (missingCount > 0) {
        listWarnings(
          context,
          `${missingCount} chú thích ảnh chưa có ảnh (captions still missing their photo, marked #anh-thieu)`,
          missing,
        );
      }

      if (!watcher) return;
      // Dev preview: an edit to an article, or to a photo beside it, reloads that article alone.
      watcher.add(newsDir);
      const articleFileOf = (changed: string): string | undefined => {
        const relative = path.relative(newsDir, changed);
        const parts = relative.split(path.sep);
        if (relative.startsWith('..') || parts.length < 3) return undefined;
        return articleFilesIn(path.join(newsDir, parts[0]!, parts[1]!))[0];
      };
      const reload = async (changed: string) => {
        const file = articleFileOf(changed);
        if (!file) return;
        try {
          registries = readRegistries(options.contentDir);
          const result = await syncFile(file);
          if (result.problems.length > 0) {
            storeBroken(file, result.problems);
            context.logger.error(result.problems.map((p) => `  • ${formatProblem(p)}`).join('\n'));
          } else context.logger.info(`Đã cập nhật ${path.relative(root, file)}`);
        } catch (error) {
          context.logger.error(`Không đọc được ${path.relative(root, file)}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (deleted) => {
        if (!ARTICLE_FILE.test(path.basename(deleted))) return void reload(deleted);
        const slug = slugOfArticleFile(deleted);
        if (store.get(slug)?.filePath === path.relative(root, deleted)) store.delete(slug);
      });
    },
  };
}
