/**
 * The `views` collection: counted views since the migration, one entry per article slug
 * (`{ id: slug, data: { views } }`). The page shows legacy views (front matter) + these.
 *
 * - Reads the configured source (snapshot file, HTTP endpoint or Plausible; see src/lib/views/source.ts).
 * - When the counts have not changed (same digest as the last build) it touches nothing.
 * - When the source fails (timeout, refused, HTTP error, malformed body, bad rows) it keeps the
 *   last known counts — the store persists between builds in Astro's cache — and warns once; with
 *   no last known counts it falls back to the snapshot file in the repo. With `strict` (the
 *   production pipeline) it fails the build instead.
 * - Keys that reach no article are reported by name.
 * - The token is never logged: every message goes through `redact`.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { listArticleSlugs } from '../lib/views/known.ts';
import { describeError, MAX_LISTED_PROBLEMS, type CountRow } from '../lib/views/parse.ts';
import { resolveCounts, serializeSnapshot, type ResolvedCounts } from '../lib/views/resolve.ts';
import { describeSource, readCounts, redact, type ViewsSourceConfig } from '../lib/views/source.ts';

export interface ViewsLoaderOptions extends ViewsSourceConfig {
  /** Fail the build when the source fails, instead of falling back (production pipeline). */
  strict: boolean;
  /** `content/news`: article slugs are its folder names. */
  newsDir: string;
}

export const viewEntrySchema = z.object({ views: z.number().int().nonnegative() });

export class ViewsStrictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViewsStrictError';
  }
}

const META_DIGEST = 'counts-digest';
const META_INFO = 'last-success';

interface LastSuccess {
  source: string;
  at: string;
  articles: number;
}

function lastSuccess(context: Pick<LoaderContext, 'meta'>): LastSuccess | undefined {
  try {
    const raw = context.meta.get(META_INFO);
    return raw ? (JSON.parse(raw) as LastSuccess) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and resolves the counts; on failure (including data no count can be: a total beyond a
 * safe integer) returns the fallback (or undefined: keep the store) after one warning.
 */
async function readWithFallback(
  options: ViewsLoaderOptions,
  context: LoaderContext,
): Promise<(ResolvedCounts & { label: string }) | undefined> {
  const label = describeSource(options);
  const known = listArticleSlugs(options.newsDir);
  const resolved = (rows: CountRow[], from: string) => ({ ...resolveCounts(rows, known), label: from });
  try {
    return resolved(await readCounts(options), label);
  } catch (error) {
    const reason = redact(describeError(error), options.token);
    if (options.strict) {
      throw new ViewsStrictError(
        `Lượt xem: không lấy được số liệu từ ${label}: ${reason}\n` +
          `  Build dừng vì CEMA_VIEWS_STRICT=true (strict mode: the build fails instead of using old counts).`,
      );
    }
    const last = lastSuccess(context);
    if (last && context.store.keys().length > 0) {
      context.logger.warn(
        `Lượt xem: không lấy được số liệu từ ${label}: ${reason}\n` +
          `  → Dùng số đã biết từ lần build trước (${last.at}, ${last.source}, ${last.articles} bài). ` +
          `(Using the last known counts.)`,
      );
      return undefined;
    }
    if (options.kind !== 'file') {
      try {
        const fromFile = resolved(
          await readCounts({ ...options, kind: 'file' }),
          describeSource({ ...options, kind: 'file' }),
        );
        context.logger.warn(
          `Lượt xem: không lấy được số liệu từ ${label}: ${reason}\n` +
            `  → Chưa có số của lần build trước; dùng tệp ${path.basename(options.file)} trong kho. ` +
            `(No last known counts; using the snapshot file.)`,
        );
        return fromFile;
      } catch (snapshotError) {
        context.logger.warn(
          `Lượt xem: không lấy được số liệu từ ${label}: ${reason}\n` +
            `  → Tệp ${path.basename(options.file)} cũng không dùng được (${redact(describeError(snapshotError), options.token)}); ` +
            `chỉ hiện lượt xem cũ. (Showing legacy counts only.)`,
        );
        return resolved([], label);
      }
    }
    context.logger.warn(
      `Lượt xem: ${reason}\n  → Chỉ hiện lượt xem cũ từ cổng thông tin cũ. (Showing legacy counts only.)`,
    );
    return resolved([], label);
  }
}

export function viewsLoader(options: ViewsLoaderOptions): Loader {
  return {
    name: 'cema-views-loader',
    schema: viewEntrySchema,
    load: async (context) => {
      const started = performance.now();
      const ms = () => `${Math.round(performance.now() - started)} ms`;
      const read = await readWithFallback(options, context);
      if (!read) return;

      const { counts, unmatched } = read;
      if (unmatched.length > 0) {
        const listed = unmatched.slice(0, MAX_LISTED_PROBLEMS).map((key) => `\n  • ${JSON.stringify(key)}`);
        const more =
          unmatched.length > MAX_LISTED_PROBLEMS
            ? `\n  • … (+${unmatched.length - MAX_LISTED_PROBLEMS})`
            : '';
        context.logger.warn(
          redact(
            `Lượt xem: ${unmatched.length} địa chỉ trong ${read.label} không khớp bài viết nào ` +
              `(keys matching no article; not counted):${listed.join('')}${more}`,
            options.token,
          ),
        );
      }

      const digest = context.generateDigest(serializeSnapshot(counts));
      if (context.meta.get(META_DIGEST) === digest && context.store.keys().length === counts.size) {
        context.logger.info(
          `Lượt xem không đổi (${counts.size} bài, ${read.label}) — counts unchanged, ${ms()}`,
        );
        return;
      }

      for (const id of context.store.keys()) if (!counts.has(id)) context.store.delete(id);
      let changed = 0;
      for (const [id, views] of counts) {
        const entryDigest = String(views);
        if (context.store.get(id)?.digest === entryDigest) continue;
        const data = await context.parseData({ id, data: { views } });
        context.store.set({ id, data, digest: entryDigest });
        changed++;
      }
      context.meta.set(META_DIGEST, digest);
      const info: LastSuccess = { source: read.label, at: new Date().toISOString(), articles: counts.size };
      context.meta.set(META_INFO, JSON.stringify(info));
      context.logger.info(
        `Lượt xem: ${counts.size} bài từ ${read.label}, ${changed} thay đổi (changed), ${ms()}`,
      );
    },
  };
}
