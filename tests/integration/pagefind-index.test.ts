/**
 * The search index step on its own (src/integrations/pagefind.ts): Pagefind's command over the
 * article pages of a small hand-made site, the empty bundle of a site without articles, and a
 * failure that names Pagefind's own message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { SORT_META } from '../../src/lib/search/fields.ts';
import { decodeSortRanks, SORT_RANKS_FILE } from '../../src/lib/search/sort-ranks.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { makeDist, page } from '../support/fixture.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** A built site of the given files (path → HTML), removed after the tests. */
function site(files: Record<string, string>): string {
  const { dir, cleanup } = makeDist(files);
  cleanups.push(cleanup);
  return dir;
}

/** The built file of the article `slug`. */
const articleFile = (slug: string) => `${articlePath(slug).slice(1)}index.html`;

/** A page with a search body and the metadata the sort file is made from. */
const searchablePage = (title: string, date: string, views: number) =>
  page(
    `<main data-pagefind-body><h1>${title}</h1><p>Nội dung bài ${title}.</p></main>` +
      `<span data-pagefind-meta="${SORT_META.date}:${date}"></span>` +
      `<span data-pagefind-meta="${SORT_META.views}:${views}"></span>`,
    title,
  );

describe('indexSite', () => {
  it('indexes the article pages only and writes the sort file for them', async () => {
    const dir = site({
      [articleFile('doi-moi')]: searchablePage('Đổi mới', '2024-01-02T09:00:00+07:00', 5),
      [articleFile('hoi-nghi')]: searchablePage('Hội nghị', '2023-05-01T08:00:00+07:00', 9),
      // A listing page with a search body would be indexed if Pagefind read it.
      'chuyen-muc/tin/index.html': searchablePage('Chuyên mục', '2022-01-01T08:00:00+07:00', 1),
    });

    const result = await indexSite(dir);
    expect(result).toEqual({ pages: 2, outputPath: path.join(dir, 'pagefind') });
    const sortFile = JSON.parse(readFileSync(path.join(result.outputPath, SORT_RANKS_FILE), 'utf8'));
    const entry = JSON.parse(readFileSync(path.join(result.outputPath, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    // Both articles in the sort file; the more viewed (older) one first by views.
    expect(sortFile.ids.length / sortFile.width).toBe(2);
    expect(sortFile.views).toEqual([1, 0]);
    expect(decodeSortRanks(sortFile).rank('date', 'vi_unknown')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('gives a site without articles an empty bundle instead of failing', async () => {
    const dir = site({ 'index.html': page('', 'Trang chủ') });
    const result = await indexSite(dir);
    expect(result.pages).toBe(0);
    expect(readFileSync(path.join(result.outputPath, 'pagefind.js'), 'utf8').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(path.join(result.outputPath, SORT_RANKS_FILE), 'utf8'))).toBeTruthy();
  });

  it("fails with Pagefind's message when it cannot write the bundle", async () => {
    const dir = site({ [articleFile('doi-moi')]: searchablePage('Đổi mới', '2024-01-02T09:00:00+07:00', 5) });
    // The output path is an existing file: Pagefind cannot create its folder there.
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    await expect(indexSite(dir, { outputPath: path.join(blocked, 'pagefind') })).rejects.toThrow(
      /Pagefind failed/,
    );
  });
});
