/** Cache keys of the incremental build (src/data/page-cache.ts): any rendered input changes the key. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/data/articles.ts';
import { articlePageCacheKey, withPageCacheKeys } from '../../../src/data/page-cache.ts';
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

type PageProps = Parameters<typeof articlePageCacheKey>[0] & Record<string, unknown>;

function props(main: Article, related: Article[], extra: Record<string, unknown> = {}): PageProps {
  return {
    article: main,
    related,
    sidebar: { latest: [article('c', 'Bài C')], mostViewed: [] },
    attachments: [],
    ...extra,
  };
}

describe('articlePageCacheKey', () => {
  const base = articlePageCacheKey(props(article('a', 'Bài A'), [article('b', 'Bài B')]), site);

  it('is the same for the same inputs, whatever else the entry object holds', () => {
    const again = article('a', 'Bài A');
    (again.entry as unknown as { rendered: unknown }).rendered = { html: 'other object, same file' };
    expect(articlePageCacheKey(props(again, [article('b', 'Bài B')]), site)).toBe(base);
  });

  it("changes with the article's fields, its file's digest, a related article, any other prop and the frame", () => {
    const key = (p: PageProps, s = site) => articlePageCacheKey(p, s);
    expect(key(props(article('a', 'Bài A sửa'), [article('b', 'Bài B')]))).not.toBe(base);
    expect(key(props(article('a', 'Bài A', 'd2'), [article('b', 'Bài B')]))).not.toBe(base);
    expect(key(props(article('a', 'Bài A'), [article('b', 'Bài B sửa')]))).not.toBe(base);
    expect(key(props(article('a', 'Bài A'), []))).not.toBe(base);
    // The sidebar and the attached documents (a replaced PDF has another size) are props too.
    const sidebar = { latest: [article('d', 'Bài D')], mostViewed: [] };
    expect(key(props(article('a', 'Bài A'), [article('b', 'Bài B')], { sidebar }))).not.toBe(base);
    const attachments = [{ fileName: 'qd.pdf', bytes: 2048 }];
    expect(key(props(article('a', 'Bài A'), [article('b', 'Bài B')], { attachments }))).not.toBe(base);
    const renamed = { categories: [{ id: 'hoat-dong-ban', name: 'Hoạt động' }] } as unknown as SiteData;
    expect(key(props(article('a', 'Bài A'), [article('b', 'Bài B')]), renamed)).not.toBe(base);
    const alternates = new Map([['/en/', [{ lang: 'vi', href: '/' }]]]);
    const withPairs = { ...site, alternates } as unknown as SiteData;
    expect(key(props(article('a', 'Bài A'), [article('b', 'Bài B')]), withPairs)).not.toBe(
      key(props(article('a', 'Bài A'), [article('b', 'Bài B')]), {
        ...site,
        alternates: new Map(),
      } as unknown as SiteData),
    );
  });
});

describe('withPageCacheKeys (listing pages)', () => {
  const sidebar = { latest: [article('c', 'Bài C')], mostViewed: [] };
  const page = (articles: Article[], n = 1) => ({
    params: { tag: 'mtqg', page: n === 1 ? undefined : `trang-${n}` },
    props: { name: 'MTQG', sidebar, articles, page: n, totalPages: 2, total: 21 },
  });
  const keyOf = (path: ReturnType<typeof page>, s = site, route = 'tag-newest') =>
    withPageCacheKeys(route, [path], s)[0]!.cacheKey;
  const base = keyOf(page([article('a', 'Bài A'), article('b', 'Bài B')]));

  it('keeps each path as it is, with the key of its props', () => {
    const paths = [page([article('a', 'Bài A')]), page([article('b', 'Bài B')], 2)];
    const keyed = withPageCacheKeys('tag-newest', paths, site);
    expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(paths);
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
  });

  it('changes with a listed article (its fields or its file), the page, the sidebar, the route and the frame', () => {
    expect(keyOf(page([article('a', 'Bài A'), article('b', 'Bài B')]))).toBe(base);
    expect(keyOf(page([article('a', 'Bài A', 'd2'), article('b', 'Bài B')]))).not.toBe(base);
    expect(keyOf(page([article('a', 'Bài A'), article('b', 'Bài B sửa')]))).not.toBe(base);
    expect(keyOf(page([article('a', 'Bài A')]))).not.toBe(base);
    expect(keyOf(page([article('a', 'Bài A'), article('b', 'Bài B')], 2))).not.toBe(base);
    const other = page([article('a', 'Bài A'), article('b', 'Bài B')]);
    other.props.sidebar = { latest: [article('d', 'Bài D')], mostViewed: [] };
    expect(keyOf(other)).not.toBe(base);
    expect(keyOf(page([article('a', 'Bài A'), article('b', 'Bài B')]), site, 'tag-views')).not.toBe(base);
    const renamed = { categories: [{ id: 'hoat-dong-ban', name: 'Hoạt động' }] } as unknown as SiteData;
    expect(keyOf(page([article('a', 'Bài A'), article('b', 'Bài B')]), renamed)).not.toBe(base);
  });
});
