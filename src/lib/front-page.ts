/**
 * Which stories the home page shows where: the lead story (the newest one flagged `featured`, else
 * the newest), the next stories as cards (other featured ones first, newest first, then the newest
 * of the rest) and the latest list after them — each story once. One pass over the newest-first
 * list, stopping as soon as every slot is filled, so 50,000 articles cost what 20 do.
 */

export interface FrontPageSlots {
  /** Stories shown as cards with their photos, after the lead. */
  cards: number;
  /** Stories in the "Tin mới nhất" list. */
  latest: number;
}

export interface FrontPage<T> {
  lead?: T;
  cards: T[];
  latest: T[];
}

/** `articles` newest first. */
export function frontPage<T extends { featured: boolean }>(
  articles: readonly T[],
  slots: FrontPageSlots,
): FrontPage<T> {
  const featured: T[] = [];
  const rest: T[] = [];
  const wantRest = slots.cards + slots.latest + 1;
  for (const article of articles) {
    if (article.featured) {
      if (featured.length < slots.cards + 1) featured.push(article);
    } else if (rest.length < wantRest) rest.push(article);
    if (featured.length > slots.cards && rest.length >= wantRest) break;
  }
  const lead = featured.shift() ?? rest.shift();
  const cards = [...featured, ...rest].slice(0, slots.cards);
  // Cards keep featured stories first; the rest fill them in date order.
  const used = new Set<T>(cards);
  const latest = rest.filter((a) => !used.has(a)).slice(0, slots.latest);
  return { lead, cards, latest };
}
