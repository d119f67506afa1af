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

/**
 * TCVN3 (VN3) byte → Unicode. Only the 0xA1–0xFE range differs from ASCII; VN3 has the
 * lowercase toned letters plus the 7 base uppercase letters Ă Â Ê Ô Ơ Ư Đ (uppercase toned
 * letters lived in separate ".VnTimeH" fonts, which use the lowercase positions).
 */
export const TCVN3_TO_UNICODE: ReadonlyMap<number, string> = new Map<number, string>([
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
  [0xa0, '\u00a0'],
]);

/** Unicode → TCVN3 byte (the reverse table; used by tests to build TCVN3 fixtures). */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, number> = new Map(
  [...TCVN3_TO_UNICODE].map(([byte, char]) => [char, byte] as const),
);

export type DetectedEncoding = 'utf-8' | 'tcvn3' | 'tcvn3-mojibake';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

export class LegacyEncodingError extends Error {
  readonly file: string;
  constructor(file: string, vi: string, en: string) {
    super(`${file}: ${vi} / ${en}`);
    this.name = 'LegacyEncodingError';
    this.file = file;
  }
}

/** Letters that only exist in Vietnamese (ă â ê ô ơ ư đ with or without tones, toned vowels). */
const VIETNAMESE_SPECIFIC = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/gu;
/** Latin-1 supplement letters/symbols: what TCVN3 or VNI bytes look like when read as Latin-1. */
const LATIN1_HIGH = /[\u00a1-\u00ff]/gu;
/** Windows-1252's 0x80–0x9F characters, mapped back to their bytes. */
const CP1252_BACK: ReadonlyMap<string, number> = new Map([
  ['€', 0x80],
  ['‚', 0x82],
  ['ƒ', 0x83],
  ['„', 0x84],
  ['…', 0x85],
  ['†', 0x86],
  ['‡', 0x87],
  ['ˆ', 0x88],
  ['‰', 0x89],
  ['Š', 0x8a],
  ['‹', 0x8b],
  ['Œ', 0x8c],
  ['Ž', 0x8e],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['•', 0x95],
  ['–', 0x96],
  ['—', 0x97],
  ['˜', 0x98],
  ['™', 0x99],
  ['š', 0x9a],
  ['›', 0x9b],
  ['œ', 0x9c],
  ['ž', 0x9e],
  ['Ÿ', 0x9f],
]);

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

/** Decodes TCVN3 "bytes" given as Latin-1 code units; returns null at the first unmapped byte. */
function decodeTcvn3Units(units: readonly number[]): { text: string } | { badByte: number } {
  let out = '';
  for (const unit of units) {
    if (unit < 0x80) out += String.fromCharCode(unit);
    else {
      const char = TCVN3_TO_UNICODE.get(unit);
      if (char === undefined) return { badByte: unit };
      out += char;
    }
  }
  return { text: out };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Encodes Unicode text to TCVN3 bytes (for tests and fixtures). Throws on unmappable chars. */
export function encodeTcvn3(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = UNICODE_TO_TCVN3.get(char);
      if (byte === undefined) throw new Error(`"${char}" has no TCVN3 (VN3) byte`);
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
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
      const decoded = decodeTcvn3Units(units);
      if ('text' in decoded && isPlausibleVietnamese(decoded.text, text)) {
        return { text: decoded.text.normalize('NFC'), encoding: 'tcvn3-mojibake' };
      }
    }
    if (looksLikeVni(text)) {
      throw new LegacyEncodingError(
        file,
        'văn bản UTF-8 này là chữ mã VNI bị đọc sai (mojibake), trình nhập chưa hỗ trợ VNI — hãy chuyển sang Unicode (vd. bằng Unikey) rồi nhập lại',
        'this UTF-8 text is VNI-encoded Vietnamese read as Latin-1 (mojibake); VNI is not supported — convert it to Unicode (e.g. with Unikey) and import again',
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
  const units = Array.from(bytes);
  const decoded = decodeTcvn3Units(units);
  const latin1 = String.fromCharCode(...units.slice(0, 200_000));
  if ('text' in decoded && isPlausibleVietnamese(decoded.text, latin1)) {
    return { text: decoded.text.normalize('NFC'), encoding: 'tcvn3' };
  }
  if (looksLikeVni(latin1)) {
    throw new LegacyEncodingError(
      file,
      'tệp không phải UTF-8 mà là bảng mã VNI, trình nhập chưa hỗ trợ VNI — hãy chuyển sang Unicode (vd. bằng Unikey) rồi nhập lại',
      'file is not UTF-8 but VNI-encoded; VNI is not supported — convert it to Unicode (e.g. with Unikey) and import again',
    );
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
