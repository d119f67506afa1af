/**
 * Vietnamese text rules shared by search, the content linter, the build and the legacy importer:
 * tone placement (oa/oe/uy), comparison keys, đ folding, and the invisible control characters
 * that text pasted from Word or old systems brings.
 */

// ---------------------------------------------------------------------------------------------
// Tone placement

// Tone marks (combining, as found after NFD). Vowel-quality marks (â ă ê ô ơ ư) are not tones.
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Old ("hoà", "thuỷ", "khoẻ") and new ("hòa", "thủy", "khỏe") tone placement differ only in an
 * open syllable ending in oa, oe or uy (not "qu"+y: "quý" keeps its mark on y). Both spellings are
 * correct Vietnamese; the query uses the one the committee writes ("Ủy ban"), so both typings send
 * Pagefind the same query and get the same ranking.
 */
export function canonicalTones(text: string): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => {
    const parts = [...word.normalize('NFD')];
    const letters = parts.filter((c) => !/\p{M}/u.test(c));
    if (letters.length < 2) return word;
    const last = letters.at(-1)!.toLowerCase();
    const prev = letters.at(-2)!.toLowerCase();
    const cluster = prev + last;
    if (cluster !== 'oa' && cluster !== 'oe' && cluster !== 'uy') return word;
    if (cluster === 'uy' && letters.at(-3)?.toLowerCase() === 'q') return word;
    // The tone must sit on the final letter, and the pair must carry no other mark ("oă", "uê").
    const lastIndex = parts.lastIndexOf(letters.at(-1)!);
    const prevIndex = parts.lastIndexOf(letters.at(-2)!, lastIndex - 1);
    const between = parts.slice(prevIndex + 1, lastIndex);
    const after = parts.slice(lastIndex + 1);
    if (between.length > 0 || after.length !== 1 || !TONES.has(after[0]!)) return word;
    const moved = [...parts.slice(0, prevIndex + 1), after[0]!, parts[lastIndex]!];
    return moved.join('').normalize('NFC');
  });
}

const OLD_STYLE = /(?:o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])$/u;
const NEW_STYLE = /(?:[òóỏõọ]a|[òóỏõọ]e|[ùúủũụ]y)$/u;
/** Last letters that can carry a tone in these endings (a cheap filter before the patterns). */
const TONED_END = /[àáảãạèéẻẽẹỳýỷỹỵaey]$/u;

/**
 * Which tone placement a word (NFC) is written in: 'old' ("hoà", "Uỷ"), 'new' ("hòa", "Ủy"), or
 * undefined when it has only one spelling (closed syllables such as "hoàng", and "qu" + y: "quý").
 */
export function toneStyleOf(word: string): 'old' | 'new' | undefined {
  if (word.length < 2) return undefined;
  const lower = word.toLowerCase();
  if (!TONED_END.test(lower) || lower.at(-3) === 'q') return undefined;
  if (OLD_STYLE.test(lower)) return 'old';
  if (NEW_STYLE.test(lower)) return 'new';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Comparison

/**
 * The key two names are compared by ("Hoạt động của Uỷ ban." = "hoạt động của ủy ban"): NFC,
 * lowercase, one tone placement, single spaces, no trailing dots.
 */
export function comparisonKey(text: string): string {
  return canonicalTones(text.normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** Sorting Vietnamese text: "Đ" after "D", tones in dictionary order. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** đ→d, Đ→D: the only Vietnamese letter Pagefind's accent folding leaves alone. */
export function foldDd(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

// ---------------------------------------------------------------------------------------------
// Control characters

/*
 * Control characters that XML 1.0 forbids or discourages — U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F, DEL and the C1 range U+007F–U+009F — arrive invisibly when text is pasted from
 * Word or a mis-decoded legacy page; one of them makes a page (or a feed) invalid. Tab, line feed
 * and carriage return are ordinary whitespace and stay.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** `text` without control characters: applied to front matter text and to the rendered body. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

export interface ControlChar {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** "U+000B". */
  code: string;
}

/** Every control character of `source`, with its position (for the content linter). */
export function findControlChars(source: string): ControlChar[] {
  const found: ControlChar[] = [];
  source.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(CONTROL_CHARS)) {
      found.push({
        line: i + 1,
        column: match.index + 1,
        code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      });
    }
  });
  return found;
}
