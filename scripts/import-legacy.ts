/**
 * Staff command: import scraped old-portal pages (*.txt) into content/ (see tools/legacy/import.ts).
 *
 *   npm run import:legacy -- <file-or-folder>... [--out content] [--report path]
 *                            [--category id] [--sources path] [--jobs n] [--dry-run]
 *
 * Exit code 0 when every file was imported, 1 when some were rejected (the others are imported),
 * 2 when the command could not run (bad arguments, missing input).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CATEGORY } from '../tools/legacy/categories.ts';
import { importLegacy, ImportSetupError } from '../tools/legacy/import.ts';

const USAGE = `Cách dùng / usage:
  npm run import:legacy -- <tệp-hoặc-thư-mục / file-or-folder>... [--out content] [--report <path>]
                           [--category <id>] [--sources <sources.yaml>] [--jobs <n>] [--dry-run]
  --jobs: số luồng xử lý trang song song (0: không dùng; mặc định: số lõi CPU trừ 2, chỉ khi nhiều trang)
          worker threads that prepare pages (0: none; default: cores minus 2, only for many pages)`;

const toPosix = (p: string) => p.split(path.sep).join('/');

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      report: { type: 'string' },
      category: { type: 'string', default: DEFAULT_CATEGORY },
      sources: { type: 'string' },
      jobs: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0)
    throw new ImportSetupError('thiếu tệp hoặc thư mục đầu vào / missing input file or folder');
  const dryRun = values['dry-run'];
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0))
    throw new ImportSetupError(`--jobs "${values.jobs}": cần một số nguyên ≥ 0 / must be a whole number ≥ 0`);
  const summary = await importLegacy({
    inputs: positionals,
    outDir: values.out,
    reportPath: values.report,
    category: values.category,
    sourcesFile: values.sources,
    dryRun,
    jobs,
  });
  for (const warning of summary.warnings) console.warn(warning);
  if (dryRun) console.log(summary.report);

  const { imported, files, created, changed, unchanged, failures, decisions } = summary;
  const where = dryRun
    ? 'chạy thử, không ghi tệp / dry run, nothing written'
    : `báo cáo / report: ${toPosix(path.relative(process.cwd(), summary.reportPath))}`;
  console.log(
    `Nhập ${imported}/${files} bài (${created} mới, ${changed} thay đổi, ${unchanged} trang không đổi từ lần trước nên bỏ qua), ${failures.length} lỗi, ${decisions} điểm cần kiểm tra — ` +
      `imported ${imported}/${files} (${created} new, ${changed} changed, ${unchanged} unchanged since the last run, skipped), ${failures.length} failed, ${decisions} to review; ${where}`,
  );
  if (failures.length) {
    console.error(`\nCác tệp không nhập được / files not imported (${failures.length}):`);
    for (const failure of failures) console.error(`  - ${failure.message}`);
    return 1;
  }
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof ImportSetupError) console.error(USAGE);
    process.exitCode = 2;
  }
}
