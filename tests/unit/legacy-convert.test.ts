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
