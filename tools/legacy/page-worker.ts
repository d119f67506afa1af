/**
 * Worker thread of the import's pool (page-queue.ts): prepares pages with the run's settings.
 * A page that cannot be read is answered with `undefined`: the run reads it again in its own
 * thread, where the error is raised (with its class) as without workers.
 */
import Tinypool from 'tinypool';
import { preparePage, type PageSettings, type PreparedPage } from './prepare.ts';

export interface PageTask {
  name: string;
  bytes: Uint8Array;
}

const settings = Tinypool.workerData as PageSettings;

function prepare({ name, bytes }: PageTask): PreparedPage | undefined {
  try {
    return preparePage(name, bytes, settings);
  } catch {
    return undefined;
  }
}

/** A batch of pages per task: one message each way for many pages. */
export default function prepareBatch(pages: PageTask[]): (PreparedPage | undefined)[] {
  return pages.map(prepare);
}
