import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertLegacyText } from '../../tools/legacy/convert.ts';
import {
  decodeLegacyBytes,
  encodeTcvn3,
  LegacyEncodingError,
  TCVN3_TO_UNICODE,
} from '../../tools/legacy/encoding.ts';
import { renderArticle } from '../../tools/legacy/render.ts';
import { options, SEED_003, SEEDS } from '../support/legacy.ts';

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
