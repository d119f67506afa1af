/**
 * Re-importing a page whose article already exists (same legacy.id): the importer owns the
 * text (title, lede, body, category, source, legacy data) but editors own the editorial fields.
 * Their hand edits survive every re-run, and each kept edit is listed in the import report.
 * Pure: the caller reads the existing file's front matter.
 */
import type { Decision, LegacyArticle } from './convert.ts';

/** Front-matter fields that belong to the editors once an article exists. */
export const EDITOR_FIELDS = [
  'publishedAt',
  'draft',
  'featured',
  'tags',
  'author',
  'cover',
  'coverAlt',
] as const;
export type EditorField = (typeof EDITOR_FIELDS)[number];

export type EditorValues = Partial<Pick<LegacyArticle, EditorField>>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEditorValue(field: EditorField, value: unknown): boolean {
  switch (field) {
    case 'publishedAt':
      return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
    case 'draft':
    case 'featured':
      return typeof value === 'boolean';
    case 'tags':
      return Array.isArray(value) && value.every((tag) => typeof tag === 'string');
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/**
 * The importer's fresh article with the editors' values of {@link EDITOR_FIELDS} taken from the
 * existing front matter (`existing`, as parsed YAML). Values the importer would write anyway are
 * not reported; malformed values are ignored (the linter reports them) so a re-import never
 * copies a broken field.
 */
export function keepHandEdits(
  article: LegacyArticle,
  existing: Record<string, unknown>,
): { article: LegacyArticle; decisions: Decision[] } {
  const merged: LegacyArticle = { ...article };
  const kept: string[] = [];
  for (const field of EDITOR_FIELDS) {
    if (!(field in existing)) continue;
    const value = existing[field];
    if (!isEditorValue(field, value)) continue;
    const imported = (article as unknown as Record<string, unknown>)[field];
    const normalised = field === 'publishedAt' ? String(value) : value;
    (merged as unknown as Record<string, unknown>)[field] = normalised;
    if (!sameValue(imported, normalised)) kept.push(`${field}: ${show(normalised)}`);
  }
  const decisions: Decision[] = kept.length
    ? [
        {
          kind: 'handEdit',
          order: 0,
          message: `Giữ sửa tay của biên tập viên trong bài đã có (${kept.join('; ')}) / kept the editors' hand edits in the existing article.`,
        },
      ]
    : [];
  return { article: merged, decisions };
}
