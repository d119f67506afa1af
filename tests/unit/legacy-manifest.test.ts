import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ABSENT,
  hashBytes,
  hashValue,
  MANIFEST_FILE,
  ManifestError,
  readManifest,
  recordOf,
  renderManifest,
} from '../../tools/legacy/manifest.ts';

describe('import manifest', () => {
  it('hashes values whatever their key order; different values differ; absent has its own hash', () => {
    expect(hashValue({ id: 'a', kind: 'theo' })).toBe(hashValue({ kind: 'theo', id: 'a' }));
    expect(hashValue('2021')).not.toBe(hashValue(2021));
    expect(hashValue(['a', 'b'])).not.toBe(hashValue(['b', 'a']));
    expect(hashValue(undefined)).toBe(ABSENT);
    expect(hashValue('')).not.toBe(ABSENT);
    expect(hashValue('x')).toMatch(/^[\w-]{16}$/);
  });

  it('hashes texts and bytes as earlier runs recorded them: each part then a NUL, SHA-256, 16 characters', () => {
    const recorded = (...parts: (string | Uint8Array)[]) => {
      const hash = createHash('sha256');
      for (const part of parts) hash.update(part).update('\0');
      return hash.digest('base64url').slice(0, 16);
    };
    const bytes = new Uint8Array(Buffer.from('Ủy ban Dân tộc\n', 'utf8'));
    expect(hashBytes('settings', 'page.txt', bytes)).toBe(recorded('settings', 'page.txt', bytes));
    expect(hashBytes('Thông tin đầu bài\n')).toBe(recorded('Thông tin đầu bài\n'));
    expect(hashBytes('ab', 'c')).not.toBe(hashBytes('a', 'bc'));
    expect(hashValue({ title: 'Tiêu đề' })).toBe(
      createHash('sha256').update('{"title":"Tiêu đề"}').digest('base64url').slice(0, 16),
    );
  });

  it('records each field and the body, and round-trips through its file deterministically', () => {
    const record = recordOf('news/2022/a/index.md', { title: 'A', draft: false, tags: undefined }, 'Body');
    expect(Object.keys(record.fields).sort()).toEqual(['draft', 'title']);
    expect(record.body).toBe(hashValue('Body'));
    const dir = mkdtempSync(path.join(tmpdir(), 'legacy-manifest-'));
    try {
      const manifest = new Map([
        ['url:ubdt.gov.vn/b', record],
        ['id:0a', { ...record, file: 'news/2021/b/index.md' }],
      ]);
      const text = renderManifest(manifest);
      expect(text.indexOf('"id:0a"')).toBeLessThan(text.indexOf('"url:ubdt.gov.vn/b"'));
      writeFileSync(path.join(dir, MANIFEST_FILE), text);
      const back = readManifest(dir);
      expect(renderManifest(back)).toBe(text);
      expect(back.get('url:ubdt.gov.vn/b')).toEqual(record);

      writeFileSync(path.join(dir, MANIFEST_FILE), '{ broken');
      expect(() => readManifest(dir)).toThrow(ManifestError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an absent manifest is an empty one', () => {
    expect(readManifest(path.join(tmpdir(), 'no-such-content-folder')).size).toBe(0);
  });
});
