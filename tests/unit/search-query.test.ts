import { describe, expect, it } from 'vitest';
import { ddForms, normalizeQuery, parseQuery } from '../../src/lib/search/normalize.ts';
import { MAX_VARIANTS, phraseQuery, plainQuery, planQuery, variants } from '../../src/lib/search/plan.ts';

describe('normalizeQuery', () => {
  it('turns decomposed (NFD) text into its NFC twin', () => {
    const nfd = 'Hội nghị dân tộc'.normalize('NFD');
    expect(nfd).not.toBe('Hội nghị dân tộc');
    expect(normalizeQuery(nfd)).toBe('Hội nghị dân tộc');
  });

  it('collapses whitespace and straightens curly quotes', () => {
    expect(normalizeQuery('  “hội   nghị”\n')).toBe('"hội nghị"');
  });

  it('writes the old tone placement the new way, so "Uỷ ban" and "Ủy ban" are one query', () => {
    expect(normalizeQuery('Uỷ ban')).toBe('Ủy ban');
    expect(normalizeQuery('uỷ ban')).toBe('ủy ban');
    expect(normalizeQuery('Ủy ban')).toBe('Ủy ban');
  });
});

describe('parseQuery', () => {
  it('splits syllables and drops punctuation', () => {
    expect(parseQuery('hội nghị, dân tộc!')).toEqual({
      syllables: ['hội', 'nghị', 'dân', 'tộc'],
      quoted: false,
    });
  });
  it('keeps numbers and decree numbers together', () => {
    expect(parseQuery('nghị định 42/2022').syllables).toEqual(['nghị', 'định', '42', '2022']);
    expect(parseQuery('COVID-19').syllables).toEqual(['COVID-19']);
  });
  it('recognises a quoted phrase', () => {
    expect(parseQuery('"hội nghị"')).toEqual({ syllables: ['hội', 'nghị'], quoted: true });
    expect(parseQuery('"').quoted).toBe(false);
  });
});

describe('ddForms and variants', () => {
  it('tries đ for a syllable typed with d, keeping case; đ stays đ', () => {
    expect(ddForms('doi')).toEqual(['doi', 'đoi']);
    expect(ddForms('Doi')).toEqual(['Doi', 'Đoi']);
    expect(ddForms('đổi')).toEqual(['đổi']);
    expect(ddForms('moi')).toEqual(['moi']);
  });

  it('takes d as d in a syllable typed with marks (a Vietnamese keyboard has đ)', () => {
    expect(ddForms('dân')).toEqual(['dân']);
    expect(ddForms('dời')).toEqual(['dời']);
    expect(planQuery('dân toc doi').forms).toEqual([['dân'], ['toc'], ['doi', 'đoi']]);
  });

  it('combines the spellings that exist, the reader’s own first', () => {
    const plan = planQuery('doan cong tac');
    expect(plan.forms).toEqual([['doan', 'đoan'], ['cong'], ['tac']]);
    expect(variants(plan.forms)).toEqual([
      ['doan', 'cong', 'tac'],
      ['đoan', 'cong', 'tac'],
    ]);
    // "doan" has no match in the index: only the đ spelling is searched.
    expect(variants([['đoan'], ['cong'], ['tac']])).toEqual([['đoan', 'cong', 'tac']]);
  });

  it('means no results when a syllable has no spelling in the index', () => {
    expect(variants([['hội'], []])).toEqual([]);
    expect(variants([])).toEqual([]);
  });

  it('caps the number of combinations', () => {
    const forms = planQuery('dan doi dong dat do').forms;
    const all = variants(forms);
    expect(all).toHaveLength(MAX_VARIANTS);
    expect(all[0]).toEqual(['dan', 'doi', 'dong', 'dat', 'do']);
    expect(new Set(all.map((v) => v.join(' '))).size).toBe(MAX_VARIANTS);
  });

  it('builds plain and phrase queries', () => {
    expect(plainQuery(['đoi', 'moi'])).toBe('đoi moi');
    expect(phraseQuery(['đoi', 'moi'])).toBe('"đoi moi"');
  });
});
