/**
 * Legacy Vietnamese encodings of the old portal's scraped pages.
 *
 * - Valid UTF-8 with real Vietnamese letters: used as is (then NFC).
 * - TCVN3 (ABC, TCVN 5712:1993 VN3): the common pre-Unicode encoding. Converted, whether it
 *   arrives as raw bytes (not valid UTF-8) or as UTF-8 "mojibake" (TCVN3 bytes that some tool
 *   read as Latin-1/Windows-1252 and re-saved as UTF-8, e.g. "ViÖt Nam" for "Việt Nam").
 * - VNI, VISCII, Windows-1258 and anything else: rejected with a message naming the file.
 *   We never guess silently.
 */
import iconv from 'iconv-lite';
import { LegacyFileError } from './errors.ts';

/**
 * TCVN3 (VN3) is a subset of TCVN 5712:1993 (VN1), which iconv-lite decodes as "tcvn": VN3 has
 * the lowercase toned letters plus the 7 base capitals Ă Â Ê Ô Ơ Ư Đ in 0xA1–0xFE (capital toned
 * letters lived in separate ".VnTimeH" fonts, which reuse the lowercase positions). VN1 also puts
 * capital toned letters at control positions (0x01–0x17) and 0x80–0x9F and in the gaps of
 * 0xA1–0xFE; in a VN3 file those bytes mean the file is not VN3, so they are rejected, not decoded.
 */
const TCVN3_HIGH_BYTE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xa0, 0xae],
  [0xb5, 0xb9],
  [0xbb, 0xbe],
  [0xc6, 0xcc],
  [0xce, 0xd8],
  [0xdc, 0xdf],
  [0xe1, 0xef],
  [0xf1, 0xfe],
];
/** The ASCII positions where VN1 has capital letters instead of VN3's control characters. */
const VN1_ONLY_LOW_BYTES = [0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17];

const IS_TCVN3_BYTE: readonly boolean[] = (() => {
  const allowed = Array.from({ length: 256 }, (_, byte) => byte < 0x80);
  for (const byte of VN1_ONLY_LOW_BYTES) allowed[byte] = false;
  for (const [from, to] of TCVN3_HIGH_BYTE_RANGES) for (let b = from; b <= to; b++) allowed[b] = true;
  return allowed;
})();

/** TCVN3 (VN3) byte → Unicode for the bytes that differ from ASCII (decoded by iconv-lite). */
export const TCVN3_TO_UNICODE: ReadonlyMap<number, string> = new Map(
  TCVN3_HIGH_BYTE_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i),
  ).map((byte) => [byte, iconv.decode(Buffer.from([byte]), 'tcvn')] as const),
);

export type DetectedEncoding = 'utf-8' | 'tcvn3' | 'tcvn3-mojibake';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

/** The page's encoding is not one the importer converts (VNI, an unknown legacy one). */
export class LegacyEncodingError extends LegacyFileError {}

/** Letters that only exist in Vietnamese (ă â ê ô ơ ư đ with or without tones, toned vowels). */
const VIETNAMESE_SPECIFIC = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/gu;
/** Latin-1 supplement letters/symbols: what TCVN3 or VNI bytes look like when read as Latin-1. */
const LATIN1_HIGH = /[\u00a1-\u00ff]/gu;
/** Windows-1252's characters at 0x80–0x9F (€ … “ ” …), mapped back to their bytes. */
const CP1252_BACK: ReadonlyMap<string, number> = new Map(
  Array.from(
    { length: 0x20 },
    (_, i) => [iconv.decode(Buffer.from([0x80 + i]), 'windows1252'), 0x80 + i] as const,
  ).filter(([char]) => char !== '\uFFFD'),
);

/** Very common Vietnamese words: a decoding that yields them is a plausible decoding. */
const COMMON_WORDS = new Set(
  (
    'và của các là có được trong năm người những một đã với cho không này tại đến về thực hiện ' +
    'dân tộc công tác việc đồng bào chủ trì hội nghị bộ trưởng nhiệm ủy ban phát triển địa phương ' +
    'chương trình quốc gia kinh tế xã nội dung đề nghị từ theo cũng như để đó'
  ).split(' '),
);

/** VNI text read as Latin-1: the same common words in their VNI spelling. */
const VNI_SIGNATURES = [
  'vaø',
  'cuûa',
  'caùc',
  'laø',
  'coù',
  'ñöôïc',
  'naêm',
  'ngöôøi',
  'nhöõng',
  'moät',
  'ñaõ',
  'vôùi',
  'khoâng',
  'naøy',
  'taïi',
  'ñeán',
  'veà',
  'daân',
  'toäc',
  'coâng',
  'vieäc',
  'Vieät',
];

