/**
 * The search index step on its own (src/integrations/pagefind.ts): Pagefind's command over the
 * article pages of a small hand-made site, the empty bundle of a site without articles, and a
 * failure that names Pagefind's own message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { SORT_META } from '../../src/lib/search/fields.ts';
import { decodeSortRanks, SORT_RANKS_FILE } from '../../src/lib/search/sort-ranks.ts';
import { ARTICLE_BASE } from '../../src/lib/urls.ts';

const folders: string[] = [];
const tempFolder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cema-pagefind-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writePage(site: string, relative: string, html: string): void {
  const file = path.join(site, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

const articlePage = (title: string, date: string, views: number) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1><p>Nội dung bài ${title}.</p></main>` +
  `<span data-pagefind-meta="${SORT_META.date}:${date}"></span>` +
  `<span data-pagefind-meta="${SORT_META.views}:${views}"></span></body></html>`;

describe('indexSite', () => {
  it('indexes the article pages only and writes the sort file for them', async () => {
    const site = tempFolder();
    writePage(
      site,
      `${ARTICLE_BASE.slice(1)}/doi-moi/index.html`,
      articlePage('Đổi mới', '2024-01-02T09:00:00+07:00', 5),
    );
    writePage(
      site,
      `${ARTICLE_BASE.slice(1)}/hoi-nghi/index.html`,
      articlePage('Hội nghị', '2023-05-01T08:00:00+07:00', 9),
    );
    // A listing page with a search body would be indexed if Pagefind read it.
    writePage(site, 'chuyen-muc/tin/index.html', articlePage('Chuyên mục', '2022-01-01T08:00:00+07:00', 1));

    const result = await indexSite(site);
    expect(result).toEqual({ pages: 2, outputPath: path.join(site, 'pagefind') });
    const sortFile = JSON.parse(readFileSync(path.join(result.outputPath, SORT_RANKS_FILE), 'utf8'));
    const entry = JSON.parse(readFileSync(path.join(result.outputPath, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    // Both articles in the sort file; the more viewed (older) one first by views.
    expect(sortFile.ids.length / sortFile.width).toBe(2);
    expect(sortFile.views).toEqual([1, 0]);
    expect(decodeSortRanks(sortFile).rank('date', 'vi_unknown')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('gives a site without articles an empty bundle instead of failing', async () => {
    const site = tempFolder();
    writePage(
      site,
      'index.html',
      '<!doctype html><html lang="vi"><head><title>Trang chủ</title></head><body></body></html>',
    );
    const result = await indexSite(site);
    expect(result.pages).toBe(0);
    expect(readFileSync(path.join(result.outputPath, 'pagefind.js'), 'utf8').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(path.join(result.outputPath, SORT_RANKS_FILE), 'utf8'))).toBeTruthy();
  });

  it("fails with Pagefind's message when it cannot write the bundle", async () => {
    const site = tempFolder();
    writePage(
      site,
      `${ARTICLE_BASE.slice(1)}/doi-moi/index.html`,
      articlePage('Đổi mới', '2024-01-02T09:00:00+07:00', 5),
    );
    // The output path is an existing file: Pagefind cannot create its folder there.
    const blocked = path.join(site, 'blocked');
    writeFileSync(blocked, '');
    await expect(indexSite(site, { outputPath: path.join(blocked, 'pagefind') })).rejects.toThrow(
      /Pagefind failed/,
    );
  });
});
