import { describe, expect, it } from 'vitest';
import { heapLimitFlags } from '../../scripts/lib/heap.ts';

const GB = 2 ** 30;

describe('heapLimitFlags', () => {
  it('gives Astro half the machine, between 4 and 16 GB', () => {
    expect(heapLimitFlags(24 * GB)).toEqual(['--max-old-space-size=12288']);
    expect(heapLimitFlags(4 * GB)).toEqual(['--max-old-space-size=4096']);
    expect(heapLimitFlags(128 * GB)).toEqual(['--max-old-space-size=16384']);
  });

  it("keeps the operator's own limit", () => {
    expect(heapLimitFlags(24 * GB, '--max-old-space-size=6000')).toEqual([]);
    expect(heapLimitFlags(24 * GB, '--enable-source-maps --max-old-space-size 6000')).toEqual([]);
    expect(heapLimitFlags(24 * GB, '--enable-source-maps')).toEqual(['--max-old-space-size=12288']);
  });
});
