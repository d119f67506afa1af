import { describe, expect, it } from 'vitest';
import {
  matchSource,
  matchSourceUrl,
  nameKey,
  parseSourceRegistry,
} from '../../src/lib/content/source-registry.ts';
import { SOURCES } from '../support/legacy.ts';

describe('source registry', () => {
  it('matches sources on name or shortName, NFC and case-insensitive', () => {
    expect(matchSource('Báo Dân tộc', SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('BÁO DÂN TỘC VÀ PHÁT TRIỂN'.normalize('NFD'), SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('Báo Dân trí', SOURCES)).toBeUndefined();
  });

  it('compares names whatever their Unicode form, case, spacing, final period or tone placement', () => {
    expect(nameKey('  Báo   Dân tộc. ')).toBe('báo dân tộc');
    expect(nameKey('Văn phòng Uỷ ban'.normalize('NFD'))).toBe(nameKey('VĂN PHÒNG ỦY BAN'));
  });

  it('matches an article URL to the registered source whose site serves it', () => {
    expect(matchSourceUrl('https://www.baodantoc.vn/bai-1.htm', SOURCES)).toBe('bao-dan-toc');
    expect(matchSourceUrl('https://dantri.com.vn/bai-1.htm', SOURCES)).toBeUndefined();
    expect(matchSourceUrl('không phải URL', SOURCES)).toBeUndefined();
  });

  it('reads the registry, skipping entries without id or name', () => {
    expect(parseSourceRegistry('- id: a\n  name: A\n  url: https://a.vn\n- name: B\n')).toEqual([
      { id: 'a', name: 'A', url: 'https://a.vn' },
    ]);
    expect(parseSourceRegistry('')).toEqual([]);
    expect(() => parseSourceRegistry('a: 1')).toThrow('sources.yaml');
  });
});
