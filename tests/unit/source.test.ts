import { describe, expect, it } from 'vitest';
import { parseSourceEntries, RegistryError } from '../../src/lib/content/registries.ts';
import { matchSource, matchSourceUrl, resolveAttribution } from '../../src/lib/source.ts';
import { comparisonKey } from '../../src/lib/vietnamese.ts';
import { SOURCES } from '../support/legacy.ts';

describe('source attribution', () => {
  it('matches sources on name or shortName, NFC and case-insensitive', () => {
    expect(matchSource('Báo Dân tộc', SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('BÁO DÂN TỘC VÀ PHÁT TRIỂN'.normalize('NFD'), SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('Báo Dân trí', SOURCES)).toBeUndefined();
  });

  it('compares names whatever their Unicode form, case, spacing, final period or tone placement', () => {
    expect(comparisonKey('  Báo   Dân tộc. ')).toBe('báo dân tộc');
    expect(comparisonKey('Văn phòng Uỷ ban'.normalize('NFD'))).toBe(comparisonKey('VĂN PHÒNG ỦY BAN'));
  });

  it('matches an article URL to the registered source whose site serves it', () => {
    expect(matchSourceUrl('https://www.baodantoc.vn/bai-1.htm', SOURCES)).toBe('bao-dan-toc');
    expect(matchSourceUrl('https://dantri.com.vn/bai-1.htm', SOURCES)).toBeUndefined();
    expect(matchSourceUrl('không phải URL', SOURCES)).toBeUndefined();
  });

  it('reads the registry strictly: an entry without id or name is an error naming its line', () => {
    expect(parseSourceEntries('- id: a\n  name: A\n  url: https://a.vn\n', 'sources.yaml')).toEqual([
      { id: 'a', name: 'A', url: 'https://a.vn' },
    ]);
    expect(parseSourceEntries('', 'sources.yaml')).toEqual([]);
    expect(() => parseSourceEntries('- id: a\n  name: A\n- name: B\n', 'sources.yaml')).toThrow(
      RegistryError,
    );
    expect(() => parseSourceEntries('a: 1', 'sources.yaml')).toThrow('sources.yaml');
    expect(() =>
      parseSourceEntries('- id: a\n  name: A\n  url: "javascript:alert(1)"\n', 'sources.yaml'),
    ).toThrow(/sources\.yaml:1 — url: trang chủ của nguồn phải là URL đầy đủ/);
  });

  it('resolves an article source to its label, name and link', () => {
    const registered = new Map(SOURCES.map((s) => [s.id, s]));
    expect(resolveAttribution({ id: 'bao-dan-toc', kind: 'trich-nguon' }, registered)).toMatchObject({
      label: 'Trích nguồn',
      name: 'Báo Dân tộc',
    });
    expect(resolveAttribution({ name: 'Báo X', url: 'https://x.vn/a', kind: 'theo' }, registered)).toEqual({
      label: 'Theo',
      name: 'Báo X',
      href: 'https://x.vn/a',
    });
  });
});
