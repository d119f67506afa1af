import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format.ts';
import { viCollator } from '../../src/lib/vietnamese.ts';

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(12450)).toBe('12.450');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.234.567');
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
