import { describe, expect, it } from 'vitest';
import { isPublished, isScheduled } from '../../src/lib/visibility.ts';

describe('isPublished (the one visibility rule: pages, listings, feeds, sitemaps, search)', () => {
  const now = new Date('2026-06-01T00:00:00+07:00');
  const past = new Date('2026-05-31T23:59:00+07:00');
  const future = new Date('2026-06-01T00:01:00+07:00');

  it('publishes a non-draft dated at or before the build time', () => {
    expect(isPublished({ draft: false, published: past }, now)).toBe(true);
    expect(isPublished({ draft: false, published: now }, now)).toBe(true);
  });

  it('never publishes a draft or a scheduled article in a build', () => {
    expect(isPublished({ draft: true, published: past }, now)).toBe(false);
    expect(isPublished({ draft: false, published: future }, now)).toBe(false);
    expect(isScheduled(future, now)).toBe(true);
    expect(isScheduled(now, now)).toBe(false);
  });

  it('shows both in the dev preview', () => {
    expect(isPublished({ draft: true, published: future }, now, true)).toBe(true);
  });
});
