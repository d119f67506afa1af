/** Cache keys of the incremental build (src/data/page-cache.ts): any rendered input changes the key. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/data/articles.ts';
import { articlePageCacheKey } from '../../../src/data/page-cache.ts';
import type { SiteData } from '../../../src/data/site.ts';

function article(id: string, title: string, digest = 'd1'): Article {
  return {
    id,
    url: `/tin-tuc/${id}/`,
    title,
    lede: 'Sapo',
    views: 10,
    entry: { id, digest, filePath: `news/2022/${id}/index.md`, rendered: { html: '<p>…</p>' } },
  } as unknown as Article;
}

const site = { categories: [{ id: 'hoat-dong-ban', name: 'Hoạt động ban' }] } as unknown as SiteData;

describe('articlePageCacheKey', () => {
  const base = articlePageCacheKey(article('a', 'Bài A'), [article('b', 'Bài B')], site);

  it('is the same for the same inputs, whatever else the entry object holds', () => {
    const again = article('a', 'Bài A');
    (again.entry as unknown as { rendered: unknown }).rendered = { html: 'other object, same file' };
    expect(articlePageCacheKey(again, [article('b', 'Bài B')], site)).toBe(base);
  });

  it("changes with the article's fields, its file's digest, a related article and the frame", () => {
    expect(articlePageCacheKey(article('a', 'Bài A sửa'), [article('b', 'Bài B')], site)).not.toBe(base);
    expect(articlePageCacheKey(article('a', 'Bài A', 'd2'), [article('b', 'Bài B')], site)).not.toBe(base);
    expect(articlePageCacheKey(article('a', 'Bài A'), [article('b', 'Bài B sửa')], site)).not.toBe(base);
    expect(articlePageCacheKey(article('a', 'Bài A'), [], site)).not.toBe(base);
    const renamed = { categories: [{ id: 'hoat-dong-ban', name: 'Hoạt động' }] } as unknown as SiteData;
    expect(articlePageCacheKey(article('a', 'Bài A'), [article('b', 'Bài B')], renamed)).not.toBe(base);
  });
});
