import { describe, expect, it } from 'vitest';
import { chunk, listingPaths, pageCount, pageWindow } from '../../src/lib/paginate.ts';

describe('pagination', () => {
  it('lists every page of every group for getStaticPaths (an empty group still has its page 1)', () => {
    const paths = listingPaths(
      [
        { items: [1, 2, 3], params: { tag: 'a' }, props: { name: 'A' } },
        { items: [], params: { tag: 'b' }, props: { name: 'B' } },
      ],
      2,
    );
    expect(paths).toEqual([
      {
        params: { tag: 'a', page: undefined },
        props: { name: 'A', articles: [1, 2], page: 1, totalPages: 2, total: 3 },
      },
      {
        params: { tag: 'a', page: 'trang-2' },
        props: { name: 'A', articles: [3], page: 2, totalPages: 2, total: 3 },
      },
      {
        params: { tag: 'b', page: undefined },
        props: { name: 'B', articles: [], page: 1, totalPages: 1, total: 0 },
      },
    ]);
  });
  it('chunks into pages, and an empty list is one empty page', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 20)).toEqual([[]]);
  });
  it('shows a window with gaps', () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});

describe('pageCount', () => {
  it('counts the pages a listing has: an empty one still has its first page', () => {
    expect([0, 1, 20, 21, 40].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2]);
    expect(pageCount(45)).toBe(chunk(Array.from({ length: 45 }), 20).length);
  });
});
