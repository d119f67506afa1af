/**
 * Query text as Vietnamese readers type it, made comparable with the index: NFC (text pasted
 * from macOS or Word arrives decomposed), one tone placement ("Uỷ" → "Ủy"), single spaces.
 *
 * Pagefind already ignores tone and vowel marks when matching, but not đ: "đ" is a letter of its
 * own (U+0111 has no decomposition), so "doi moi" would never find "Đổi mới". `ddForms` gives the
 * spellings to try for each syllable (see plan.ts).
 */

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

/** NFC, canonical tone placement, curly quotes made straight, whitespace collapsed. */
export function normalizeQuery(raw: string): string {
  return canonicalTones(raw.normalize('NFC'))
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** đ→d, Đ→D: the only Vietnamese letter Pagefind's accent folding leaves alone. */
export function foldDd(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export interface ParsedQuery {
  /** Syllables in order, without punctuation. */
  syllables: string[];
  /** The reader wrapped the whole query in quotes: only exact phrase matches. */
  quoted: boolean;
}

/** Splits a normalised query into syllables; quotes anywhere ask for an exact phrase. */
export function parseQuery(query: string): ParsedQuery {
  const quoted = /^".*"$/.test(query) && query.length > 2;
  const syllables = query.match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
  return { syllables: syllables.slice(0, 12), quoted };
}

/**
 * The spellings of one syllable to look up: a syllable typed without any mark may mean đ ("doi"
 * → "đoi", which Pagefind's mark folding matches to "đổi", "đội", "đòi"…). A syllable typed with
 * marks ("dân") was typed on a Vietnamese keyboard, where đ is at hand, so its d means d — and
 * not looking up the đ spelling saves fetching another index chunk. đ always means đ.
 */
export function ddForms(syllable: string): string[] {
  if (!/^[\x00-\x7f]+$/.test(syllable)) return [syllable];
  const first = syllable[0];
  if (first === 'd') return [syllable, `đ${syllable.slice(1)}`];
  if (first === 'D') return [syllable, `Đ${syllable.slice(1)}`];
  return [syllable];
}
