/**
 * Registered sources (content/sources.yaml) and matching a source written by name ("Trích nguồn
 * Báo Dân tộc", `source: { name: … }`) to one: used by the linter, `npm run new` and the importer.
 */
import { parse } from 'yaml';
import { canonicalTones } from '../search/normalize.ts';

export interface SourceEntry {
  id: string;
  name: string;
  shortName?: string;
  url?: string;
}

/** Parses the text of sources.yaml. Throws with a readable message if it is not a list. */
export function parseSourceRegistry(yamlText: string): SourceEntry[] {
  const list: unknown = parse(yamlText, { schema: 'core' });
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) throw new Error('sources.yaml: cần một danh sách / expected a list');
  const entries: SourceEntry[] = [];
  for (const item of list as Array<Record<string, unknown>>) {
    if (!item || typeof item !== 'object' || typeof item.id !== 'string' || typeof item.name !== 'string')
      continue;
    const entry: SourceEntry = { id: item.id, name: item.name };
    if (typeof item.shortName === 'string') entry.shortName = item.shortName;
    if (typeof item.url === 'string') entry.url = item.url;
    entries.push(entry);
  }
  return entries;
}

/**
 * Two spellings of one name compare equal: NFC, one tone placement ("Uỷ"/"Ủy"), case, runs of
 * spaces and a final period do not count.
 */
export function nameKey(name: string): string {
  return canonicalTones(name)
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** Keys of the registry's names, computed once per name (the registry is small and fixed). */
const registryKeys = new Map<string, string>();
const registryKey = (name: string) => {
  let key = registryKeys.get(name);
  if (key === undefined) registryKeys.set(name, (key = nameKey(name)));
  return key;
};

/** The id of the registered source whose name or shortName equals `name` (see {@link nameKey}). */
export function matchSource(name: string, registry: readonly SourceEntry[]): string | undefined {
  const key = nameKey(name);
  for (const entry of registry) {
    if (registryKey(entry.name) === key) return entry.id;
    if (entry.shortName !== undefined && registryKey(entry.shortName) === key) return entry.id;
  }
  return undefined;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/** The id of the registered source whose site (its `url`) serves `url`, e.g. an article link. */
export function matchSourceUrl(url: string, registry: readonly SourceEntry[]): string | undefined {
  const host = hostOf(url);
  if (host === undefined) return undefined;
  return registry.find((entry) => entry.url !== undefined && hostOf(entry.url) === host)?.id;
}
