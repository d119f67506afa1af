/** categories.yaml and sources.yaml: the ids an article may refer to. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Registries {
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

function idsOf(file: string): Set<string> {
  const list: unknown = parse(readFileSync(file, 'utf8'), { schema: 'core' });
  if (!Array.isArray(list)) throw new Error(`${file}: cần một danh sách (mỗi mục bắt đầu bằng "- id: ...")`);
  return new Set(list.map((item: { id?: unknown }) => String(item?.id ?? '')));
}

export function readRegistries(contentDir: string): Registries {
  return {
    categories: idsOf(path.join(contentDir, 'categories.yaml')),
    sources: idsOf(path.join(contentDir, 'sources.yaml')),
  };
}
