/** View-count bodies (JSON/CSV), Plausible responses, key → slug resolution, ranking, snapshot text. */
import { describe, expect, it } from 'vitest';
import { describeError, detectFormat, parseCounts, ViewsSourceError } from '../../src/lib/views/parse.ts';
import { parsePlausibleResponse, plausibleQuery } from '../../src/lib/views/plausible.ts';
import { compareByViews, sortByViews, topByViews } from '../../src/lib/views/rank.ts';
import { keyToSlug, resolveCounts, serializeSnapshot } from '../../src/lib/views/resolve.ts';
import { articleSlugFromPath, categoryViewsPath } from '../../src/lib/urls.ts';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ViewsSourceError);
    return (error as ViewsSourceError).problems;
  }
  throw new Error('expected a ViewsSourceError');
}

describe('parseCounts', () => {
  it('reads a JSON object keyed by slug or path', () => {
    expect(parseCounts('{"bai-a": 12, "/tin-tuc/bai-b/": 0}', 'json')).toEqual([
      { key: 'bai-a', count: 12 },
      { key: '/tin-tuc/bai-b/', count: 0 },
    ]);
  });

  it('reads a JSON array with any of the documented field names', () => {
    const body = JSON.stringify([
      { slug: 'bai-a', views: 1 },
      { path: '/tin-tuc/bai-b/', pageviews: 2 },
      { url: 'https://tin.cema.gov.vn/tin-tuc/bai-c/', count: 3 },
    ]);
    expect(parseCounts(body, 'json').map((r) => r.count)).toEqual([1, 2, 3]);
  });

  it('reads CSV with or without a header, skipping blank and comment lines', () => {
    const csv = '\uFEFFpath,views\r\n/tin-tuc/bai-a/,12\n\n# ghi chú\nbai-b;7\n"bai-c",3\n';
    expect(parseCounts(csv, 'csv')).toEqual([
      { key: '/tin-tuc/bai-a/', count: 12 },
      { key: 'bai-b', count: 7 },
      { key: 'bai-c', count: 3 },
    ]);
    expect(parseCounts('bai-a,1\n', 'csv')).toEqual([{ key: 'bai-a', count: 1 }]);
  });

  it('rejects negative, fractional, non-numeric and unsafe counts, naming every bad row', () => {
    const problems = problemsOf(() =>
      parseCounts('{"bai-a": -5, "bai-b": 1.5, "bai-c": "12", "bai-d": 1e300, "bai-e": 4}', 'json'),
    );
    expect(problems).toEqual([
      '"bai-a": -5 — số âm (negative)',
      '"bai-b": 1.5 — không phải số nguyên (not an integer)',
      '"bai-c": "12" — không phải là số (not a number)',
      '"bai-d": 1e+300 — quá lớn (too large)',
    ]);
  });

  it('names bad CSV rows by line number, including Vietnamese-grouped numbers', () => {
    const problems = problemsOf(() =>
      parseCounts('bai-a,1\nbai-b,-3\nbai-c,12.450\nbai-d\nbai-e,abc\n', 'csv'),
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('dòng 2 ("bai-b"): "-3" — số âm (negative)');
    expect(problems[1]).toBe('dòng 3 ("bai-c"): "12.450" — không phải số nguyên (not an integer)');
    expect(problems[2]).toMatch(/^dòng 4: "bai-d" — cần đúng 2 cột/);
    expect(problems[3]).toBe('dòng 5 ("bai-e"): "abc" — không phải là số (not a number)');
  });

  it('rejects malformed JSON and JSON of the wrong shape', () => {
    expect(() => parseCounts('{"bai-a": 1,', 'json')).toThrow(/không đọc được JSON \(malformed JSON/);
    expect(() => parseCounts('42', 'json')).toThrow(/đối tượng hoặc mảng/);
    expect(problemsOf(() => parseCounts('[{"slug": "a"}, 3]', 'json'))).toHaveLength(2);
  });

  it('detects the format from a content type, an extension or the text', () => {
    expect(detectFormat('a,1', 'application/json; charset=utf-8')).toBe('json');
    expect(detectFormat('{}', 'text/csv')).toBe('csv');
    expect(detectFormat('{}', '.csv')).toBe('csv');
    expect(detectFormat('  [1]')).toBe('json');
    expect(detectFormat('a,1')).toBe('csv');
  });

  it('describes an error with its rows, capped at 20 with the total', () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`bai-${i}`, -1])));
    let message = '';
    try {
      parseCounts(body, 'json', 'tệp x.json');
    } catch (error) {
      message = describeError(error);
    }
    expect(message).toMatch(/^tệp x\.json: 25 dòng không hợp lệ/);
    expect(message.match(/\n {4}• /g)).toHaveLength(21);
    expect(message).toContain('• … (+5)');
  });
});

describe('Plausible Stats API v2', () => {
  it('asks for all-time pageviews per article page, one page of results at a time', () => {
    expect(plausibleQuery('tin.cema.gov.vn', 10_000)).toEqual({
      site_id: 'tin.cema.gov.vn',
      metrics: ['pageviews'],
      date_range: 'all',
      dimensions: ['event:page'],
      filters: [['contains', 'event:page', ['/tin-tuc/']]],
      order_by: [['event:page', 'asc']],
      pagination: { limit: 10_000, offset: 10_000 },
    });
  });

  it('maps results to rows and rejects bad ones by name', () => {
    const ok = { results: [{ dimensions: ['/tin-tuc/bai-a/'], metrics: [120] }] };
    expect(parsePlausibleResponse(JSON.stringify(ok))).toEqual([{ key: '/tin-tuc/bai-a/', count: 120 }]);
    const bad = { results: [{ dimensions: ['/tin-tuc/bai-a/'], metrics: [-1] }, { metrics: [3] }] };
    expect(problemsOf(() => parsePlausibleResponse(JSON.stringify(bad)))).toEqual([
      'kết quả 1 ("/tin-tuc/bai-a/"): -1 — số âm (negative)',
      'kết quả 2: {"metrics":[3]} — thiếu đường dẫn trang (no page path)',
    ]);
    expect(() => parsePlausibleResponse('{"error":"x"}')).toThrow(/thiếu "results"/);
    expect(() => parsePlausibleResponse('<html>')).toThrow(/malformed JSON/);
  });
});

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

describe('ranking by views', () => {
  const list = [
    { id: 'a', views: 5, time: 1 },
    { id: 'b', views: 9, time: 1 },
    { id: 'c', views: 5, time: 2 },
    { id: 'd', views: 0, time: 3 },
    { id: 'e', views: 5, time: 2 },
  ];

  it('sorts most viewed first, then newest, then by slug', () => {
    expect(sortByViews(list).map((x) => x.id)).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(compareByViews(list[0]!, list[0]!)).toBe(0);
  });

  it('takes the top n without sorting everything, leaving out articles with no views', () => {
    expect(topByViews(list, 3).map((x) => x.id)).toEqual(['b', 'c', 'e']);
    expect(topByViews(list, 10).map((x) => x.id)).toEqual(['b', 'c', 'e', 'a']);
    expect(topByViews(list, 0)).toEqual([]);
    // Same answer as a full sort on a larger shuffled list.
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: `x${i}`,
      views: (i * 7919) % 97,
      time: i % 13,
    }));
    expect(topByViews(many, 5)).toEqual(sortByViews(many).slice(0, 5));
  });
});
