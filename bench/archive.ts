/**
 * Date-archive grouping benchmark: groupByYearMonth (src/lib/archive.ts) over synthetic articles,
 * 5,000 and 50,000, against a baseline pass that only reads each article's Vietnam calendar
 * fields through Intl (vnParts, what a naive grouping would pay per article). Prints the ratios:
 * grouping/baseline should stay well under 1 and 50k/5k near 10 (linear, no O(n²)). Best of
 * `--runs`; on a loaded machine run it with more runs.
 *
 *   node bench/archive.ts [--runs 10]
 */
import { parseArgs } from 'node:util';
import { groupByYearMonth } from '../src/lib/archive.ts';
import { vnParts, type PreciseDate } from '../src/lib/dates.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);

function articles(count: number): { published: PreciseDate }[] {
  const start = Date.UTC(2005, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  // Newest first, as getArticles() gives them; every 50th known only to its year.
  return Array.from({ length: count }, (_, i) => ({
    published: {
      date: new Date(start + span * (1 - i / count)),
      precision: i % 50 === 0 ? ('year' as const) : ('minute' as const),
    },
  }));
}

function best(fn: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - t);
  }
  return fastest;
}

const results = new Map<number, { group: number; baseline: number }>();
for (const count of [5_000, 50_000]) {
  const list = articles(count);
  const baseline = best(() => list.map((a) => vnParts(a.published.date).month));
  const group = best(() => groupByYearMonth(list, (a) => a.published));
  results.set(count, { group, baseline });
  console.log(
    `${count.toLocaleString('vi-VN')} bài: gom ${group.toFixed(1)} ms, nền ${baseline.toFixed(1)} ms, gom/nền ${(group / baseline).toFixed(3)}×`,
  );
}
const small = results.get(5_000)!;
const large = results.get(50_000)!;
console.log(`50.000/5.000: gom ${(large.group / small.group).toFixed(1)}× (tuyến tính ≈ 10×)`);
