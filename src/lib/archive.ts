/**
 * The date archives (/luu-tru/): items grouped by year and by month on a Vietnamese calendar, in
 * one pass. Items known only to the year (old portal pages without a date) belong to their year's
 * archive but to no month: putting them in January would be a date nobody wrote.
 */
import { vnYearMonth, type PreciseDate } from './dates.ts';

export interface ArchiveMonth<T> {
  year: number;
  /** 1–12. */
  month: number;
  items: T[];
}

export interface ArchiveYear<T> {
  year: number;
  /** Every item of the year (those known only to the year included), in input order. */
  items: T[];
  /** Months with at least one item, newest first. */
  months: ArchiveMonth<T>[];
}

/**
 * Groups `items` by year and month in Vietnam time: years and months newest first, each group's
 * items in input order (give them newest first). O(n) plus sorting the groups, never the items.
 */
export function groupByYearMonth<T>(
  items: Iterable<T>,
  publishedOf: (item: T) => PreciseDate,
): ArchiveYear<T>[] {
  const years = new Map<number, { year: ArchiveYear<T>; months: Map<number, ArchiveMonth<T>> }>();
  for (const item of items) {
    const { date, precision } = publishedOf(item);
    const { year, month } = vnYearMonth(date);
    let group = years.get(year);
    if (!group) {
      group = { year: { year, items: [], months: [] }, months: new Map() };
      years.set(year, group);
    }
    group.year.items.push(item);
    if (precision === 'year') continue;
    const monthGroup = group.months.get(month);
    if (monthGroup) monthGroup.items.push(item);
    else group.months.set(month, { year, month, items: [item] });
  }
  return [...years.values()]
    .map(({ year, months }) => ({ ...year, months: [...months.values()].sort((a, b) => b.month - a.month) }))
    .sort((a, b) => b.year - a.year);
}
