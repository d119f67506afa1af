/**
 * The entry point of a `node scripts/x.ts` command, shared so scripts stay importable by tests:
 * `main` only runs when the file is the one Node was started with.
 */
import path from 'node:path';

/** Whether the module at `moduleUrl` (its import.meta.url) is the script Node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  return (
    process.argv[1] !== undefined &&
    path.resolve(process.argv[1]) === path.resolve(new URL(moduleUrl).pathname)
  );
}

export interface MainFailure {
  /** Printed before a thrown error's message: "Lỗi: …". */
  label: string;
  exitCode: number;
  /** The usage text to print after the error, when that error calls for it. */
  usageFor?: (error: unknown) => string | undefined;
}

/**
 * When `moduleUrl` is the started script, runs `main` with the command-line arguments: its result
 * is the exit code; a thrown error is printed as "<label>: <message>" and exits with `exitCode`.
 */
export function runMain(
  moduleUrl: string,
  main: (args: string[]) => Promise<number>,
  failure: MainFailure,
): void {
  if (!isMainModule(moduleUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${failure.label}: ${message}`);
      const usage = failure.usageFor?.(error);
      if (usage !== undefined) console.error(usage);
      process.exitCode = failure.exitCode;
    },
  );
}
