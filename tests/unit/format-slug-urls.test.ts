import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format.ts';
import { viCollator } from '../../src/lib/vietnamese.ts';
import { slugify, uniqueSlug } from '../../src/lib/slug.ts';
import {
  absoluteUrl,
  articlePath,
  categoryListingPaths,
  categoryPath,
  pageSegment,
  socialImageName,
  socialImagePath,
  legacyRequestTarget,
  redirectPageFile,
  tagListingPaths,
  tagPath,
  tagViewsPath,
} from '../../src/lib/urls.ts';
import { chunk, listingPaths, pageCount, pageWindow } from '../../src/lib/paginate.ts';

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(12450)).toBe('12.450');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.234.567');
  });
});

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

describe('Vietnamese collation', () => {
  it('sorts Đ after D and tones in dictionary order', () => {
    const names = ['Đà Nẵng', 'Điện Biên', 'Cao Bằng', 'Dak Lak', 'An Giang'];
    expect([...names].sort(viCollator.compare)).toEqual([
      'An Giang',
      'Cao Bằng',
      'Dak Lak',
      'Đà Nẵng',
      'Điện Biên',
    ]);
  });
});

describe('pagination', () => {
  it('lists every page of every group for getStaticPaths (an empty group still has its page 1)', () => {
    const paths = listingPaths(
      [
        { items: [1, 2, 3], params: { tag: 'a' }, props: { name: 'A' } },
        { items: [], params: { tag: 'b' }, props: { name: 'B' } },
      ],
      2,
    );
    expect(paths).toEqual([
      {
        params: { tag: 'a', page: undefined },
        props: { name: 'A', articles: [1, 2], page: 1, totalPages: 2, total: 3 },
      },
      {
        params: { tag: 'a', page: 'trang-2' },
        props: { name: 'A', articles: [3], page: 2, totalPages: 2, total: 3 },
      },
      {
        params: { tag: 'b', page: undefined },
        props: { name: 'B', articles: [], page: 1, totalPages: 1, total: 0 },
      },
    ]);
  });
  it('chunks into pages, and an empty list is one empty page', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 20)).toEqual([[]]);
  });
  it('shows a window with gaps', () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});

describe('page segments and counts (one rule for routes, links and the sitemap)', () => {
  it('names page n of a listing "trang-n", page 1 being the listing itself', () => {
    expect([1, 2, 10].map(pageSegment)).toEqual([undefined, 'trang-2', 'trang-10']);
    expect(categoryPath('a', 2)).toBe(`/chuyen-muc/a/${pageSegment(2)}/`);
  });

  it('counts the pages a listing has: an empty one still has its first page', () => {
    expect([0, 1, 20, 21, 40].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2]);
    expect(pageCount(45)).toBe(chunk(Array.from({ length: 45 }), 20).length);
  });
});

describe('socialImagePath', () => {
  it('puts a versioned card under /anh-chia-se/', () => {
    expect(socialImagePath(socialImageName('bai-a', '0123456789'))).toBe('/anh-chia-se/bai-a.0123456789.jpg');
  });
});

describe('old portal addresses (legacyRequestTarget, redirectPageFile)', () => {
  it('request target of an absolute URL or a /path, percent-encoded as browsers send it', () => {
    expect(legacyRequestTarget('http://ubdt.gov.vn/wps/portal/tin?id=42#top')).toBe('/wps/portal/tin?id=42');
    expect(legacyRequestTarget('/tin-cũ/bài.html')).toBe('/tin-c%C5%A9/b%C3%A0i.html');
    expect(legacyRequestTarget('tin/bai.html')).toBeUndefined();
    expect(legacyRequestTarget('javascript:alert(1)')).toBeUndefined();
  });

  it('the static redirect page of an old path', () => {
    expect(redirectPageFile('/Pages/a.aspx')).toBe('Pages/a.aspx/index.html');
    expect(redirectPageFile('/tin/a.html')).toBe('tin/a.html');
    expect(redirectPageFile('/tin-c%C5%A9/')).toBe('tin-cũ/index.html');
    expect(redirectPageFile('/tin?id=4')).toBeUndefined();
    expect(redirectPageFile('/')).toBeUndefined();
    expect(redirectPageFile('/a/%2E%2E/b')).toBeUndefined();
  });
});
