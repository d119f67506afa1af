import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lib/dates.ts';
import { searchFields } from '../../src/lib/search/fields.ts';
import { pagefindFilters, readSearchParams } from '../../src/lib/search/params.ts';
import { searchPath } from '../../src/lib/urls.ts';

describe('searchFields', () => {
  const base = { views: 12450, categoryId: 'hoat-dong-ban', categoryName: 'Hoạt động ban' };

  it('gives metadata and filters in Vietnam time, and no Pagefind sort keys', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Vietnam: the year filter says 2023.
    const fields = searchFields({
      ...base,
      published: parseContentDate('2022-12-31T23:30:00Z'),
      sourceName: 'Báo Dân tộc',
    });
    expect(fields.meta).toMatchObject({
      date: '01/01/2023 | 06:30',
      datetime: '2023-01-01T06:30:00+07:00',
      category: 'Hoạt động ban',
      views: '12450',
    });
    expect(fields.filters).toEqual({ category: 'hoat-dong-ban', year: '2023', source: 'Báo Dân tộc' });
    expect(Object.keys(fields)).toEqual(['meta', 'filters']);
    expect(fields.meta.image).toBeUndefined();
  });

  it('shows a year-only date as the year and leaves out a missing source', () => {
    const fields = searchFields({
      ...base,
      published: parseContentDate('2021'),
      image: '/_astro/a.webp',
      imageAlt: 'Ảnh',
    });
    expect(fields.meta.date).toBe('Năm 2021');
    expect(fields.filters).toEqual({ category: 'hoat-dong-ban', year: '2021' });
    expect(fields.meta.image).toBe('/_astro/a.webp');
    expect(fields.meta.image_alt).toBe('Ảnh');
  });
});

describe('search URL parameters', () => {
  it('reads query, filters and sort; NFC; unknown sort means relevance', () => {
    const request = readSearchParams(
      new URLSearchParams({
        q: 'hội nghị'.normalize('NFD'),
        'chuyen-muc': 'tin-tong-hop',
        nam: '2024',
        nguon: ' ',
        'sap-xep': 'xem-nhieu',
      }),
    );
    expect(request).toEqual({
      query: 'hội nghị',
      filters: { category: 'tin-tong-hop', year: '2024', source: undefined },
      sort: 'views',
    });
    expect(pagefindFilters(request)).toEqual({ category: 'tin-tong-hop', year: '2024' });
    expect(readSearchParams(new URLSearchParams('sap-xep=moi-nhat')).sort).toBe('newest');
    expect(readSearchParams(new URLSearchParams('sap-xep=khac')).sort).toBe('relevance');
  });

  it('builds search page URLs', () => {
    expect(searchPath()).toBe('/tim-kiem/');
    expect(searchPath({ q: 'hội nghị', nam: undefined })).toBe('/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B');
  });
});
