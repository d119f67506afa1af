import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashBytes } from '../../tools/legacy/manifest.ts';
import { PAGES_TO_START_WORKERS, PageQueue, type QueuedPage } from '../../tools/legacy/page-queue.ts';
import { preparePage, type PageSettings } from '../../tools/legacy/prepare.ts';
import { NOW, SHAPES, SOURCES, tempDirs } from '../support/legacy.ts';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const settings = (newsDir: string): PageSettings => ({
  category: 'hoat-dong-ban',
  sources: SOURCES,
  registries: { categories: new Set(['hoat-dong-ban']), sources: new Set(SOURCES.map((s) => s.id)) },
  now: NOW.getTime(),
  newsDir,
});

/** The shape pages, an undecodable one and one that is not there, in name order. */
function inputs() {
  const dir = temp.make('legacy-queue-');
  for (const name of readdirSync(SHAPES))
    writeFileSync(path.join(dir, name), readFileSync(path.join(SHAPES, name)));
  writeFileSync(path.join(dir, '250_0000000000000250.txt'), Buffer.from([0xff, 0x81, 0x8d, 0x90]));
  mkdirSync(path.join(dir, 'news'));
  const files = [...readdirSync(dir).filter((n) => n.endsWith('.txt')), '260_gone.txt']
    .sort()
    .map((name) => path.join(dir, name));
  return { files, newsDir: path.join(dir, 'news') };
}

async function drain(queue: PageQueue): Promise<QueuedPage[]> {
  const pages: QueuedPage[] = [];
  try {
    for (let page = await queue.next(); page; page = await queue.next()) pages.push(page);
  } finally {
    await queue.close();
  }
  return pages;
}

describe('legacy page queue', () => {
  it('gives every page in input order, prepared by a worker exactly as in this thread', async () => {
    const { files, newsDir } = inputs();
    const queue = new PageQueue(files, {
      jobs: 1,
      jobsGiven: true,
      settings: settings(newsDir),
      hashOf: (name, bytes) => hashBytes(name, bytes),
      mayBeSkipped: (name) => name.startsWith('201_'),
    });
    const pages = await drain(queue);
    expect(pages.map((p) => path.basename(p.file))).toEqual(files.map((f) => path.basename(f)));
    expect(queue.workerError).toBeUndefined();
    expect(queue.workers).toEqual({ threads: 1, pages: files.length - 3 });
    for (const page of pages) {
      const name = page.name;
      if (name === '260_gone.txt') {
        expect(page.readError).toMatchObject({ code: 'ENOENT' });
        continue;
      }
      expect(page.hash).toBe(hashBytes(name, page.bytes as Uint8Array));
      // A page the run may skip is not prepared; one that cannot be read is left to the run.
      if (name.startsWith('201_') || name.startsWith('250_')) expect(page.prepared).toBeUndefined();
      else expect(page.prepared).toEqual(preparePage(name, page.bytes as Uint8Array, settings(newsDir)));
    }
  });

  it('starts no worker for a few pages unless told to', async () => {
    const { files, newsDir } = inputs();
    expect(files.length).toBeLessThan(PAGES_TO_START_WORKERS);
    const queue = new PageQueue(files, {
      jobs: 2,
      jobsGiven: false,
      settings: settings(newsDir),
      hashOf: (name, bytes) => hashBytes(name, bytes),
      mayBeSkipped: () => false,
    });
    const pages = await drain(queue);
    expect(pages).toHaveLength(files.length);
    expect(pages.every((page) => page.prepared === undefined)).toBe(true);
    expect(queue.workers).toEqual({ threads: 0, pages: 0 });
  });
});
