import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  convertLegacyText,
  inferYear,
  legacyIdFromFileName,
  splitRunOnTitle,
  type ConvertOptions,
} from '../../src/lib/legacy/convert.ts';
import {
  decodeLegacyBytes,
  encodeTcvn3,
  LegacyEncodingError,
  TCVN3_TO_UNICODE,
} from '../../src/lib/legacy/encoding.ts';
import { escapeMarkdown, renderArticle } from '../../src/lib/legacy/render.ts';
import { matchSource, parseSourceRegistry } from '../../src/lib/legacy/sources.ts';
import { main } from '../../scripts/import-legacy.ts';

const FIXTURES = path.resolve('tests/fixtures/legacy');
const SEEDS = path.join(FIXTURES, 'seeds');
const VARIANTS = path.join(FIXTURES, 'variants');
const EXPECTED = path.join(FIXTURES, 'expected');
const SOURCES = parseSourceRegistry(readFileSync(path.join(FIXTURES, 'sources.yaml'), 'utf8'));
const NOW = new Date('2026-03-01T00:00:00+07:00');

function options(fileName: string): ConvertOptions {
  return { fileName, defaultCategory: 'hoat-dong-ban', sources: SOURCES, now: NOW };
}

function convertFile(dir: string, name: string) {
  const decoded = decodeLegacyBytes(readFileSync(path.join(dir, name)), name);
  return convertLegacyText(decoded.text, options(name));
}

function frontmatter(md: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] as string, { schema: 'core' }) as Record<string, unknown>;
}

const SEED_000 = '000_48cf783dc6e4e2ed.txt';
const SEED_003 = '003_531e5b16549e7494.txt';

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

  it('title/lede strings with YAML-special characters round-trip exactly', () => {
    const result = convertFile(SEEDS, SEED_000);
    const tricky = {
      ...result.article,
      title: 'Tiêu đề: "trích" # không phải chú thích \\ yes',
      lede: "- 2021: 'năm' & {x}",
    };
    const data = frontmatter(renderArticle(tricky));
    expect(data.title).toBe(tricky.title);
    expect(data.lede).toBe(tricky.lede);
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

  it('matches sources on name or shortName, NFC and case-insensitive', () => {
    expect(matchSource('Báo Dân tộc', SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('BÁO DÂN TỘC VÀ PHÁT TRIỂN'.normalize('NFD'), SOURCES)).toBe('bao-dan-toc');
    expect(matchSource('Báo Dân trí', SOURCES)).toBeUndefined();
  });

  it('escapes Markdown syntax without changing words', () => {
    expect(escapeMarkdown('1. Mục *một* [x]')).toBe('1\\. Mục \\*một\\* \\[x\\]');
    expect(escapeMarkdown('# không phải tiêu đề')).toBe('\\# không phải tiêu đề');
    expect(escapeMarkdown('DTTS&MN năm 2022')).toBe('DTTS&MN năm 2022');
  });
});

describe('legacy importer: encodings', () => {
  // Independent published table: glibc iconv "TCVN5712-1" (iconvdata/tcvn5712-1.c) and the
  // XFree86/X-TrueType TCVN table (TCVNtoUCS2.c); in 0xA1–0xFE their lowercase letters and base
  // capitals are TCVN3 (VN3). Pairs transcribed by hand: byte → Unicode code point.
  const PUBLISHED: Array<[number, number]> = [
    [0xa1, 0x0102],
    [0xa2, 0x00c2],
    [0xa7, 0x0110],
    [0xa8, 0x0103],
    [0xac, 0x01a1],
    [0xad, 0x01b0],
    [0xae, 0x0111],
    [0xb5, 0x00e0],
    [0xb6, 0x1ea3],
    [0xb8, 0x00e1],
    [0xb9, 0x1ea1],
    [0xbe, 0x1eaf],
    [0xc6, 0x1eb7],
    [0xcb, 0x1ead],
    [0xd5, 0x1ebf],
    [0xd6, 0x1ec7],
    [0xdc, 0x0129],
    [0xde, 0x1ecb],
    [0xe8, 0x1ed1],
    [0xee, 0x1ee3],
    [0xf1, 0x1ee7],
    [0xf7, 0x1eef],
    [0xf9, 0x1ef1],
    [0xfe, 0x1ef5],
  ];

  it('the TCVN3 table agrees with the published TCVN 5712 table', () => {
    for (const [byte, code] of PUBLISHED)
      expect([byte, TCVN3_TO_UNICODE.get(byte)]).toEqual([byte, String.fromCodePoint(code)]);
    // 67 lowercase Vietnamese letters + 7 base capitals (Ă Â Ê Ô Ơ Ư Đ) + no-break space.
    expect(TCVN3_TO_UNICODE.size).toBe(75);
  });

  // glibc's iconv (Debian's libc-bin, on every machine of this kind) is the independent reference;
  // if it is missing the test fails loudly instead of being skipped.
  it('every TCVN3 entry matches the system iconv TCVN5712-1 decoder', () => {
    expect(
      () => execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from([0x61]) }),
      'iconv with TCVN5712-1 support is required (Debian: libc-bin)',
    ).not.toThrow();
    for (const [byte, char] of TCVN3_TO_UNICODE) {
      if (byte === 0xa0) continue;
      const out = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], {
        input: Buffer.from([byte]),
      }).toString('utf8');
      expect([byte, out.normalize('NFC')]).toEqual([byte, char]);
    }
  });

  // A page whose letters all exist in TCVN3 (it has no capital toned letters, e.g. no "Ủ").
  const PAGE = [
    'Hoạt động ban',
    '',
    'Đoàn công tác kiểm tra việc thực hiện chính sách dân tộc tại tỉnh Lào Cai',
    'Ngày đăng 12/10/2021 | 09:15 | View count: 77',
    '',
    'Ngày 12/10, đoàn công tác của Ủy ban Dân tộc đã làm việc với tỉnh Lào Cai về kết quả thực hiện các chính sách dân tộc, trong đó có chính sách hỗ trợ đất ở, đất sản xuất và nước sinh hoạt cho đồng bào.'.replace(
      'Ủy',
      'ủy',
    ),
    '',
    'Toàn cảnh buổi làm việc',
    '',
    'Tại buổi làm việc, lãnh đạo tỉnh cho biết việc thực hiện các chính sách được tiến hành đồng bộ, đúng đối tượng, góp phần nâng cao đời sống của người dân vùng đồng bào dân tộc thiểu số.',
    '',
    'Trích nguồn Báo Dân tộc',
  ].join('\n');

  it('decodes a TCVN3 file (not valid UTF-8) to the same article as the Unicode text', () => {
    const bytes = encodeTcvn3(PAGE);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeLegacyBytes(bytes, '200_00000000000000aa.txt');
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text).toBe(PAGE);
    const fromUnicode = renderArticle(convertLegacyText(PAGE, options('200_00000000000000aa.txt')).article);
    expect(renderArticle(convertLegacyText(decoded.text, options('200_00000000000000aa.txt')).article)).toBe(
      fromUnicode,
    );
    expect(fromUnicode).toContain(
      'title: "Đoàn công tác kiểm tra việc thực hiện chính sách dân tộc tại tỉnh Lào Cai"',
    );
  });

  it('decodes TCVN3 mojibake inside a UTF-8 file (e.g. "ViÖt")', () => {
    const bytes = encodeTcvn3(PAGE);
    const mojibake = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    expect(mojibake).toContain('§oµn c«ng t¸c');
    const decoded = decodeLegacyBytes(new TextEncoder().encode(mojibake), 'x.txt');
    expect(decoded.encoding).toBe('tcvn3-mojibake');
    expect(decoded.text).toBe(PAGE);
  });

  it('rejects VNI text with a message naming the file, in Vietnamese and English', () => {
    const vni = 'Hoäi nghò trieån khai coâng taùc daân toäc naêm 2022 cuûa UÛy ban vaø caùc ñòa phöông';
    const bytes = Uint8Array.from(Array.from(vni, (c) => c.charCodeAt(0)));
    expect(() => decodeLegacyBytes(bytes, '300_vni.txt')).toThrow(LegacyEncodingError);
    expect(() => decodeLegacyBytes(bytes, '300_vni.txt')).toThrow(/300_vni\.txt: .*VNI.* \/ .*VNI-encoded/);
  });

  it('keeps genuine Unicode Vietnamese as is', () => {
    const text = readFileSync(path.join(SEEDS, SEED_003), 'utf8');
    expect(decodeLegacyBytes(new TextEncoder().encode(text), SEED_003)).toEqual({ text, encoding: 'utf-8' });
  });
});

