import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, VN_OFFSET, vnParts } from '../../src/lib/vietnam-clock.ts';

/** What a clock in Asia/Ho_Chi_Minh shows, through Intl (the reference the arithmetic must match). */
const reference = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe('Vietnam clock', () => {
  it('formats the old portal\u2019s "09/02/2022 | 14:54" in Vietnam time, whatever the machine\u2019s zone', () => {
    expect(formatDateTime(new Date('2022-02-09T07:54:00Z'))).toBe('09/02/2022 | 14:54');
    expect(formatDate(new Date('2022-02-09T07:54:00Z'))).toBe('09/02/2022');
    // Midnight and the day, month and year change across the UTC boundary.
    expect(formatDateTime(new Date('2023-12-31T17:00:00Z'))).toBe('01/01/2024 | 00:00');
    expect(formatDateTime(new Date('2024-02-29T16:59:59Z'))).toBe('29/02/2024 | 23:59');
    expect(VN_OFFSET).toBe('+07:00');
  });

  it('agrees with Intl\u2019s Asia/Ho_Chi_Minh on every field, every 7 hours 13 minutes from 1976 to 2040', () => {
    const step = (7 * 60 + 13) * 60 * 1000;
    for (let t = Date.UTC(1976, 0, 1); t < Date.UTC(2040, 0, 1); t += step * 97) {
      const date = new Date(t);
      const parts: Record<string, string> = {};
      for (const part of reference.formatToParts(date)) parts[part.type] = part.value;
      expect(vnParts(date), date.toISOString()).toEqual({
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour),
        minute: Number(parts.minute),
        second: Number(parts.second),
        weekday: WEEKDAYS.indexOf(parts.weekday!),
      });
    }
  });
});