function countMatches(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

function commonWordHits(text: string): number {
  let hits = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (COMMON_WORDS.has(word)) hits++;
  return hits;
}

function looksLikeVni(latin1: string): boolean {
  const words = new Set(latin1.split(/[^\p{L}]+/u));
  return VNI_SIGNATURES.filter((w) => words.has(w)).length >= 2;
}

/** Decodes TCVN3 bytes, or names the first byte that TCVN3 does not have. */
function decodeTcvn3(bytes: Uint8Array): { text: string } | { badByte: number } {
  const badByte = bytes.find((byte) => !IS_TCVN3_BYTE[byte]);
  if (badByte !== undefined) return { badByte };
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'tcvn') };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Encodes Unicode text to TCVN3 bytes (for tests and fixtures). Throws on unmappable chars. */
export function encodeTcvn3(text: string): Uint8Array {
  const chars = [...text.normalize('NFC')];
  const bytes = chars.map((char) => {
    const encoded = iconv.encode(char, 'tcvn');
    // iconv-lite writes "?" for a character it cannot encode; VN1-only bytes are not TCVN3 either.
    const ok =
      encoded.length === 1 && IS_TCVN3_BYTE[encoded[0] as number] && iconv.decode(encoded, 'tcvn') === char;
    if (!ok) throw new Error(`"${char}" has no TCVN3 (VN3) byte`);
    return encoded[0] as number;
  });
  return Uint8Array.from(bytes);
}

function vniError(file: string, vi: string, en: string): LegacyEncodingError {
  return new LegacyEncodingError(
    file,
    `${vi}, trình nhập chưa hỗ trợ VNI — hãy chuyển sang Unicode (vd. bằng Unikey) rồi nhập lại`,
    `${en}; VNI is not supported — convert it to Unicode (e.g. with Unikey) and import again`,
  );
}

/**
 * Decides the encoding of one scraped page and returns NFC Unicode text.
 * @param file name used in error messages
 */
export function decodeLegacyBytes(bytes: Uint8Array, file: string): DecodedText {
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    utf8 = null;
  }

  if (utf8 !== null) {
    const text = utf8.normalize('NFC');
    const specific = countMatches(text, VIETNAMESE_SPECIFIC);
    const latin1 = countMatches(text, LATIN1_HIGH);
    // Real Vietnamese (or plain ASCII): keep. Mojibake has Latin-1 symbols but (almost) no
    // Vietnamese-only letters.
    if (latin1 === 0 || specific * 4 >= latin1) return { text, encoding: 'utf-8' };
    // Map the characters back to the bytes they were read from (Latin-1 / Windows-1252).
    const units: number[] = [];
    let representable = true;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code <= 0xff) units.push(code);
      else if (CP1252_BACK.has(char)) units.push(CP1252_BACK.get(char) ?? 0);
      else {
        representable = false;
        break;
      }
    }
    if (representable) {
      const decoded = decodeTcvn3(Uint8Array.from(units));
      if ('text' in decoded && isPlausibleVietnamese(decoded.text, text)) {
        return { text: decoded.text.normalize('NFC'), encoding: 'tcvn3-mojibake' };
      }
    }
    if (looksLikeVni(text)) {
      throw vniError(
        file,
        'văn bản UTF-8 này là chữ mã VNI bị đọc sai (mojibake)',
        'this UTF-8 text is VNI-encoded Vietnamese read as Latin-1 (mojibake)',
      );
    }
    // Neither TCVN3 nor VNI: accept text that already reads as Vietnamese (e.g. a short page
    // whose only accents are Latin-1 ones such as "Ông Hà").
    if (latin1 < 3 || commonWordHits(text) >= 2) return { text, encoding: 'utf-8' };
    throw new LegacyEncodingError(
      file,
      'văn bản có nhiều ký tự Latin-1 nhưng gần như không có chữ tiếng Việt: có thể là bảng mã cũ chưa nhận ra, không nhập',
      'text has many Latin-1 characters but almost no Vietnamese letters: probably an unrecognised legacy encoding; not imported',
    );
  }

  // Not valid UTF-8: a single-byte legacy encoding.
  const decoded = decodeTcvn3(bytes);
  const latin1 = iconv.decode(Buffer.from(bytes.subarray(0, 200_000)), 'latin1');
  if ('text' in decoded && isPlausibleVietnamese(decoded.text, latin1)) {
    return { text: decoded.text.normalize('NFC'), encoding: 'tcvn3' };
  }
  if (looksLikeVni(latin1)) {
    throw vniError(file, 'tệp không phải UTF-8 mà là bảng mã VNI', 'file is not UTF-8 but VNI-encoded');
  }
  const why =
    'badByte' in decoded ? ` (byte ${hex(decoded.badByte)} không có trong TCVN3 / not in TCVN3)` : '';
  throw new LegacyEncodingError(
    file,
    `tệp không phải UTF-8 và không nhận ra bảng mã (TCVN3/VNI/...)${why}, không nhập`,
    'file is not valid UTF-8 and its legacy encoding could not be identified; not imported',
  );
}

/** A TCVN3 decoding is accepted only if it produces common Vietnamese words the original lacked. */
function isPlausibleVietnamese(decoded: string, original: string): boolean {
  const before = commonWordHits(original);
  const after = commonWordHits(decoded.normalize('NFC'));
  const words = decoded.split(/\s+/u).filter(Boolean).length;
  const needed = Math.max(2, Math.min(5, Math.floor(words / 20)));
  return after - before >= needed;
}
