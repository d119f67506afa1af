import { describe, expect, it } from 'vitest';
import {
  identityKey,
  isClearlyAnotherArticle,
  normaliseLegacyUrl,
  similarity,
} from '../../tools/legacy/identity.ts';

describe('old-portal identity', () => {
  it('one spelling per URL: scheme, www, host case, port, trailing slash, fragment, query order', () => {
    const one = normaliseLegacyUrl('https://ubdt.gov.vn/tin-tuc/a.htm?id=12&lang=vi');
    expect(normaliseLegacyUrl('http://WWW.ubdt.gov.vn:80/tin-tuc/a.htm/?lang=vi&id=12#top')).toBe(one);
    expect(one).toBe('ubdt.gov.vn/tin-tuc/a.htm?id=12&lang=vi');
    expect(normaliseLegacyUrl('https://ubdt.gov.vn/tin-tuc/a.htm?id=13')).not.toBe(
      normaliseLegacyUrl('https://ubdt.gov.vn/tin-tuc/a.htm?id=12'),
    );
    expect(normaliseLegacyUrl('https://ubdt.gov.vn/Tin-Tuc/a.htm')).not.toBe(
      normaliseLegacyUrl('https://ubdt.gov.vn/tin-tuc/a.htm'),
    );
  });

  it('is the URL when known, else the page id, never the file name', () => {
    expect(identityKey({ url: 'https://ubdt.gov.vn/a.htm', id: '48cf783d' })).toBe('url:ubdt.gov.vn/a.htm');
    expect(identityKey({ id: '48cf783d', views: 3 })).toBe('id:48cf783d');
    expect(identityKey({ views: 3 })).toBeUndefined();
  });
});

describe('same article or another one', () => {
  const body =
    'Ngày 09/2, tại Hà Nội, Ủy ban Dân tộc tổ chức hội nghị triển khai Chương trình MTQG năm 2022 với sự tham dự của lãnh đạo các vụ, đơn vị.\n\nBộ trưởng, Chủ nhiệm nhấn mạnh việc triển khai Chương trình là nhiệm vụ trọng tâm của năm.';
  const article = { title: 'Hội nghị triển khai Chương trình MTQG năm 2022', body };

  it('an edited title or an extra paragraph is still the same article', () => {
    const edited = {
      title: 'Triển khai Chương trình MTQG năm 2022',
      body: `${body}\n\nĐoạn thêm của lần cào sau.`,
    };
    expect(isClearlyAnotherArticle(similarity(article, edited))).toBe(false);
    const retitled = { title: 'Một tiêu đề hoàn toàn khác', body };
    expect(isClearlyAnotherArticle(similarity(article, retitled))).toBe(false);
  });

  it('another title and another text is another article', () => {
    const other = {
      title: 'Tuyên dương học sinh dân tộc thiểu số tiêu biểu',
      body: 'Sáng 05/9, Ủy ban Dân tộc tổ chức Lễ tuyên dương học sinh, sinh viên và thanh niên dân tộc thiểu số xuất sắc.',
    };
    const found = similarity(article, other);
    expect(found.title).toBeLessThan(0.5);
    expect(found.body).toBeLessThan(0.3);
    expect(isClearlyAnotherArticle(found)).toBe(true);
  });

  it('compares NFC text and case alike, and titles whatever their tone placement', () => {
    const same = {
      title: article.title.replace('trình', 'trình').normalize('NFD').toUpperCase(),
      body: body.normalize('NFD'),
    };
    expect(similarity(article, same)).toEqual({ title: 1, body: 1 });
    expect(
      similarity({ title: 'Hoạt động của Ủy ban', body }, { title: 'Hoạt động của Uỷ ban', body }).title,
    ).toBe(1);
  });
});
