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
 *   --source <kind>  overrides CEMA_VIEWS_SOURCE; `logs` reads the nginx access logs given after
 *                    the options (`npm run views:pull -- --source logs /var/log/nginx/cema-news.access.log*`)
 *                    and ADDS the views of requests not counted before to the snapshot: the time
 *                    counted up to is kept beside it (view-counts.logs.json), so logs can rotate.
 * Exit codes: 0 written or unchanged, 1 snapshot out of date (--check), 2 source failed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleSlugs } from '../src/lib/views/known.ts';
import { countLogFiles, type LogCount } from '../src/lib/views/logs.ts';
import { describeError, type CountRow } from '../src/lib/views/parse.ts';
import { resolveCounts, serializeSnapshot } from '../src/lib/views/resolve.ts';
import {
  describeSource,
  environmentWithDotEnv,
  readCounts,
  readSnapshotFile,
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
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, check: { type: 'boolean' }, source: { type: 'string' } },
  });
  const lines: string[] = [];
  const contentDir = path.resolve(root, env.CEMA_CONTENT_DIR || 'content');
  const source = values.source ?? env.CEMA_VIEWS_SOURCE;
  let config: ViewsSourceConfig;
  try {
    // `logs` is a pull-only source: the snapshot it updates is the build's file source.
    config = viewsConfigFromEnv(
      { ...env, CEMA_VIEWS_SOURCE: source === 'logs' ? 'file' : source },
      contentDir,
    );
  } catch (error) {
    return { code: 2, output: `${describeError(error)} (--source: cũng có thể là logs)` };
  }
  const snapshot = config.file;
  if (source === 'logs') {
    return pullFromLogs(
      positionals.map((file) => path.resolve(root, file)),
      snapshot,
      contentDir,
      root,
      values,
    );
  }
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

/** Where the logs source keeps the time it has counted up to: beside the snapshot. */
export function logsStateFile(snapshot: string): string {
  return snapshot.replace(/(\.json|\.csv)?$/, '.logs.json');
}

/** `--source logs`: the snapshot's counts plus the views in the logs since the last run. */
async function pullFromLogs(
  files: string[],
  snapshot: string,
  contentDir: string,
  root: string,
  values: { out?: string; check?: boolean },
): Promise<PullResult> {
  const stateFile = logsStateFile(snapshot);
  const state = existsSync(stateFile)
    ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { countedUntil?: string })
    : {};
  const since = state.countedUntil ? Date.parse(state.countedUntil) : undefined;
  let counted: LogCount;
  let previous: CountRow[];
  try {
    counted = await countLogFiles(files, { since });
    previous = existsSync(snapshot) ? await readSnapshotFile(snapshot) : [];
  } catch (error) {
    return {
      code: 2,
      output: `✗ Không đọc được nhật ký truy cập (could not read the logs):\n  ${describeError(error)}`,
    };
  }
  const { stats } = counted;
  const lines = [
    `Nhật ký truy cập: ${files.length} tệp, ${stats.lines} dòng; ${stats.views} lượt xem mới` +
      (since !== undefined ? ` từ ${new Date(since).toISOString()}` : '') +
      ` (new views). Không tính (not counted): bot ${stats.bot}, tải trước ${stats.prefetch}, ` +
      `xem lại trong 30 phút ${stats.repeats}, không phải GET ${stats.method}, không phải 200 ${stats.status}, ` +
      `đã đếm lần trước ${stats.before}, dòng lỗi ${stats.malformed}.`,
  ];
  const known = listArticleSlugs(path.join(contentDir, 'news'));
  const { counts, unmatched } = resolveCounts([...previous, ...counted.rows], known);
  if (unmatched.length > 0) {
    lines.push(`${unmatched.length} bài không còn trên trang (not written):`);
    for (const key of unmatched) lines.push(`  • ${JSON.stringify(key)}`);
  }
  const text = serializeSnapshot(counts);
  const out = values.out ? path.resolve(root, values.out) : snapshot;
  const rel = path.relative(root, out) || out;
  const before = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (values.check) {
    lines.push(before === text ? `${rel}: không đổi (unchanged).` : `${rel}: sẽ thay đổi (out of date).`);
    return { code: before === text ? 0 : 1, output: lines.join('\n') };
  }
  if (before !== text) writeFileSync(out, text);
  // Next run starts where this one stopped (the newest second is left for it: it may still grow).
  if (counted.until !== undefined && (since === undefined || counted.until > since)) {
    writeFileSync(
      values.out ? logsStateFile(out) : stateFile,
      `${JSON.stringify({ countedUntil: new Date(counted.until).toISOString() }, null, 2)}\n`,
    );
  }
  lines.push(before === text ? `${rel}: không đổi (unchanged).` : `✓ Đã ghi ${rel} (written).`);
  return { code: 0, output: lines.join('\n') };
}

if (import.meta.main) {
  const result = await pull(environmentWithDotEnv(), process.argv.slice(2));
  (result.code === 2 ? console.error : console.log)(result.output);
  process.exitCode = result.code;
}
