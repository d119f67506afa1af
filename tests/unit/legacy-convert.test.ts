import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertLegacyText,
  inferYear,
  legacyIdFromFileName,
  splitRunOnTitle,
} from '../../tools/legacy/convert.ts';
import { decodeLegacyBytes } from '../../tools/legacy/encoding.ts';
import { renderArticle } from '../../tools/legacy/render.ts';
import {
  convertFile,
  EXPECTED,
  frontmatter,
  options,
  SEED_000,
  SEED_003,
  SEEDS,
  SHAPES,
  VARIANTS,
} from '../support/legacy.ts';

describe('legacy importer: the two seed pages', () => {
  it.each([SEED_000, SEED_003])('%s → expected index.md, byte for byte', (name) => {
    const md = renderArticle(convertFile(SEEDS, name).article);
    expect(md).toBe(readFileSync(path.join(EXPECTED, name.replace('.txt', '.md')), 'utf8'));
  });

  it('seed 000: section, date, views, source, lede from the first paragraph, two captions in place', () => {
    const result = convertFile(SEEDS, SEED_000);
    const md = renderArticle(result.article);
    const data = frontmatter(md);
    expect(data.category).toBe('hoat-dong-ban');
    expect(data.publishedAt).toBe('2022-02-09T14:54:00+07:00');
    expect(md).toContain('\npublishedAt: 2022-02-09T14:54:00+07:00\n');
    expect(data.legacy).toEqual({ views: 12450, id: '48cf783dc6e4e2ed' });
    expect(data.source).toEqual({ id: 'bao-dan-toc', kind: 'trich-nguon' });
    expect(data.draft).toBe(false);
    expect(data.title).toBe(
      'Hội nghị triển khai Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN năm 2022 của Ủy ban Dân tộc',
    );
    expect(String(data.lede).startsWith('Ngày 09/2, tại Hà Nội,')).toBe(true);
    // Every paragraph kept: the lede paragraph is also the first body block.
    expect(result.article.body[0]).toEqual({ type: 'paragraph', text: data.lede });
    const captions = result.article.body.filter((b) => b.type === 'caption').map((b) => b.text);
    expect(captions).toEqual([
      'Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị',
      'Ông Hà Việt Quân, Chánh Văn phòng Chương trình MTQG báo cáo tại Hội nghị',
    ]);
    expect(result.article.body.map((b) => b.type)).toEqual([
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(md).toContain('\n\n![](#anh-thieu)\n*Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị*\n\n');
    expect(md).not.toContain('Trích nguồn');
    expect(md).not.toContain('\u00a0');
    expect(result.slug).toBe(
      'hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn',
    );
    expect(result.decisions.map((d) => d.kind)).toEqual(['lede', 'caption', 'caption']);
  });

  it('seed 003: run-on title split, truncated lede, inferred year, draft, caption with its period, no source', () => {
    const result = convertFile(SEEDS, SEED_003);
    const md = renderArticle(result.article);
    const data = frontmatter(md);
    expect(data.title).toBe(
      'Cần đổi mới phương pháp, nâng cao tinh thần, quyết tâm cao nhất hoàn thành kế hoạch công tác năm 2021',
    );
    expect(String(data.lede).startsWith('Đó là chỉ đạo của Bộ trưởng')).toBe(true);
    expect(String(data.lede).endsWith('năm 2021 của các vụ…')).toBe(true);
    expect(md).not.toContain('[…]');
    expect(md).toContain('\npublishedAt: "2021"\n');
    expect(data.draft).toBe(true);
    expect(data.source).toBeUndefined();
    expect(data.legacy).toEqual({ id: '531e5b16549e7494' });
    expect(md).not.toContain('Tin khác đã đăng');
    expect(result.article.body[0]).toEqual({
      type: 'caption',
      text: 'Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì buổi làm việc.',
    });
    expect(result.article.body.filter((b) => b.type === 'caption')).toHaveLength(1);
    expect(result.year).toBe('2021');
    const messages = result.decisions.map((d) => d.message).join('\n');
    expect(messages).toContain(
      'no date line; year inferred from text: 2021 — check and set the real date, then remove draft',
    );
    expect(messages).toContain('lede truncated by the old portal');
    expect(result.decisions.map((d) => d.kind)).toEqual([
      'section',
      'title',
      'lede',
      'date',
      'caption',
      'source',
      'dropped',
    ]);
  });
});

describe('legacy importer: crafted variants', () => {
  it.each(readdirSync(VARIANTS).sort())('%s → expected index.md, byte for byte', (name) => {
    const md = renderArticle(convertFile(VARIANTS, name).article);
    expect(md).toBe(readFileSync(path.join(EXPECTED, name.replace('.txt', '.md')), 'utf8'));
  });

  it('unknown section → default category and a report line; two captions in a row; "Theo" unknown source', () => {
    const result = convertFile(VARIANTS, '101_a1b2c3d4e5f60001.txt');
    expect(result.article.category).toBe('hoat-dong-ban');
    expect(result.decisions.find((d) => d.kind === 'section')?.message).toContain(
      'unknown section “Văn hóa - Xã hội”',
    );
    expect(result.article.body.slice(1, 3)).toEqual([
      { type: 'caption', text: 'Toàn cảnh Lễ tuyên dương' },
      { type: 'caption', text: 'Các đại biểu chụp ảnh lưu niệm cùng học sinh tiêu biểu.' },
    ]);
    expect(result.article.source).toEqual({ name: 'Báo Tuổi trẻ', kind: 'theo' });
    expect(
      result.decisions.some(
        (d) => d.kind === 'source' && d.message.includes('unknown source “Báo Tuổi trẻ”'),
      ),
    ).toBe(true);
    // A short line with a final period and no role prefix stays a paragraph but is reported.
    expect(result.article.body).toContainEqual({
      type: 'paragraph',
      text: 'Các em sẽ tiếp tục cố gắng học tập.',
    });
    expect(
      result.decisions.some((d) => d.kind === 'paragraph' && d.message.includes('Các em sẽ tiếp tục')),
    ).toBe(true);
    const md = renderArticle(result.article);
    expect(md).toContain('*Em Lò Thị Mai nhận Bằng khen (Ảnh: Minh Thu)*');
  });

  it('no date line and no source → draft with the inferred year', () => {
    const result = convertFile(VARIANTS, '102_a1b2c3d4e5f60002.txt');
    expect(result.article.publishedAt).toBe('2020');
    expect(result.article.draft).toBe(true);
    expect(result.article.source).toBeUndefined();
    expect(result.article.category).toBe('hoat-dong-dia-phuong');
  });

  it('no year anywhere → the import year as a placeholder, draft, reported', () => {
    const result = convertFile(VARIANTS, '104_a1b2c3d4e5f60004.txt');
    expect(result.article.publishedAt).toBe('2026');
    expect(result.article.draft).toBe(true);
    expect(result.decisions.find((d) => d.kind === 'date')?.message).toContain('used the import year 2026');
  });

  it('truncated lede repeated by the first paragraph is not duplicated; views with a thousands dot', () => {
    const result = convertFile(VARIANTS, '103_a1b2c3d4e5f60003.txt');
    expect(result.article.lede.endsWith('để bảo đảm đúng quy định.')).toBe(true);
    expect(result.article.body).toHaveLength(1);
    expect(result.article.legacy.views).toBe(1234);
    expect(result.article.publishedAt).toBe('2019-12-31T17:05:00+07:00');
    expect(result.article.source).toEqual({ id: 'bao-dan-toc', kind: 'trich-nguon' });
  });

  it('NFD input gives exactly the same output as NFC input', () => {
    const text = readFileSync(path.join(SEEDS, SEED_000), 'utf8');
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    const fromNfd = decodeLegacyBytes(new TextEncoder().encode(nfd), SEED_000);
    expect(fromNfd.encoding).toBe('utf-8');
    expect(renderArticle(convertLegacyText(fromNfd.text, options(SEED_000)).article)).toBe(
      readFileSync(path.join(EXPECTED, '000_48cf783dc6e4e2ed.md'), 'utf8'),
    );
  });
});

describe('legacy importer: parsing helpers', () => {
  it('splits a run-on title only at a lowercase/digit → sentence-starting capital', () => {
    expect(
      splitRunOnTitle('Hội nghị tổng kết năm 2021Đó là nội dung chính của buổi làm việc hôm nay'),
    ).toEqual({
      title: 'Hội nghị tổng kết năm 2021',
      lede: 'Đó là nội dung chính của buổi làm việc hôm nay',
    });
    expect(
      splitRunOnTitle('Hội nghị triển khai Chương trình MTQG năm 2022 của Ủy ban Dân tộc'),
    ).toBeUndefined();
    expect(splitRunOnTitle('Ra mắt ứng dụng trên iPhone cho đồng bào vùng cao')).toBeUndefined();
  });

  it('infers the most frequent year and refuses a tie', () => {
    expect(inferYear(['kế hoạch năm 2021', 'Năm 2021 và năm 2016']).year).toBe('2021');
    expect(inferYear(['năm 2020 và năm 2021']).year).toBeUndefined();
    expect(inferYear(['năm 1999', 'năm 21000']).year).toBeUndefined();
  });

  it('reads the legacy id from the file name', () => {
    expect(legacyIdFromFileName('000_48cf783dc6e4e2ed.txt')).toBe('48cf783dc6e4e2ed');
    expect(legacyIdFromFileName('/x/y/003_531e5b16549e7494.txt')).toBe('531e5b16549e7494');
    expect(legacyIdFromFileName('notes.txt')).toBeUndefined();
  });
});

describe('legacy importer: every page shape of the old portal (tests/fixtures/legacy/shapes)', () => {
  const PORTAL = 'https://ubdt.gov.vn/tin-tuc';
  it.each([
    [
      '201_5a9e000000000201.txt',
      '12-hour date, Lượt xem, In bài viết; Trích nguồn',
      '2021-04-16T14:35:00+07:00',
      3105,
      { id: 'bao-dan-toc', kind: 'trich-nguon' },
      undefined,
    ],
    [
      '202_5a9e000000000202.txt',
      '12-hour AM, Gửi email + In bài viết; Trích nguồn: full name',
      '2020-11-03T09:05:00+07:00',
      87,
      { id: 'bao-dan-toc', kind: 'trich-nguon' },
      undefined,
    ],
    [
      '203_5a9e000000000203.txt',
      '"Ngày đăng:" with the time in the date segment, views with a dot; Theo',
      '2023-07-21T08:15:00+07:00',
      1502,
      { name: 'Báo Tuổi trẻ', kind: 'theo' },
      undefined,
    ],
    [
      '204_5a9e000000000204.txt',
      'weekday, View count, both tails; Nguồn:',
      '2022-02-09T14:54:00+07:00',
      3105,
      { name: 'Cổng thông tin điện tử Chính phủ', kind: 'trich-nguon' },
      undefined,
    ],
    [
      '205_5a9e000000000205.txt',
      '12:10 PM is noon; Theo with the original article URL',
      '2022-06-01T12:10:00+07:00',
      5,
      { id: 'bao-dan-toc', kind: 'theo', url: 'https://baodantoc.vn/gap-mat-nguoi-co-uy-tin-1654051800.htm' },
      undefined,
    ],
    [
      '206_5a9e000000000206.txt',
      'URL line first; Vietnamese CH; views and tails on lines of their own; Nguồn: URL only',
      '2019-08-15T15:20:00+07:00',
      42,
      { id: 'bao-dan-toc', kind: 'trich-nguon', url: 'https://baodantoc.vn/hoi-nghi-tong-ket-2019.htm' },
      `${PORTAL}/hoat-dong-ban/hoi-nghi-tong-ket-206.htm`,
    ],
    [
      '207_5a9e000000000207.txt',
      'date line in its own block, day only; bare URL as the last line',
      '2023-09-05',
      310,
      { id: 'bao-dan-toc', kind: 'trich-nguon' },
      `${PORTAL}/tap-huan-nghiep-vu-207.htm`,
    ],
    [
      '208_5a9e000000000208.txt',
      'unknown segment and unreadable lines inside the body: reported, not in the article',
      '2021-02-09T14:54:00+07:00',
      3105,
      { name: 'Báo Nhân Dân', kind: 'theo' },
      undefined,
    ],
  ])('%s (%s)', (name, _shape, publishedAt, views, source, url) => {
    const result = convertFile(SHAPES, name);
    const { article } = result;
    expect(article.publishedAt).toBe(publishedAt);
    expect(article.draft).toBe(false);
    expect(article.legacy.views).toBe(views);
    expect(article.legacy.url).toBe(url);
    expect(article.legacy.id).toBe(name.slice(4, 20));
    expect(article.source).toEqual(source);
    // Two paragraphs and the one real caption: no metadata line became text or a caption.
    expect(article.body.map((b) => b.type)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(article.body[1]?.text).toBe('Toàn cảnh hội nghị');
    const md = renderArticle(article);
    expect(md).not.toMatch(/Lượt xem|View count|In bài viết|Gửi email|Trích nguồn|Nguồn:|\bPM\b|\bAM\b/u);
  });

  it('reports every line it cannot classify, quoting it, and leaves it out of the article', () => {
    const result = convertFile(SHAPES, '208_5a9e000000000208.txt');
    const unclassified = result.decisions.filter((d) => d.kind === 'unclassified').map((d) => d.message);
    expect(unclassified).toHaveLength(3);
    expect(unclassified[0]).toContain('“Bình luận (3)”');
    expect(unclassified[1]).toContain('“Lượt xem: đang cập nhật”');
    expect(unclassified[2]).toContain('“08:40 AM 10/02/2021 | Lượt xem: 12”');
    expect(renderArticle(result.article)).not.toContain('Bình luận');
  });

  it('an impossible date (31/02) is not invented: draft, year from the text, reported', () => {
    const result = convertFile(SHAPES, '209_5a9e000000000209.txt');
    expect(result.article.publishedAt).toBe('2024');
    expect(result.article.draft).toBe(true);
    expect(result.article.legacy.views).toBe(9);
    expect(result.decisions.find((d) => d.kind === 'date')?.message).toContain('unreadable date line');
  });

  it('the 12-hour date line that used to become a photo caption is read as the date', () => {
    const page = [
      'Hoạt động ban',
      '',
      'Hội nghị sơ kết công tác dân tộc sáu tháng đầu năm 2021',
      '',
      '02:35 PM 16/04/2021 | Lượt xem: 3105 | In bài viết',
      '',
      readFileSync(path.join(SHAPES, '201_5a9e000000000201.txt'), 'utf8').split('\n\n').slice(2).join('\n\n'),
    ].join('\n');
    const { article } = convertLegacyText(page, options('201_5a9e000000000201.txt'));
    expect(article.publishedAt).toBe('2021-04-16T14:35:00+07:00');
    expect(article.legacy.views).toBe(3105);
    expect(article.body.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual([
      'Toàn cảnh hội nghị',
    ]);
  });
});
