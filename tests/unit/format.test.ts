import { describe, expect, it } from 'vitest';
import { formatCount, formatFileSize } from '../../src/lib/format.ts';
import { viCollator } from '../../src/lib/vietnamese.ts';

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(12450)).toBe('12.450');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.234.567');
  });
});

describe('formatFileSize', () => {
  it('writes sizes as Vietnamese readers read them, never "0 MB"', () => {
    expect(formatFileSize(878)).toBe('878 B');
    expect(formatFileSize(35_840)).toBe('35 KB');
    expect(formatFileSize(1_258_291)).toBe('1,2 MB');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatFileSize(1536 * 1024 * 1024)).toBe('1,5 GB');
  });
});

describe('Vietnamese collation', () => {
  it('sorts Đ after D and tones in dictionary order', () => {
    const names = ['Đà Nẵng', 'Điện Biên', 'Cao Bằng', 'Dak Lak', 'An Giang'];
    expect([...names].sort(viCollator.compare)).toEqual([
      'An Giang',
      'Cao Bằng',
      'Dak Lak',
      'Đà Nẵng',
      'Điện Biên',
    ]);
  });
});
