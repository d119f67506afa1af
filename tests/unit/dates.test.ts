import { describe, expect, it } from 'vitest';
import {
  DateInputError,
  datetimeAttribute,
  formatDateTime,
  formatLongDate,
  formatMonth,
  isoVietnam,
  parseContentDate,
  vnParts,
  vnYearMonth,
} from '../../src/lib/dates.ts';

describe('parseContentDate', () => {
  it('reads a time without offset as Vietnam time, not UTC', () => {
    const { date, precision } = parseContentDate('2022-02-09 14:54');
    expect(date.toISOString()).toBe('2022-02-09T07:54:00.000Z');
    expect(precision).toBe('minute');
    expect(parseContentDate('2022-02-09T14:54').date.toISOString()).toBe('2022-02-09T07:54:00.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(parseContentDate('2022-02-09T14:54:00+07:00').date.toISOString()).toBe('2022-02-09T07:54:00.000Z');
    expect(parseContentDate('2022-02-09T07:54:00Z').date.toISOString()).toBe('2022-02-09T07:54:00.000Z');
    expect(parseContentDate('2022-02-09T09:54:00+0900').date.toISOString()).toBe('2022-02-09T00:54:00.000Z');
  });

  it('knows day and year precision', () => {
    expect(parseContentDate('2022-02-09')).toMatchObject({ precision: 'day' });
    expect(parseContentDate('2022-02-09').date.toISOString()).toBe('2022-02-08T17:00:00.000Z');
    expect(parseContentDate('2021')).toMatchObject({ precision: 'year' });
    expect(parseContentDate(2021).date.toISOString()).toBe('2020-12-31T17:00:00.000Z');
  });

  it('rejects impossible dates with a Vietnamese explanation', () => {
    expect(() => parseContentDate('2022-02-30')).toThrow(/ngày 30 không có trong tháng 2\/2022/);
    expect(() => parseContentDate('2022-13-01')).toThrow(/tháng 13/);
    expect(() => parseContentDate('2022-01-01 25:00')).toThrow(DateInputError);
    expect(() => parseContentDate('09/02/2022')).toThrow(/không phải ngày giờ hợp lệ/);
    expect(() => parseContentDate('')).toThrow(DateInputError);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseContentDate('2024-02-29').precision).toBe('day');
    expect(() => parseContentDate('2023-02-29')).toThrow(DateInputError);
  });
});

describe('formatting in Asia/Ho_Chi_Minh', () => {
  const seed = parseContentDate('2022-02-09T14:54:00+07:00');

  it('formats like the old portal', () => {
    expect(formatDateTime(seed.date)).toBe('09/02/2022 | 14:54');
  });

  it('gives the weekday in Vietnamese', () => {
    expect(formatLongDate(seed)).toBe('Thứ Tư, 09/02/2022 | 14:54 (GMT+7)');
    expect(formatLongDate(parseContentDate('2022-02-13'))).toBe('Chủ Nhật, 13/02/2022');
    expect(formatLongDate(parseContentDate('2021'))).toBe('Năm 2021');
  });

  it('uses Vietnam time even for instants that are another day in UTC', () => {
    const lateUtc = parseContentDate('2022-02-09T20:30:00Z'); // 03:30 on the 10th in Hà Nội
    expect(formatDateTime(lateUtc.date)).toBe('10/02/2022 | 03:30');
    expect(isoVietnam(lateUtc.date)).toBe('2022-02-10T03:30:00+07:00');
  });

  it('writes <time datetime> only as precise as known', () => {
    expect(datetimeAttribute(seed)).toBe('2022-02-09T14:54:00+07:00');
    expect(datetimeAttribute(parseContentDate('2022-02-09'))).toBe('2022-02-09');
    expect(datetimeAttribute(parseContentDate('2021'))).toBe('2021');
  });
});

describe('impossible time-zone offsets', () => {
  it('are refused with a Vietnamese message instead of an invalid date', async () => {
    const { parseContentDate, DateInputError } = await import('../../src/lib/dates.ts');
    for (const raw of ['2022-02-09T14:54:00+25:00', '2022-02-09 14:54 +07:99', '2022-02-09T14:54:00-1500']) {
      expect(() => parseContentDate(raw), raw).toThrow(DateInputError);
    }
    expect(() => parseContentDate('2022-02-09T14:54:00+25:00')).toThrow(/múi giờ "\+25:00" không có thật/);
    expect(parseContentDate('2022-02-09T14:54:00+14:00').date.toISOString()).toBe('2022-02-09T00:54:00.000Z');
  });
});

describe('vnYearMonth and formatMonth (the archives)', () => {
  it('takes the month from a Vietnamese calendar, not UTC', () => {
    // 18:30 UTC on 31 January is 01:30 on 1 February in Vietnam.
    expect(vnYearMonth(new Date('2024-01-31T18:30:00Z'))).toEqual({ year: 2024, month: 2 });
    expect(vnYearMonth(new Date('2024-01-31T16:59:59Z'))).toEqual({ year: 2024, month: 1 });
    expect(vnYearMonth(new Date('2023-12-31T17:00:00Z'))).toEqual({ year: 2024, month: 1 });
  });

  it('agrees with the Intl calendar in Asia/Ho_Chi_Minh, hour by hour across a year', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 2); t += 3_600_000 * 5) {
      const date = new Date(t);
      const { year, month } = vnParts(date);
      expect(vnYearMonth(date), date.toISOString()).toEqual({ year, month });
    }
  });

  it('writes a month with two digits', () => {
    expect(formatMonth(2024, 2)).toBe('02/2024');
    expect(formatMonth(2024, 11)).toBe('11/2024');
  });
});
