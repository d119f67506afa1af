/**
 * Query text as Vietnamese readers type it, made comparable with the index: NFC (text pasted
 * from macOS or Word arrives decomposed), one tone placement ("Uỷ" → "Ủy"), single spaces.
 *
 * Pagefind already ignores tone and vowel marks when matching, but not đ: "đ" is a letter of its
 * own (U+0111 has no decomposition), so "doi moi" would never find "Đổi mới". `ddForms` gives the
 * spellings to try for each syllable (see plan.ts).
 */
import { canonicalTones } from '../vietnamese.ts';

/** NFC, canonical tone placement, curly quotes made straight, whitespace collapsed. */
export function normalizeQuery(raw: string): string {
  return canonicalTones(raw.normalize('NFC'))
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
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
