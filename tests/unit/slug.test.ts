import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('removes diacritics and maps đ/Đ to d', () => {
    expect(slugify('Đổi mới phương pháp')).toBe('doi-moi-phuong-phap');
    expect(slugify('Hội nghị triển khai Chương trình MTQG')).toBe('hoi-nghi-trien-khai-chuong-trinh-mtqg');
    expect(slugify('Ủy ban Dân tộc')).toBe('uy-ban-dan-toc');
  });

  it('treats NFD and NFC input alike', () => {
    const nfc = 'Đồng bào dân tộc thiểu số';
    expect(slugify(nfc.normalize('NFD'))).toBe(slugify(nfc));
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hội nghị '.repeat(30), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/(hoi|nghi)$/);
  });

  it('keeps punctuation out', () => {
    expect(slugify('KT-XH vùng DTTS&MN: năm 2022 (“mới”)')).toBe('kt-xh-vung-dtts-va-mn-nam-2022-moi');
  });

  it('resolves collisions with a counter', () => {
    expect(uniqueSlug('hoi-nghi', new Set(['hoi-nghi', 'hoi-nghi-2']))).toBe('hoi-nghi-3');
    expect(uniqueSlug('hoi-nghi', new Set())).toBe('hoi-nghi');
  });
});
