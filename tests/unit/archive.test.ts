import { describe, expect, it } from 'vitest';
import { groupByYearMonth } from '../../src/lib/archive.ts';
import { parseContentDate, type PreciseDate } from '../../src/lib/dates.ts';

interface Item {
  id: string;
  published: PreciseDate;
}

const item = (id: string, date: string): Item => ({ id, published: parseContentDate(date) });
const ids = (items: Item[]) => items.map((i) => i.id);

describe('groupByYearMonth', () => {
  // Newest first, as the site's article list is.
  const items = [
    item('thang-3', '2024-03-01 09:00'),
    item('dau-thang-2-gio-vn', '2024-01-31T18:30:00Z'),
    item('cuoi-thang-1', '2024-01-31T16:59:00Z'),
    item('chi-biet-ngay', '2024-01-05'),
    item('chi-biet-nam', '2021'),
    item('nam-2021', '2021-07-02 10:00'),
  ];
  const years = groupByYearMonth(items, (i) => i.published);

  it('groups by year and month in Vietnam time, newest first', () => {
    expect(years.map((y) => y.year)).toEqual([2024, 2021]);
    expect(years[0]!.months.map((m) => m.month)).toEqual([3, 2, 1]);
    // 2024-01-31T18:30Z is 1 February 01:30 in Vietnam.
    expect(ids(years[0]!.months[1]!.items)).toEqual(['dau-thang-2-gio-vn']);
    expect(ids(years[0]!.months[2]!.items)).toEqual(['cuoi-thang-1', 'chi-biet-ngay']);
  });

  it('keeps an article known only to its year in the year, in no month', () => {
    const y2021 = years[1]!;
    expect(ids(y2021.items)).toEqual(['chi-biet-nam', 'nam-2021']);
    expect(y2021.months.map((m) => [m.year, m.month, ids(m.items)])).toEqual([[2021, 7, ['nam-2021']]]);
  });

  it('keeps each group in input order and counts every item once', () => {
    expect(ids(years[0]!.items)).toEqual(ids(items.slice(0, 4)));
    const total = years.reduce((n, y) => n + y.items.length, 0);
    expect(total).toBe(items.length);
  });

  it('sorts groups even when the input is not sorted', () => {
    const shuffled = groupByYearMonth([items[5]!, items[0]!, items[2]!], (i) => i.published);
    expect(shuffled.map((y) => y.year)).toEqual([2024, 2021]);
    expect(shuffled[0]!.months.map((m) => m.month)).toEqual([3, 1]);
  });

  it('gives no year for no items', () => {
    expect(groupByYearMonth([], (i: Item) => i.published)).toEqual([]);
  });
});
