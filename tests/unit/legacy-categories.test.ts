import { describe, expect, it } from 'vitest';
import { categoryForSection } from '../../tools/legacy/categories.ts';

describe('old-portal sections → categories', () => {
  it('maps known sections whatever the case, spacing, tone placement or Unicode form', () => {
    expect(categoryForSection('Hoạt động ban')).toBe('hoat-dong-ban');
    expect(categoryForSection('  HOẠT   ĐỘNG BAN ')).toBe('hoat-dong-ban');
    expect(categoryForSection('Hoạt động của Uỷ ban')).toBe('hoat-dong-ban');
    expect(categoryForSection('Hoạt động của Ủy ban'.normalize('NFD'))).toBe('hoat-dong-ban');
    expect(categoryForSection('Hoạt động của Lãnh đạo Uỷ ban')).toBe('hoat-dong-lanh-dao');
    expect(categoryForSection('Chương trình mục tiêu quốc gia')).toBe('chuong-trinh-mtqg');
  });

  it('knows nothing of other sections', () => {
    expect(categoryForSection('Văn hóa - Xã hội')).toBeUndefined();
    expect(categoryForSection('Hoạt động')).toBeUndefined();
  });
});
