import { describe, expect, it } from 'vitest';
import { keyToSlug, resolveCounts, serializeSnapshot } from '../../../src/lib/views/resolve.ts';
import { articleSlugFromPath, categoryViewsPath } from '../../../src/lib/urls.ts';

describe('keys to articles', () => {
  it('accepts a slug or any form of the article URL, through urls.ts', () => {
    expect(keyToSlug('bai-a')).toBe('bai-a');
    expect(keyToSlug('/tin-tuc/bai-a/')).toBe('bai-a');
    expect(keyToSlug('/tin-tuc/bai-a')).toBe('bai-a');
    expect(keyToSlug('/tin-tuc/bai-a/?utm_source=zalo#top')).toBe('bai-a');
    expect(keyToSlug('https://tin.cema.gov.vn/tin-tuc/bai-a/')).toBe('bai-a');
    expect(keyToSlug('/')).toBeUndefined();
    expect(keyToSlug('/chuyen-muc/hoat-dong-ban/')).toBeUndefined();
    expect(keyToSlug('/tin-tuc/bai-a/anh/')).toBeUndefined();
    expect(articleSlugFromPath('/tin-tuc/%ZZ/')).toBeUndefined();
    expect(categoryViewsPath('hoat-dong-ban')).toBe('/chuyen-muc/hoat-dong-ban/xem-nhieu/');
    expect(categoryViewsPath('hoat-dong-ban', 3)).toBe('/chuyen-muc/hoat-dong-ban/xem-nhieu/trang-3/');
  });

  it('adds up keys that reach the same article and reports keys that reach none', () => {
    const known = new Set(['bai-a', 'bai-b']);
    const { counts, unmatched } = resolveCounts(
      [
        { key: '/tin-tuc/bai-b', count: 2 },
        { key: '/tin-tuc/bai-b/', count: 3 },
        { key: 'bai-a', count: 1 },
        { key: '/tin-tuc/bai-da-xoa/', count: 9 },
        { key: '/', count: 100 },
      ],
      known,
    );
    expect([...counts]).toEqual([
      ['bai-a', 1],
      ['bai-b', 5],
    ]);
    expect(unmatched).toEqual(['/', '/tin-tuc/bai-da-xoa/']);
  });

  it('writes the snapshot sorted by slug whatever the input order (stable diffs)', () => {
    const a = serializeSnapshot(
      new Map([
        ['bai-b', 2],
        ['bai-a', 1],
      ]),
    );
    const b = serializeSnapshot(
      new Map([
        ['bai-a', 1],
        ['bai-b', 2],
      ]),
    );
    expect(a).toBe(b);
    expect(a).toBe('{\n  "bai-a": 1,\n  "bai-b": 2\n}\n');
  });
});
