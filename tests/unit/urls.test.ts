import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  categoryListingPaths,
  categoryPath,
  tagListingPaths,
  tagPath,
  tagViewsPath,
} from '../../src/lib/urls.ts';

describe('URLs', () => {
  it('depend only on the slug for articles', () => {
    expect(articlePath('hoi-nghi')).toBe('/tin-tuc/hoi-nghi/');
  });
  it('paginate categories and tags', () => {
    expect(categoryPath('hoat-dong-ban')).toBe('/chuyen-muc/hoat-dong-ban/');
    expect(categoryPath('hoat-dong-ban', 1)).toBe('/chuyen-muc/hoat-dong-ban/');
    expect(categoryPath('hoat-dong-ban', 3)).toBe('/chuyen-muc/hoat-dong-ban/trang-3/');
    expect(tagPath('Chương trình MTQG')).toBe('/tu-khoa/chuong-trinh-mtqg/');
    expect(tagPath('Đổi mới', 2)).toBe('/tu-khoa/doi-moi/trang-2/');
  });
  it('give tags a views-ordered twin, and each listing its two orders', () => {
    expect(tagViewsPath('Đổi mới')).toBe('/tu-khoa/doi-moi/xem-nhieu/');
    expect(tagViewsPath('Đổi mới', 3)).toBe('/tu-khoa/doi-moi/xem-nhieu/trang-3/');
    const tag = tagListingPaths('Đổi mới');
    expect([tag.newest(1), tag.views(2)]).toEqual([
      '/tu-khoa/doi-moi/',
      '/tu-khoa/doi-moi/xem-nhieu/trang-2/',
    ]);
    const category = categoryListingPaths('hoat-dong-ban');
    expect([category.newest(2), category.views(1)]).toEqual([
      '/chuyen-muc/hoat-dong-ban/trang-2/',
      '/chuyen-muc/hoat-dong-ban/xem-nhieu/',
    ]);
  });
  it('makes absolute URLs on the site origin', () => {
    expect(absoluteUrl('/tin-tuc/a/', 'https://tin.cema.gov.vn')).toBe('https://tin.cema.gov.vn/tin-tuc/a/');
  });
});
