import { describe, expect, it } from 'vitest';
import { bodyOpensWithLede } from '../../src/lib/lede.ts';

describe('bodyOpensWithLede', () => {
  const lede = 'Ngày 09/2, tại Hà Nội, Bộ trưởng chủ trì hội nghị.';

  it('is true when the first paragraph is the lede, whatever the line breaks or normal form', () => {
    expect(bodyOpensWithLede(`\n${lede}\n\nĐoạn hai.`, lede)).toBe(true);
    expect(bodyOpensWithLede('Ngày 09/2, tại Hà Nội,\nBộ trưởng chủ trì hội nghị.\n\nĐoạn hai.', lede)).toBe(
      true,
    );
    expect(bodyOpensWithLede(`${lede.normalize('NFD')}\n\nĐoạn hai.`, lede)).toBe(true);
  });

  it('is false when the body starts otherwise, or only begins like the lede', () => {
    expect(bodyOpensWithLede('Đoạn mở đầu khác.\n\n' + lede, lede)).toBe(false);
    expect(bodyOpensWithLede(`${lede} Câu tiếp theo trong cùng đoạn.\n\nĐoạn hai.`, lede)).toBe(false);
    expect(bodyOpensWithLede('![](#anh-thieu)\n*Chú thích*', lede)).toBe(false);
    expect(bodyOpensWithLede(undefined, lede)).toBe(false);
  });
});
