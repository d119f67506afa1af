import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  ACCESSIBILITY_PATH,
  archiveMonthPath,
  archiveYearPath,
  ARTICLE_PAGE_FILES,
  articleFilePath,
  articlePath,
  authorPath,
  categoryListingPaths,
  categoryPath,
  contentPagePath,
  languageOfPath,
  legacyRequestTarget,
  pageSegment,
  redirectPageFile,
  socialImageName,
  socialImagePath,
  tagListingPaths,
  tagPath,
  tagViewsPath,
  urlOfBuiltFile,
} from '../../src/lib/urls.ts';

describe('URLs', () => {
  it('depend only on the slug for articles', () => {
    expect(articlePath('hoi-nghi')).toBe('/tin-tuc/hoi-nghi/');
  });
  it('find the built article pages, and only them, with ARTICLE_PAGE_FILES', () => {
    const built = 'tin-tuc/hoi-nghi/index.html';
    expect(path.posix.matchesGlob(built, ARTICLE_PAGE_FILES)).toBe(true);
    expect(urlOfBuiltFile(built)).toBe(articlePath('hoi-nghi'));
    for (const other of ['index.html', 'chuyen-muc/hoat-dong-ban/index.html', 'tin-tuc/hoi-nghi/qd.html'])
      expect(path.posix.matchesGlob(other, ARTICLE_PAGE_FILES), other).toBe(false);
  });
  it('put an article\'s files at its own address, where "./file" in its body resolves', () => {
    expect(articleFilePath('hoi-nghi', 'qd-98.pdf')).toBe('/tin-tuc/hoi-nghi/qd-98.pdf');
    expect(new URL('./qd-98.pdf', `https://x.invalid${articlePath('hoi-nghi')}`).pathname).toBe(
      articleFilePath('hoi-nghi', 'qd-98.pdf'),
    );
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
  it('paginate the date archives, months with two digits', () => {
    expect(archiveYearPath(2024)).toBe('/luu-tru/2024/');
    expect(archiveYearPath(2024, 2)).toBe('/luu-tru/2024/trang-2/');
    expect(archiveMonthPath(2024, 2)).toBe('/luu-tru/2024/02/');
    expect(archiveMonthPath(2024, 12, 3)).toBe('/luu-tru/2024/12/trang-3/');
  });
  it('paginate registered authors by their id', () => {
    expect(authorPath('minh-thu')).toBe('/tac-gia/minh-thu/');
    expect(authorPath('minh-thu', 2)).toBe('/tac-gia/minh-thu/trang-2/');
  });
  it('place Markdown pages by their file, English ones under /en/', () => {
    expect(contentPagePath('tuyen-bo-tiep-can')).toBe('/tuyen-bo-tiep-can/');
    expect(ACCESSIBILITY_PATH).toBe('/tuyen-bo-tiep-can/');
    expect(contentPagePath('en/index')).toBe('/en/');
    expect(contentPagePath('en')).toBe('/en/');
    expect(contentPagePath('en/about')).toBe('/en/about/');
    expect(languageOfPath('/en/')).toBe('en');
    expect(languageOfPath('/en/contact/')).toBe('en');
    expect(languageOfPath('/en')).toBe('en');
    expect(languageOfPath('/english-news/')).toBe('vi');
    expect(languageOfPath('/tin-tuc/en/')).toBe('vi');
  });
  it('makes absolute URLs on the site origin', () => {
    expect(absoluteUrl('/tin-tuc/a/', 'https://tin.cema.gov.vn')).toBe('https://tin.cema.gov.vn/tin-tuc/a/');
  });
});

describe('pageSegment (one rule for routes, links and the sitemap)', () => {
  it('names page n of a listing "trang-n", page 1 being the listing itself', () => {
    expect([1, 2, 10].map(pageSegment)).toEqual([undefined, 'trang-2', 'trang-10']);
    expect(categoryPath('a', 2)).toBe(`/chuyen-muc/a/${pageSegment(2)}/`);
  });
});

describe('urlOfBuiltFile (the URLs Pagefind and the link checker record)', () => {
  it('maps built files to the site’s trailing-slash URLs', () => {
    expect(urlOfBuiltFile('tin-tuc/bai/index.html')).toBe('/tin-tuc/bai/');
    expect(urlOfBuiltFile('index.html')).toBe('/');
    // The not-found page is served from its file; the link checker and Pagefind agree on it.
    expect(urlOfBuiltFile('404.html')).toBe('/404.html');
    expect(urlOfBuiltFile('chuyen-muc/x/rss.xml')).toBe('/chuyen-muc/x/rss.xml');
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