describe('legacy importer CLI', () => {
  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
    vi.restoreAllMocks();
  });

  function tempDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'legacy-import-'));
    dirs.push(dir);
    return dir;
  }

  function snapshot(dir: string): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.set(path.relative(dir, full), readFileSync(full, 'latin1'));
      }
    };
    walk(dir);
    return files;
  }

  it('writes the articles and the report, and a second run changes nothing (byte for byte)', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const out = tempDir();
    writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
    // Another article already uses the slug of seed 000: the import must not overwrite it.
    const otherDir = path.join(
      out,
      'news/2020/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn',
    );
    mkdirSync(otherDir, { recursive: true });
    writeFileSync(path.join(otherDir, 'index.md'), '---\ntitle: "Bài khác"\n---\n\nKhác.\n');

    expect(await main([SEEDS, '--out', out])).toBe(0);
    const first = snapshot(out);
    expect([...first.keys()].sort()).toEqual(
      [
        'import-report.md',
        'news/2020/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/index.md',
        'news/2021/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/index.md',
        'news/2022/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn-2/index.md',
        'sources.yaml',
      ].map((p) => p.split('/').join(path.sep)),
    );
    const seed000 = readFileSync(
      path.join(
        out,
        'news/2022/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn-2/index.md',
      ),
      'utf8',
    );
    expect(seed000).toBe(readFileSync(path.join(EXPECTED, '000_48cf783dc6e4e2ed.md'), 'utf8'));
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toContain('## 000_48cf783dc6e4e2ed.txt');
    expect(report.indexOf('## 000_')).toBeLessThan(report.indexOf('## 003_'));
    expect(report).toContain('year inferred from text: 2021');

    expect(await main([SEEDS, '--out', out])).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('continues after a rejected file, lists it, exits non-zero; --dry-run writes nothing', async () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args.join(' ')));
    const input = tempDir();
    writeFileSync(
      path.join(input, '001_vni.txt'),
      Buffer.from('Hoäi nghò coâng taùc daân toäc naêm 2022 cuûa UÛy ban vaø caùc ñòa phöông', 'latin1'),
    );
    writeFileSync(path.join(input, '002_48cf783dc6e4e2ed.txt'), readFileSync(path.join(SEEDS, SEED_000)));
    const out = tempDir();

    expect(await main([input, '--out', out, '--dry-run'])).toBe(1);
    expect(readdirSync(out)).toEqual([]);

    expect(await main([input, '--out', out])).toBe(1);
    expect(errors.join('\n')).toContain('001_vni.txt');
    expect(logs.some((l) => l.includes('imported 1/2') && l.includes('1 failed'))).toBe(true);
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toMatch(/## 001_vni\.txt\n\n\*\*Không nhập \/ Rejected:\*\* 001_vni\.txt: /);
  });
});
