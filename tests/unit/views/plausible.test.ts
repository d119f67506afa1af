import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../support/views-errors.ts';
import { parsePlausibleResponse, plausibleQuery } from '../../../src/lib/views/plausible.ts';

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
