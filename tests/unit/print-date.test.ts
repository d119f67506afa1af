import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/lib/vietnam-clock.ts';
import { printDate } from '../../src/lib/print-date.ts';

describe('print date', () => {
  it('is formatDateTime’s format, in Vietnam time, whatever the machine’s zone', () => {
    expect(printDate(new Date('2022-02-09T07:54:00Z'))).toBe('09/02/2022 | 14:54');
    // Midnight and the day change across the UTC boundary.
    expect(printDate(new Date('2023-12-31T17:00:00Z'))).toBe('01/01/2024 | 00:00');
    for (const iso of ['2020-02-29T16:59:59Z', '2024-07-01T23:05:00Z', '2026-12-01T22:41:17Z']) {
      expect(printDate(new Date(iso)), iso).toBe(formatDateTime(new Date(iso)));
    }
  });
});
