/**
 * The import's input pages, in order, read ahead of the run: each page's bytes and hash, and —
 * when the run has a pool of worker threads — its prepared form (prepare.ts), computed in a
 * worker while the run's thread writes the pages before it. The run still takes the pages one
 * by one in name order, so what it writes and reports never depends on the workers' timing.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import Tinypool from 'tinypool';
import type { PageTask } from './page-worker.ts';
import type { PageSettings, PreparedPage } from './prepare.ts';

/** Pages read ahead of the one the run is at. */
const WINDOW = 1024;

/**
 * Pages per worker task: a task's messages and promise cost about a tenth of a page's work, so
 * pages travel in batches.
 */
const BATCH = 32;

/**
 * Without an explicit --jobs, workers start only once this many pages ahead need preparing: a
 * worker's start (loading the converter, YAML and the schema) costs about as much as this many
 * pages, so small imports and re-runs that skip almost every page stay in one thread.
 */
export const PAGES_TO_START_WORKERS = 512;

/**
 * Worker threads when not told: one per core beyond two (one for the run's own thread, which
 * reads, writes and decides, one for the rest of the machine). On two cores, none: measured
 * there, a worker added a third to the CPU time and gained no time (bench/import-legacy.ts).
 */
export const defaultJobs = (): number => Math.max(0, availableParallelism() - 2);

export interface QueuedPage {
  file: string;
  name: string;
  bytes?: Uint8Array;
  /** Why the page could not be read (raised where the run takes it). */
  readError?: unknown;
  /** The run's page hash (see import.ts). */
  hash?: string;
  /** From a worker; the run computes in its own thread what is missing. */
  prepared?: PreparedPage;
}

interface Entry extends QueuedPage {
  pending?: Promise<PreparedPage | undefined>;
}

export interface PageQueueOptions {
  /** Worker threads; 0 = none. */
  jobs: number;
  /** Whether `jobs` was given (then the workers start however few pages there are). */
  jobsGiven: boolean;
  settings: PageSettings;
  hashOf(name: string, bytes: Uint8Array): string;
  /** A page that the run may skip unchanged: not worth preparing. */
  mayBeSkipped(name: string, hash: string): boolean;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class PageQueue {
  private readonly ahead: Entry[] = [];
  /** Entries of `ahead` to prepare that no worker has yet, in order. */
  private waiting: Entry[] = [];
  private nextFile = 0;
  private pool?: Tinypool;
  /** Worker threads started (0 when none were needed) and pages they prepared. */
  readonly workers = { threads: 0, pages: 0 };
  /** The first error of a worker thread (its page was then prepared in the run's thread). */
  workerError?: unknown;

  private readonly files: readonly string[];
  private readonly options: PageQueueOptions;

  constructor(files: readonly string[], options: PageQueueOptions) {
    this.files = files;
    this.options = options;
  }

  /** The next page in input order, or undefined after the last. */
  async next(): Promise<QueuedPage | undefined> {
    this.fill();
    // The run needs this page now: send what waits, even less than a batch.
    if (this.pool && this.waiting[0] === this.ahead[0]) this.dispatch(this.waiting.length);
    const entry = this.ahead.shift();
    if (!entry) return undefined;
    if (this.waiting[0] === entry) this.waiting.shift();
    // A worker that failed (it should not) costs the page being prepared in the run's thread.
    const prepared = entry.pending
      ? await entry.pending.catch((error: unknown) => void (this.workerError ??= error))
      : undefined;
    if (prepared) this.workers.pages++;
    const { file, name, bytes, readError, hash } = entry;
    return { file, name, bytes, readError, hash, prepared };
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }

  private fill(): void {
    while (this.ahead.length < WINDOW && this.nextFile < this.files.length) {
      const file = this.files[this.nextFile++] as string;
      const name = path.basename(file);
      try {
        const bytes = new Uint8Array(readFileSync(file));
        const hash = this.options.hashOf(name, bytes);
        const entry: Entry = { file, name, bytes, hash };
        this.ahead.push(entry);
        if (!this.options.mayBeSkipped(name, hash)) this.waiting.push(entry);
      } catch (readError) {
        this.ahead.push({ file, name, readError });
      }
    }
    if (this.waiting.length === 0) return;
    if (!this.pool) {
      const { jobs, jobsGiven } = this.options;
      if (jobs === 0 || (!jobsGiven && this.waiting.length < PAGES_TO_START_WORKERS)) return;
      this.pool = new Tinypool({
        filename: new URL('./page-worker.ts', import.meta.url).href,
        minThreads: jobs,
        maxThreads: jobs,
        workerData: this.options.settings,
      });
      this.workers.threads = jobs;
    }
    this.dispatch(this.waiting.length - (this.waiting.length % BATCH));
  }

  /** Sends the first `count` waiting pages to the workers, in batches. */
  private dispatch(count: number): void {
    const pool = this.pool as Tinypool;
    for (const batch of chunks(this.waiting.splice(0, count), BATCH)) {
      const tasks: PageTask[] = batch.map((entry) => ({
        name: entry.name,
        bytes: entry.bytes as Uint8Array,
      }));
      const results = pool.run(tasks) as Promise<(PreparedPage | undefined)[]>;
      // Handled where the run takes the page (next); a page it never takes must not crash it.
      results.catch(() => {});
      batch.forEach((entry, i) => {
        entry.pending = results.then((prepared) => prepared[i]);
        entry.pending.catch(() => {});
      });
    }
  }
}
