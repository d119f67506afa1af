/** Registered sources (content/sources.yaml) and matching a legacy "Trích nguồn X" name to one. */
import { parse } from 'yaml';

export interface SourceEntry {
  id: string;
  name: string;
  shortName?: string;
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
    entries.push(entry);
  }
  return entries;
}

export function sourceKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** The id of the registered source whose name or shortName equals `name` (NFC, case-insensitive). */
export function matchSource(name: string, registry: readonly SourceEntry[]): string | undefined {
  const key = sourceKey(name);
  for (const entry of registry) {
    if (sourceKey(entry.name) === key) return entry.id;
    if (entry.shortName !== undefined && sourceKey(entry.shortName) === key) return entry.id;
  }
  return undefined;
}
