/**
 * Plausible Stats API v2 (POST /api/v2/query): pageviews per page path since the site's start,
 * only for article pages. Documented at https://plausible.io/docs/stats-api-v2.
 */
import { ARTICLE_BASE } from '../urls.ts';
import { countProblem, parseJson, rejectBadRows, ViewsSourceError, type CountRow } from './parse.ts';

/** Rows per request (Plausible's maximum page size); more articles are fetched page by page. */
export const PLAUSIBLE_PAGE_SIZE = 10_000;

export function plausibleQuery(siteId: string, offset = 0, limit = PLAUSIBLE_PAGE_SIZE) {
  return {
    site_id: siteId,
    metrics: ['pageviews'],
    date_range: 'all',
    dimensions: ['event:page'],
    filters: [['contains', 'event:page', [`${ARTICLE_BASE}/`]]],
    order_by: [['event:page', 'asc']],
    pagination: { limit, offset },
  };
}

export function plausibleEndpoint(baseUrl: string): string {
  return new URL('/api/v2/query', baseUrl).href;
}

/** `{"results":[{"dimensions":["/tin-tuc/x/"],"metrics":[123]}, …]}` → rows. */
export function parsePlausibleResponse(text: string, what = 'Plausible'): CountRow[] {
  const data = parseJson(text, what);
  const results = (data as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) {
    throw new ViewsSourceError(`${what}: thiếu "results" trong phản hồi (response has no results array)`);
  }
  const rows: CountRow[] = [];
  const problems: string[] = [];
  results.forEach((item, i) => {
    const page = (item as { dimensions?: unknown[] } | null)?.dimensions?.[0];
    const count = (item as { metrics?: unknown[] } | null)?.metrics?.[0];
    if (typeof page !== 'string') {
      problems.push(
        `kết quả ${i + 1}: ${JSON.stringify(item)?.slice(0, 120)} — thiếu đường dẫn trang (no page path)`,
      );
      return;
    }
    const problem = countProblem(count);
    if (problem)
      problems.push(`kết quả ${i + 1} (${JSON.stringify(page)}): ${JSON.stringify(count)} — ${problem}`);
    else rows.push({ key: page, count: count as number });
  });
  rejectBadRows(problems, what);
  return rows;
}
