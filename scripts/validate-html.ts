// Validate every HTML page of a built site with the Nu Html Checker (vnu.jar, the W3C validator).
// Usage: node scripts/validate-html.ts [dist]   — exits 1 on any error; warnings are listed only.
import { execFile, spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// vnu-jar exports the jar path as a String object; its own Java downloader is disabled on purpose.
const VNU_JAR = String(require('vnu-jar'));

export interface VnuMessage {
  /** Path relative to the checked directory, e.g. `tin-tuc/abc/index.html`. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

export interface ValidateResult {
  files: number;
  errors: VnuMessage[];
  warnings: VnuMessage[];
}

export interface ValidateOptions {
  /** Messages matching any of these are dropped (document every exception where it is used). */
  ignore?: RegExp[];
  /** Files per JVM run (default: one run over the whole directory). */
  batchSize?: number;
  /** JVMs run at once when batching (default 1). */
  concurrency?: number;
}

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Throw a clear error when no Java runtime is on PATH. */
export function assertJava(): void {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      'The Nu Html Checker needs Java, but `java -version` failed' +
        (r.error ? ` (${r.error.message})` : '') +
        '. Run `bash scripts/ensure-chromium.sh` (installs default-jre-headless) or install a JRE 11+.',
    );
  }
}

/** All .html files under dir (sorted, absolute). */
export async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function runVnu(files: string[]): Promise<RawMessage[]> {
  return new Promise((ok, fail) => {
    execFile(
      'java',
      ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', ...files],
      { maxBuffer: 512 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        // vnu exits 1 when it finds errors; the JSON report is on stderr either way.
        try {
          ok((JSON.parse(stderr) as { messages: RawMessage[] }).messages);
        } catch {
          fail(
            new Error(
              `vnu.jar did not produce a JSON report${err ? ` (${err.message})` : ''}:\n${stderr.slice(0, 2000)}`,
            ),
          );
        }
      },
    );
  });
}

/** Validate all HTML under dir. Errors include vnu's "non-document-error" (e.g. unreadable file). */
export async function validateHtml(dir: string, opts: ValidateOptions = {}): Promise<ValidateResult> {
  assertJava();
  const root = resolve(dir);
  const files = await listHtml(root);
  const result: ValidateResult = { files: files.length, errors: [], warnings: [] };
  if (files.length === 0) throw new Error(`No .html files under ${root}: build the site first.`);

  // Default: one JVM given the directory (vnu recurses; no argument-list limit). Measured on
  // 1,000 pages / 2 cores: one warm JVM 6 s, two JVMs on batches 20 s (JIT warm-up twice).
  // Batches only pay off with many cores; then pass batchSize and concurrency.
  const batches: string[][] = [];
  if (opts.batchSize)
    for (let i = 0; i < files.length; i += opts.batchSize) batches.push(files.slice(i, i + opts.batchSize));
  else batches.push([root]);
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? 1, batches.length));
  const all: RawMessage[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < batches.length) all.push(...(await runVnu(batches[next++]!)));
    }),
  );

  for (const m of all) {
    if (opts.ignore?.some((re) => re.test(m.message))) continue;
    const msg: VnuMessage = {
      file: m.url ? relative(root, fileURLToPath(m.url)) : '(unknown)',
      line: m.lastLine,
      column: m.firstColumn ?? m.lastColumn,
      message: m.message,
      extract: m.extract,
    };
    if (m.type === 'error' || m.type === 'non-document-error') result.errors.push(msg);
    else if (m.type === 'info' && m.subType === 'warning') result.warnings.push(msg);
  }
  const order = (a: VnuMessage, b: VnuMessage) =>
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  result.errors.sort(order);
  result.warnings.sort(order);
  return result;
}

/** Messages grouped by file, one line each: `  12:5  message`. */
export function formatMessages(messages: VnuMessage[]): string {
  const out: string[] = [];
  let current = '';
  for (const m of messages) {
    if (m.file !== current) out.push(`\n${(current = m.file)}`);
    out.push(`  ${m.line ?? '?'}:${m.column ?? '?'}  ${m.message}`);
    if (m.extract) out.push(`        ${m.extract.replace(/\s+/g, ' ').trim()}`);
  }
  return out.join('\n');
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const started = performance.now();
  try {
    const r = await validateHtml(dir);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    if (r.warnings.length)
      console.log(`Warnings (${r.warnings.length}, not failing):${formatMessages(r.warnings)}\n`);
    if (r.errors.length) {
      console.error(`Errors (${r.errors.length}):${formatMessages(r.errors)}\n`);
      console.error(
        `validate-html: ${r.errors.length} error(s) in ${new Set(r.errors.map((e) => e.file)).size} of ${r.files} page(s) (${secs}s)`,
      );
      process.exitCode = 1;
    } else {
      console.log(`validate-html: ${r.files} page(s) valid, ${r.warnings.length} warning(s) (${secs}s)`);
    }
  } catch (err) {
    console.error(`validate-html: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
