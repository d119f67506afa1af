import { describe, expect, it } from 'vitest';
import { rfc822Vietnam } from '../../../src/lib/feed/dates.ts';
import { newestDate } from '../../../src/lib/feed/channel.ts';

describe('feed dates', () => {
  it('writes RFC 822 in Vietnam time', () => {
    expect(rfc822Vietnam(new Date('2022-02-09T07:54:00Z'))).toBe('Wed, 09 Feb 2022 14:54:00 +0700');
    // A year-precision date (1 January 00:00 in Vietnam) is still a valid RFC 822 date.
    expect(rfc822Vietnam(new Date('2021-01-01T00:00:00+07:00'))).toBe('Fri, 01 Jan 2021 00:00:00 +0700');
  });
  it('lastBuildDate is the newest date whatever the order', () => {
    const dates = [new Date('2021-01-01'), new Date('2023-05-01'), new Date('2022-01-01')];
    expect(newestDate(dates)?.toISOString()).toBe('2023-05-01T00:00:00.000Z');
    expect(newestDate([])).toBeUndefined();
  });
});
