/**
 * Vietnamese-aware slugs: "Hội nghị Đổi mới" → "hoi-nghi-doi-moi".
 * NFD + stripping combining marks removes tones and vowel hats, but Đ/đ is a separate letter
 * (not a base + mark), so it is mapped explicitly.
 */
export const MAX_SLUG_LENGTH = 80;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  // Cut at a word boundary so the URL never ends in half a syllable.
  const cut = ascii.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : ascii.slice(0, maxLength)).replace(/-+$/g, '');
}

/** Slug pattern accepted for article folders and category ids. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Returns `base`, or `base-2`, `base-3`, … — the first one `taken` does not contain. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
