import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../support/views-errors.ts';
import { describeError, detectFormat, parseCounts } from '../../../src/lib/views/parse.ts';

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
