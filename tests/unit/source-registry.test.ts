import { describe, expect, it } from 'vitest';
import { matchSource } from '../../src/lib/content/source-registry.ts';
import { SOURCES } from '../support/legacy.ts';

describe('source registry', () => {
  it('matches sources on name or shortName, NFC and case-insensitive', () => {
    expect(matchSource('Báo Dân tộc', SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('BÁO DÂN TỘC VÀ PHÁT TRIỂN'.normalize('NFD'), SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('Báo Dân trí', SOURCES)).toBeUndefined();
  });
});
