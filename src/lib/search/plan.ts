/**
 * Turning a reader's query into the Pagefind searches that answer it (see README, "Tìm kiếm").
 *
 * - Each syllable is looked up in each of its spellings (ddForms); a spelling with no real
 *   match is dropped, and a syllable with no matching spelling at all means "no results" —
 *   Pagefind itself would silently drop the unknown word and return pages matching the rest.
 * - The remaining spellings combine into at most MAX_VARIANTS queries; results are merged.
 * - For two or more syllables each variant is also searched as a quoted phrase, and phrase
 *   matches rank before pages that merely contain the syllables apart.
 */
import { ddForms, parseQuery } from './normalize.ts';

export const MAX_VARIANTS = 8;

export interface SearchPlan {
  syllables: string[];
  quoted: boolean;
  /** For each syllable, the spellings to check against the index. */
  forms: string[][];
}

export function planQuery(query: string): SearchPlan {
  const { syllables, quoted } = parseQuery(query);
  return { syllables, quoted, forms: syllables.map(ddForms) };
}

/**
 * Every combination of the spellings that exist, in order of preference (the reader's own
 * spelling first), capped at MAX_VARIANTS; none when some syllable has no spelling left.
 */
export function variants(existing: string[][]): string[][] {
  if (existing.length === 0 || existing.some((forms) => forms.length === 0)) return [];
  let combos: string[][] = [[]];
  for (const forms of existing) {
    const next: string[][] = [];
    for (const combo of combos) {
      for (const form of forms) {
        if (next.length < MAX_VARIANTS) next.push([...combo, form]);
      }
    }
    combos = next;
  }
  return combos;
}

/** Pagefind query strings for one variant. */
export function plainQuery(variant: string[]): string {
  return variant.join(' ');
}

export function phraseQuery(variant: string[]): string {
  return `"${variant.join(' ')}"`;
}
