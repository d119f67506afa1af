import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readCategories,
  readRegistries,
  readRegistry,
  readSources,
  RegistryError,
} from '../../src/lib/content/registries.ts';
import { categorySchema } from '../../src/lib/content/schema.ts';

function registryFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cema-registry-')), 'categories.yaml');
  writeFileSync(file, text);
  return file;
}

function problemsOf(text: string) {
  try {
    readRegistry(registryFile(text), categorySchema);
  } catch (error) {
    if (error instanceof RegistryError)
      return error.problems.map(({ line, field, message }) => ({ line, field, message }));
    throw error;
  }
  return [];
}

describe('the registries (content/categories.yaml, content/sources.yaml)', () => {
  it('reads the real registries with their lines and defaults', () => {
    const categories = readCategories('content');
    expect(categories.map((c) => c.id)).toContain('hoat-dong-ban');
    const first = categories[0]!;
    expect(first.line).toBe(2);
    expect(first.data).toMatchObject({ name: 'Hoạt động ban', order: 1 });
    expect(readSources('content').find((s) => s.id === 'bao-dan-toc')?.data.shortName).toBe('Báo Dân tộc');
    expect(readRegistries('content').categories.has('hoat-dong-ban')).toBe(true);
  });

  it('names the line and field of a broken entry, in Vietnamese', () => {
    expect(problemsOf('- id: hoat-dong\n  name: A\n- id: Hoạt Động\n  name: B\n')).toEqual([
      { line: 3, field: 'id', message: expect.stringMatching(/chữ thường không dấu/) },
    ]);
    expect(problemsOf('- id: a\n  name: A\n- id: a\n  name: B\n')[0]).toMatchObject({
      line: 3,
      message: 'mã "a" trùng với mục ở dòng 1',
    });
    expect(problemsOf('- id: a\n  name: ""\n')[0]).toMatchObject({ line: 1, field: 'name' });
    expect(problemsOf('id: a\n')[0]).toMatchObject({ field: '(tệp)' });
    expect(problemsOf('- id: a\n  name: A\n  name: B\n')[0]).toMatchObject({ line: 3, field: '(YAML)' });
  });
});
