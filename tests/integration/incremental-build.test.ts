/**
 * A build after a one-article edit (Astro's incremental build with the article and listing pages'
 * cache keys, src/data/page-cache.ts, and the previous release's precompressed files) renders and compresses
 * only what changed, and must still publish exactly the bytes a cold build of the same content
 * publishes: pages, feeds, Pagefind's bundle, .gz and .br.
 */
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePhotoArticles } from '../setup/fixture-photos.ts';
import { writeArticle } from '../support/articles.ts';
import { runBuild } from '../setup/fixture-site.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const EDITED_PAGE = path.join('tin-tuc', 'bai-duoc-sua', 'index.html');

function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    if (lstatSync(full).isFile()) files.set(name, readFileSync(full));
  }
  return files;
}

describe('an incremental build (the previous release reused)', () => {
  let root: string;
  let cold: string;
  let incremental: string;
  let log: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cema-incremental-'));
    const contentDir = path.join(root, 'content');
    mkdirSync(contentDir);
    for (const file of ['categories.yaml', 'sources.yaml']) {
      cpSync(path.join(repo, 'content', file), path.join(contentDir, file));
    }
    for (let i = 1; i <= 4; i++) {
      writeArticle(
        contentDir,
        '2022',
        `bai-so-${i}`,
        `title: "Bài số ${i}"\nlede: "Sapo bài số ${i}."\npublishedAt: 2022-01-0${i} 08:00\ncategory: chinh-sach-dan-toc\ntags: ["Thử nghiệm"]`,
        `Nội dung bài số ${i}: Ủy ban Dân tộc tổ chức hội nghị.`,
      );
    }
    // Photos (Markdown and MDX): a page copied from the cache still needs its image files.
    await writePhotoArticles(contentDir);
    // Same category as the edited article: its related list shows the new title.
    writeArticle(
      contentDir,
      '2022',
      'bai-cung-chuyen-muc',
      'title: "Bài cùng chuyên mục"\nlede: "Sapo."\npublishedAt: 2022-01-06 08:00\ncategory: hoat-dong-ban',
      'Nội dung bài cùng chuyên mục.',
    );
    // The oldest article: the sidebars' "latest" lists (part of every article page's key) do not
    // show it, so the other pages can be reused; its category's "Tin khác đã đăng" does.
    const edited = (title: string, body: string) =>
      writeArticle(
        contentDir,
        '2022',
        'bai-duoc-sua',
        `title: "${title}"\nlede: "Sapo bài được sửa."\npublishedAt: 2021-12-01 08:00\ncategory: hoat-dong-ban`,
        body,
      );
    // Before the edit: built once into the release the incremental build starts from.
    edited('Bài trước khi sửa', 'Nội dung trước khi sửa: đoạn văn cũ.');
    incremental = path.join(root, 'incremental', 'dist');
    const env = (dist: string, cache: string) => ({
      CEMA_CONTENT_DIR: contentDir,
      CEMA_DIST: dist,
      CEMA_CACHE_DIR: path.join(root, cache),
    });
    const before = runBuild(env(incremental, 'cache-incremental'));
    expect(before.status, before.log).toBe(0);

    // The edit changes the title too: the other articles' "Tin khác đã đăng" lists show it.
    edited('Bài được sửa', 'Nội dung sau khi sửa: đoạn văn mới.');
    const second = runBuild(env(incremental, 'cache-incremental'));
    log = second.log;
    expect(second.status, second.log).toBe(0);

    cold = path.join(root, 'cold', 'dist');
    const coldBuild = runBuild(env(cold, 'cache-cold'));
    expect(coldBuild.status, coldBuild.log).toBe(0);
  }, 1_800_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('copies unchanged pages and files from the previous build', () => {
    // Astro's log: "(restored)" for a page copied from its cache instead of rendered.
    expect(log).toMatch(/\/tin-tuc\/bai-so-\d\/index\.html.*\((restored|cached)\)/);
    expect(log).toMatch(/\/tin-tuc\/bai-anh-chu-thich\/index\.html.*\((restored|cached)\)/);
    expect(log).not.toMatch(/\/tin-tuc\/bai-duoc-sua\/index\.html.*\((restored|cached)\)/);
    // Listings too: the tag's page does not show the edited article, its category's page does.
    expect(log).toMatch(/\/tu-khoa\/thu-nghiem\/index\.html.*\((restored|cached)\)/);
    expect(log).not.toMatch(/\/chuyen-muc\/hoat-dong-ban\/index\.html.*\((restored|cached)\)/);
    const reused = /Nén sẵn \(gzip, brotli\): (\d+) tệp \((\d+) dùng lại từ bản trước\)/.exec(log);
    expect(reused, log).not.toBeNull();
    const [files, fromPrevious] = [Number(reused![1]), Number(reused![2])];
    expect(fromPrevious).toBeGreaterThan(0);
    expect(fromPrevious).toBeLessThan(files);
  });

  it('publishes exactly the bytes of a cold build of the same content', () => {
    const expected = filesOf(cold);
    const actual = filesOf(incremental);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    const different = [...expected]
      .filter(([name, bytes]) => !actual.get(name)!.equals(bytes))
      .map(([n]) => n);
    expect(different).toEqual([]);
    expect(actual.get(EDITED_PAGE)!.toString('utf8')).toContain('đoạn văn mới');
    const neighbour = actual.get(path.join('tin-tuc', 'bai-cung-chuyen-muc', 'index.html'))!.toString('utf8');
    expect(neighbour).toContain('Bài được sửa');
    expect(neighbour).not.toContain('Bài trước khi sửa');
  });
});
