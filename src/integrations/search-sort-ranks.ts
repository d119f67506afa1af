/**
 * Writes the search page's sort file (src/lib/search/sort-ranks.ts) into a Pagefind bundle just
 * written: Pagefind's result id is its page hash, known only from the bundle, so the file is made
 * from the bundle's fragments (one per page: url and metadata, gzip with Pagefind's signature).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { SORT_META } from '../lib/search/fields.ts';
import { encodeSortRanks, SORT_RANKS_FILE, type SortablePage } from '../lib/search/sort-ranks.ts';

const gunzipAsync = promisify(gunzip);
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: string;
  meta?: Record<string, string>;
}

async function readFragment(file: string): Promise<Fragment> {
  let bytes: Buffer = await readFile(file);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) bytes = await gunzipAsync(bytes);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
    throw new Error(`${file}: không phải mảnh chỉ mục Pagefind / not a Pagefind fragment`);
  return JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
}

/** Reads every fragment of the bundle at `outputPath` and writes `<outputPath>/sort-ranks.json`. */
export async function writeSortRanks(outputPath: string, concurrency = 16): Promise<{ pages: number }> {
  const dir = path.join(outputPath, 'fragment');
  // A bundle of no pages (a site without articles yet) has no fragment folder.
  const names = existsSync(dir)
    ? (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort()
    : [];
  const pages: SortablePage[] = [];
  // A few reads at a time: at 50,000 pages one at a time is slow, all at once exhausts file handles.
  for (let start = 0; start < names.length; start += concurrency) {
    const batch = names.slice(start, start + concurrency);
    const fragments = await Promise.all(batch.map((name) => readFragment(path.join(dir, name))));
    fragments.forEach((fragment, i) => {
      const id = batch[i]!.slice(0, -'.pf_fragment'.length);
      const date = fragment.meta?.[SORT_META.date];
      const views = Number(fragment.meta?.[SORT_META.views]);
      // Grouped fragments (Pagefind's maxFragments) would have no url: not produced by our options.
      if (fragment.url === undefined || date === undefined || !Number.isFinite(views))
        throw new Error(
          `${path.join(dir, batch[i]!)}: thiếu ${SORT_META.date}/${SORT_META.views} trong metadata / missing sort metadata`,
        );
      pages.push({ id, date, views });
    });
  }
  await writeFile(path.join(outputPath, SORT_RANKS_FILE), JSON.stringify(encodeSortRanks(pages)));
  return { pages: pages.length };
}
