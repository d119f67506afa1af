import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readAuthors,
  readCategories,
  readRegistries,
  readRegistry,
  readSources,
  registryParser,
  RegistryError,
} from '../../src/lib/content/registries.ts';
import { categorySchema } from '../../src/lib/content/schema.ts';

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function registryFile(text: string): string {
  const file = path.join(tempDir('cema-registry-'), 'categories.yaml');
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

describe('the authors registry (content/authors.yaml)', () => {
  function authorsIn(text: string | undefined, files: Record<string, string> = {}) {
    const dir = tempDir('cema-authors-');
    if (text !== undefined) writeFileSync(path.join(dir, 'authors.yaml'), text);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    return () => readAuthors(dir);
  }
  function problemsIn(text: string, files: Record<string, string> = {}) {
    try {
      authorsIn(text, files)();
    } catch (error) {
      if (error instanceof RegistryError)
        return error.problems.map(({ line, field, message }) => ({ line, field, message }));
      throw error;
    }
    return [];
  }

  it('reads name, title, photo and bio; a content folder without the file has no author', () => {
    const read = authorsIn(
      '- id: minh-thu\n  name: Minh Thu\n  title: Phóng viên\n  photo: tac-gia/minh-thu.jpg\n  bio: Viết tin.\n',
      { 'tac-gia/minh-thu.jpg': 'x' },
    );
    expect(read()).toEqual([
      {
        id: 'minh-thu',
        line: 1,
        data: { name: 'Minh Thu', title: 'Phóng viên', photo: 'tac-gia/minh-thu.jpg', bio: 'Viết tin.' },
      },
    ]);
    expect(authorsIn(undefined)()).toEqual([]);
    expect(authorsIn('[]\n')()).toEqual([]);
    expect(readAuthors('content')).toEqual([]);
  });

  it('names the line of a missing, SVG or outside photo, and of a missing name', () => {
    expect(problemsIn('- id: a\n  name: A\n- id: b\n  name: B\n  photo: tac-gia/b.jpg\n')).toEqual([
      { line: 3, field: 'photo', message: expect.stringMatching(/không tìm thấy ảnh "tac-gia\/b\.jpg"/) },
    ]);
    expect(problemsIn('- id: a\n  name: A\n  photo: a.svg\n', { 'a.svg': '<svg/>' })[0]).toMatchObject({
      field: 'photo',
      message: expect.stringMatching(/SVG/),
    });
    expect(problemsIn('- id: a\n  name: A\n  photo: ../a.jpg\n')[0]).toMatchObject({
      message: expect.stringMatching(/ngoài thư mục content/),
    });
    expect(problemsIn('- id: a\n  title: Phóng viên\n')[0]).toMatchObject({ line: 1, field: 'name' });
  });
});

describe("registryParser (Astro's file loader)", () => {
  it('gives the entries in file order with their ids', () => {
    const parse = registryParser('categories.yaml', categorySchema);
    const entries = parse('- id: b\n  name: Bê\n  order: 2\n- id: a\n  name: A\n  order: 1\n');
    expect(entries).toEqual([
      { id: 'b', name: 'Bê', order: 2, description: '' },
      { id: 'a', name: 'A', order: 1, description: '' },
    ]);
  });

  it('gives an empty registry as an object, which the loader takes without a warning', () => {
    const parse = registryParser('categories.yaml', categorySchema);
    expect(parse('# chưa có mục nào\n[]\n')).toEqual({});
  });

  it('stops on the same errors as the staff tools', () => {
    const parse = registryParser('categories.yaml', categorySchema);
    expect(() => parse('- id: a\n')).toThrow(RegistryError);
  });
});
