import { describe, expect, it } from 'vitest';
import { buildExcerpt, runs, wordCount } from '../../src/lib/search/excerpt.ts';

const text = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

const CONTENT =
  'Đời sống mới ở bản. Mới đây bà con đời sống khá hơn, nhiều nhà mới. Tại hội nghị, lãnh đạo nhấn mạnh cần đổi mới, phương thức hỗ trợ đồng bào.';
const words = CONTENT.split(' ');
const at = (word: string, from = 0) => words.findIndex((w, i) => i >= from && w.startsWith(word));

describe('buildExcerpt', () => {
  const doi = at('đổi');
  const positions = [0, 2, 5, at('đời', 5), doi, doi + 1, at('nhà') + 1];

  it('cuts the excerpt where the phrase stands and highlights the whole phrase as one mark', () => {
    const parts = buildExcerpt(CONTENT, positions, { phraseLength: 2, length: 10, titleWords: 5 });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['đổi mới']);
    expect(text(parts)).toBe('… nghị, lãnh đạo nhấn mạnh cần [đổi mới], phương thức …');
  });

  it('highlights each matched word when the page has the syllables only apart, and skips the title', () => {
    const parts = buildExcerpt(CONTENT, [0, 2, 5, at('đời', 5)], {
      phraseLength: 2,
      length: 8,
      titleWords: 5,
    });
    expect(text(parts)).toBe('… [Mới] đây bà con [đời] sống khá hơn, …');
  });

  it('uses the title when the phrase is only there', () => {
    const parts = buildExcerpt('Đổi mới ở bản. Bà con vui.', [0, 1], {
      phraseLength: 2,
      length: 30,
      titleWords: 4,
    });
    expect(text(parts)).toBe('[Đổi mới] ở bản. Bà con vui.');
  });

  it('one-word queries highlight every match in the window; short texts come whole', () => {
    expect(text(buildExcerpt('Huế mộng mơ, Huế thương', [0, 3], { phraseLength: 1 }))).toBe(
      '[Huế] mộng mơ, [Huế] thương',
    );
    expect(buildExcerpt('', [1], { phraseLength: 1 })).toEqual([]);
  });

  it('keeps punctuation out of the mark and a phrase split by punctuation in two marks', () => {
    expect(text(buildExcerpt('về hội nghị. Hội nghị mở', [1, 2, 3, 4], { phraseLength: 2 }))).toBe(
      'về [hội nghị]. [Hội nghị] mở',
    );
  });
});

describe('runs and wordCount', () => {
  it('groups adjacent positions', () => {
    expect(runs([9, 3, 4, 4, 5, 11])).toEqual([
      { start: 3, length: 3 },
      { start: 9, length: 1 },
      { start: 11, length: 1 },
    ]);
  });
  it('counts words as the excerpt splits them', () => {
    expect(wordCount('  Đổi mới  phương thức ')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});
