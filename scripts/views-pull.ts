/**
 * npm run views:pull — fetch view counts from the configured source and rewrite the snapshot
 * file (content/view-counts.json) deterministically: keys are article slugs, sorted, one per line,
 * so the change can be committed and reviewed. Keys matching no article are listed, not written.
 *
 * Configuration: the same environment as the build (CEMA_VIEWS_SOURCE, CEMA_VIEWS_URL,
 * CEMA_VIEWS_SITE_ID, CEMA_VIEWS_TOKEN, CEMA_VIEWS_TIMEOUT_MS, CEMA_VIEWS_FILE, CEMA_CONTENT_DIR),
 * read from the process environment and from `.env` when present.
 *   --out <file>   write somewhere else than the snapshot file
 *   --check        write nothing; exit 1 when the snapshot would change
 * Exit codes: 0 written or unchanged, 1 snapshot out of date (--check), 2 source failed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleSlugs } from '../src/lib/views/known.ts';
import { describeError } from '../src/lib/views/parse.ts';
import { resolveCounts, serializeSnapshot } from '../src/lib/views/resolve.ts';
import {
  describeSource,
  environmentWithDotEnv,
  readCounts,
  redact,
  viewsConfigFromEnv,
  type ViewsSourceConfig,
} from '../src/lib/views/source.ts';

export interface PullResult {
  code: number;
  output: string;
}

export async function pull(
  env: NodeJS.ProcessEnv,
  args: string[],
  root = process.cwd(),
): Promise<PullResult> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, check: { type: 'boolean' } } });
  const lines: string[] = [];
  const contentDir = path.resolve(root, env.CEMA_CONTENT_DIR || 'content');
  let config: ViewsSourceConfig;
  try {
    config = viewsConfigFromEnv(env, contentDir);
  } catch (error) {
    return { code: 2, output: describeError(error) };
  }
  const snapshot = config.file;
  const label = describeSource(config, root);
  let rows;
  try {
    rows = await readCounts(config);
  } catch (error) {
    return {
      code: 2,
      output: redact(
        `✗ Không lấy được lượt xem từ ${label} (could not fetch counts):\n  ${describeError(error)}`,
        config.token,
      ),
    };
  }
  const known = listArticleSlugs(path.join(contentDir, 'news'));
  const { counts, unmatched } = resolveCounts(rows, known);
  const text = serializeSnapshot(counts);
  const out = values.out ? path.resolve(root, values.out) : snapshot;
  const before = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  lines.push(`Lượt xem từ ${label}: ${counts.size} bài, tổng ${total} lượt.`);
  if (unmatched.length > 0) {
    lines.push(`${unmatched.length} địa chỉ không khớp bài viết nào (not written):`);
    for (const key of unmatched) lines.push(`  • ${JSON.stringify(key)}`);
  }
  const rel = path.relative(root, out) || out;
  if (before === text) {
    lines.push(`${rel}: không đổi (unchanged).`);
    return { code: 0, output: redact(lines.join('\n'), config.token) };
  }
  if (values.check) {
    lines.push(`${rel}: sẽ thay đổi — chạy npm run views:pull (out of date).`);
    return { code: 1, output: redact(lines.join('\n'), config.token) };
  }
  writeFileSync(out, text);
  lines.push(`✓ Đã ghi ${rel} (written).`);
  return { code: 0, output: redact(lines.join('\n'), config.token) };
}

if (import.meta.main) {
  const result = await pull(environmentWithDotEnv(), process.argv.slice(2));
  (result.code === 2 ? console.error : console.log)(result.output);
  process.exitCode = result.code;
}
