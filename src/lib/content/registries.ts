/** categories.yaml and sources.yaml: the ids an article may refer to. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Registries {
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** One registry item as an editor picks it: its id and its display name. */
export interface RegistryEntry {
  id: string;
  name: string;
}

function entriesOf(file: string): RegistryEntry[] {
  const list: unknown = parse(readFileSync(file, 'utf8'), { schema: 'core' });
  if (!Array.isArray(list)) throw new Error(`${file}: cần một danh sách (mỗi mục bắt đầu bằng "- id: ...")`);
  return list.map((item: { id?: unknown; name?: unknown }) => {
    const id = String(item?.id ?? '');
    return { id, name: String(item?.name ?? id) };
  });
}

function idsOf(file: string): Set<string> {
  return new Set(entriesOf(file).map((entry) => entry.id));
}

export function readRegistries(contentDir: string): Registries {
  return {
    categories: idsOf(path.join(contentDir, 'categories.yaml')),
    sources: idsOf(path.join(contentDir, 'sources.yaml')),
  };
}

/** The registries in file order with their names (the browser editor's select options). */
export function readRegistryEntries(contentDir: string): {
  categories: RegistryEntry[];
  sources: RegistryEntry[];
} {
  return {
    categories: entriesOf(path.join(contentDir, 'categories.yaml')),
    sources: entriesOf(path.join(contentDir, 'sources.yaml')),
  };
}
