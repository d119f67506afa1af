/**
 * Legacy pages had no separate lede (sapo): the importer uses the first paragraph as the lede and
 * keeps it in the body, and staff often paste the sapo as the opening paragraph too. Readers should
 * not read it twice, so the page shows it once, as the body's (emphasised) opening paragraph.
 */
import { stripControlChars } from './vietnamese.ts';

const squash = (text: string) => stripControlChars(text.normalize('NFC')).replace(/\s+/g, ' ').trim();

export function bodyOpensWithLede(body: string | undefined, lede: string): boolean {
  if (!body) return false;
  const firstBlock = body.trimStart().split(/\n\s*\n/, 1)[0] ?? '';
  return squash(firstBlock) === squash(lede);
}
