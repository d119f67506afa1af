import { describe, expect, it } from 'vitest';
import { classifyCaption, quote, wordCount } from '../../tools/legacy/captions.ts';

const amongLongParagraphs = { longest: 60, isLastOfArticle: false };

describe('photo captions', () => {
  it('a short line starting with a role or scene, among long paragraphs, is a caption (explained)', () => {
    const verdict = classifyCaption(
      'Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị',
      amongLongParagraphs,
    );
    expect(verdict.caption).toBe(true);
    expect(verdict.note).toContain('starting with “Bộ trưởng”');
  });

  it('a short line ending like a sentence half, or in a page without long paragraphs, is text', () => {
    expect(classifyCaption('Cụ thể như sau:', amongLongParagraphs).caption).toBe(false);
    expect(classifyCaption('Toàn cảnh hội nghị', { longest: 20, isLastOfArticle: false }).caption).toBe(
      false,
    );
  });

  it('a line with a URL is never a caption', () => {
    expect(classifyCaption('https://ubdt.gov.vn/tin-tuc/a-1.htm', amongLongParagraphs)).toEqual({
      caption: false,
    });
    expect(classifyCaption('Ảnh: https://ubdt.gov.vn/anh.jpg', amongLongParagraphs).caption).toBe(false);
  });

  it('helpers: words of a normalised line, quotes cut to length', () => {
    expect(wordCount('Toàn cảnh  hội nghị')).toBe(4);
    expect(quote('abcdef', 4)).toBe('“abc…”');
  });
});
