/**
 * Which article a scraped page is. A page is identified by the old portal's identity: its URL
 * when the scrape has it, else the scrape's page id — never by the file's name alone. And since
 * an identity can be wrong (a re-used id, a mis-saved file), a page is the same article as the
 * one holding its identity only if their texts are recognisably the same article.
 */
import { comparisonKey } from '../../src/lib/vietnamese.ts';
import type { LegacyData } from './convert.ts';

/**
 * One spelling per old-portal URL: scheme, "www.", default port, letter case of the host, a
 * trailing slash, the fragment and the order of query parameters do not matter ("?id=12&lang=vi"
 * and "?lang=vi&id=12" are one page).
 */
export function normaliseLegacyUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const params = [...parsed.searchParams].sort(([a, x], [b, y]) =>
    a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0,
  );
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/** The key an article is found by: "url:<normalised URL>" or "id:<page id>". */
export function identityKey(legacy: LegacyData): string | undefined {
  if (legacy.url !== undefined) return `url:${normaliseLegacyUrl(legacy.url)}`;
  if (legacy.id !== undefined) return `id:${legacy.id}`;
  return undefined;
}

/** The text of an article as compared here: title and body. */
export interface ArticleTextForComparison {
  title: string;
  body: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words compared: NFC and lowercase; titles also in one tone placement ("Uỷ"/"Ủy"). */
function wordsOf(text: string, tones = false): string[] {
  return (tones ? comparisonKey(text) : text.normalize('NFC').toLowerCase()).match(WORD) ?? [];
}

/** Runs of three words: two texts share many of them only when they are the same text. */
function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (set.size === 0 && words.length) set.add(words.join(' '));
  return set;
}

/** Share of the smaller set found in the larger one (a re-scrape may add or lose paragraphs). */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return large.size === 0 ? 1 : 0;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

export interface Similarity {
  /** 0–1: the share of the shorter title's words found in the other title. */
  title: number;
  /** 0–1: the share of the shorter body's three-word runs found in the other body. */
  body: number;
}

export function similarity(a: ArticleTextForComparison, b: ArticleTextForComparison): Similarity {
  return {
    title: containment(new Set(wordsOf(a.title, true)), new Set(wordsOf(b.title, true))),
    body: containment(shingles(wordsOf(a.body)), shingles(wordsOf(b.body))),
  };
}

/**
 * Below these, title and body are both another text: editors rewrite a title or a few
 * paragraphs, a re-scrape adds or loses some, but an article keeps most of its own words.
 */
export const SAME_TITLE_MIN = 0.5;
export const SAME_BODY_MIN = 0.3;

export function isClearlyAnotherArticle(found: Similarity): boolean {
  return found.title < SAME_TITLE_MIN && found.body < SAME_BODY_MIN;
}
