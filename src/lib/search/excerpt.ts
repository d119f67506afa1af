/**
 * The excerpt under a search result, cut from where the reader's phrase occurs and highlighting
 * the phrase as one mark. Pagefind's own excerpt picks the window with the most matched words,
 * and marks each of them: for "doi moi" it showed "mới" or "đổi" alone, away from "đổi mới".
 *
 * Works on Pagefind's fragment text and the matched word positions of a result: positions count
 * words split on whitespace, as Pagefind's own excerpt does. Pure, so it is unit-tested.
 */

export interface ExcerptPart {
  text: string;
  /** Highlighted: the phrase (several words in one part), or a matched word of a one-word query. */
  mark: boolean;
}

export interface ExcerptOptions {
  /** Syllables in the query; a run of this many adjacent matched words is the phrase. */
  phraseLength: number;
  /** Words shown (Pagefind's default is 30). */
  length?: number;
  /**
   * Words at the start of the text that repeat the title shown above the excerpt (the indexed body
   * starts with the h1): a phrase after them is preferred, and the window does not start inside them.
   */
  titleWords?: number;
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const ELLIPSIS = '…';
/** Words shown before the phrase, so the reader sees it in its sentence. */
const LEAD_IN = 6;

interface Run {
  start: number;
  length: number;
}

/** Maximal runs of consecutive positions, in text order. */
export function runs(positions: readonly number[]): Run[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const found: Run[] = [];
  for (const position of sorted) {
    const last = found.at(-1);
    if (last && last.start + last.length === position) last.length++;
    else found.push({ start: position, length: 1 });
  }
  return found;
}

/** Number of words in a text, counted as the excerpt counts them. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(WORD_SEPARATORS).length : 0;
}

/** Splits punctuation off a highlighted word ("mới," → "mới" + ","). */
function splitPunctuation(word: string): [string, string, string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  return [match[1]!, match[2]!, match[3]!];
}

export function buildExcerpt(
  content: string,
  positions: readonly number[],
  options: ExcerptOptions,
): ExcerptPart[] {
  const words = content.trim() ? content.trim().split(WORD_SEPARATORS) : [];
  if (words.length === 0) return [];
  const length = Math.max(1, options.length ?? 30);
  const titleWords = Math.min(options.titleWords ?? 0, words.length);
  const phraseLength = Math.max(1, options.phraseLength);
  const matched = runs(positions).filter((r) => r.start < words.length);
  const phrases = phraseLength > 1 ? matched.filter((r) => r.length >= phraseLength) : matched;
  // The phrase where it stands; without it (a page with the syllables apart, or a one-word
  // query) each matched word, as Pagefind does.
  const highlighted = phrases.length > 0 ? phrases : matched;

  const anchor =
    phrases.find((r) => r.start >= titleWords) ??
    phrases[0] ??
    matched.find((r) => r.start >= titleWords) ??
    matched[0];
  let start = anchor ? anchor.start - LEAD_IN : titleWords;
  const floor = anchor && anchor.start < titleWords ? 0 : titleWords;
  if (start + length > words.length) start = words.length - length;
  start = Math.max(floor, start);
  const end = Math.min(words.length, start + length);

  const marked = new Set<number>();
  for (const r of highlighted) for (let i = r.start; i < r.start + r.length; i++) marked.add(i);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    const separator = i + 1 < end ? ' ' : '';
    if (!marked.has(i)) {
      push(word + separator, false);
      continue;
    }
    const [before, core, after] = splitPunctuation(word);
    push(before, false);
    push(core, true);
    // A space inside a phrase stays inside its mark; punctuation ends it.
    if (!after && marked.has(i + 1) && i + 1 < end) push(separator, true);
    else push(after + separator, false);
  }
  if (end < words.length) push(` ${ELLIPSIS}`, false);
  return parts;
}
