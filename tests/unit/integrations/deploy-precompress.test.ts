/**
 * Precompression reusing the previous release (src/integrations/deploy.ts): a build after a
 * one-page edit must write exactly the bytes a cold build writes, while compressing only the page
 * that changed.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../src/integrations/deploy.ts';

const root = mkdtempSync(path.join(tmpdir(), 'cema-precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(n: number, edit = ''): string {
  return `<!doctype html><html lang="vi"><title>Bài ${n}</title><p>${'Nội dung bài viết số '.repeat(40)}${n}${edit}</p></html>`;
}

function site(dir: string, edit: string): void {
  for (let n = 0; n < 6; n++) {
    mkdirSync(path.join(dir, 'tin-tuc', `bai-${n}`), { recursive: true });
    writeFileSync(path.join(dir, 'tin-tuc', `bai-${n}`, 'index.html'), page(n, n === 3 ? edit : ''));
  }
  mkdirSync(path.join(dir, '_astro'), { recursive: true });
  writeFileSync(path.join(dir, '_astro', 'app.css'), `body{margin:0}${'.a{color:red}'.repeat(60)}`);
}

function compressedFiles(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (/\.(gz|br)$/.test(name)) found.set(name, readFileSync(path.join(dir, name)));
  }
  return found;
}

describe('precompress', () => {
  it('reuses unchanged files of the previous release and writes what a cold build writes', async () => {
    const previous = path.join(root, 'previous');
    site(previous, '');
    expect((await precompress(previous)).reused).toBe(0);

    const incremental = path.join(root, 'incremental');
    site(incremental, ' (đã sửa)');
    const result = await precompress(incremental, { previous });
    expect(result.files).toBe(7);
    expect(result.reused).toBe(6);

    const cold = path.join(root, 'cold');
    site(cold, ' (đã sửa)');
    await precompress(cold);
    const expected = compressedFiles(cold);
    const actual = compressedFiles(incremental);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect(actual.get(name)!.equals(bytes), name).toBe(true);
    // The edited page was compressed anew, an unchanged one is the previous release's file.
    const inode = (dir: string, n: number) =>
      statSync(path.join(dir, 'tin-tuc', `bai-${n}`, 'index.html.br')).ino;
    expect(inode(incremental, 3)).not.toBe(inode(previous, 3));
    expect(inode(incremental, 0)).toBe(inode(previous, 0));
  });

  it('compresses again when the previous release lacks the compressed files', async () => {
    const previous = path.join(root, 'bare-previous');
    site(previous, '');
    const next = path.join(root, 'bare-next');
    cpSync(previous, next, { recursive: true });
    const result = await precompress(next, { previous });
    expect(result.reused).toBe(0);
    expect(compressedFiles(next).size).toBe(14);
  });

  it('leaves skipped paths for a later call', async () => {
    const dir = path.join(root, 'skipped');
    site(dir, '');
    const first = await precompress(dir, { skip: (relative) => relative.startsWith('_astro/') });
    expect(first.files).toBe(6);
    const second = await precompress(dir, { skip: (relative) => !relative.startsWith('_astro/') });
    expect(second.files).toBe(1);
  });
});
