import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/import-legacy.ts';
import { EXPECTED, FIXTURES, frontmatter, SEEDS, SEED_000, snapshot, tempDirs } from '../support/legacy.ts';

const SEED_003_OUT =
  'news/2021/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/index.md';

const temp = tempDirs();
const tempDir = () => temp.make('legacy-import-');
afterEach(() => {
  temp.cleanup();
  vi.restoreAllMocks();
});

describe('legacy importer CLI', () => {
  it('writes the articles and the report, and a second run changes nothing (byte for byte)', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const out = tempDir();
    writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
    // Another article already uses the slug of seed 000: the import must not overwrite it.
    const otherDir = path.join(
      out,
      'news/2020/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn',
    );
    mkdirSync(otherDir, { recursive: true });
    writeFileSync(path.join(otherDir, 'index.md'), '---\ntitle: "Bài khác"\n---\n\nKhác.\n');

    expect(await main([SEEDS, '--out', out])).toBe(0);
    const first = snapshot(out);
    expect([...first.keys()].sort()).toEqual(
      [
        'import-manifest.json',
        'import-report.md',
        'news/2020/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/index.md',
        'news/2021/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/index.md',
        'news/2022/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn-2/index.md',
        'sources.yaml',
      ].map((p) => p.split('/').join(path.sep)),
    );
    const seed000 = readFileSync(
      path.join(
        out,
        'news/2022/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn-2/index.md',
      ),
      'utf8',
    );
    expect(seed000).toBe(readFileSync(path.join(EXPECTED, '000_48cf783dc6e4e2ed.md'), 'utf8'));
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toContain('## 000_48cf783dc6e4e2ed.txt');
    expect(report.indexOf('## 000_')).toBeLessThan(report.indexOf('## 003_'));
    expect(report).toContain('year inferred from text: 2021');

    expect(await main([SEEDS, '--out', out])).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('continues after a rejected file, lists it, exits non-zero; --dry-run writes nothing', async () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args.join(' ')));
    const input = tempDir();
    writeFileSync(
      path.join(input, '001_vni.txt'),
      Buffer.from('Hoäi nghò coâng taùc daân toäc naêm 2022 cuûa UÛy ban vaø caùc ñòa phöông', 'latin1'),
    );
    writeFileSync(path.join(input, '002_48cf783dc6e4e2ed.txt'), readFileSync(path.join(SEEDS, SEED_000)));
    const out = tempDir();

    expect(await main([input, '--out', out, '--dry-run'])).toBe(1);
    expect(readdirSync(out)).toEqual([]);

    expect(await main([input, '--out', out])).toBe(1);
    expect(errors.join('\n')).toContain('001_vni.txt');
    expect(logs.some((l) => l.includes('imported 1/2') && l.includes('1 failed'))).toBe(true);
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toMatch(/## 001_vni\.txt\n\n\*\*Không nhập \/ Rejected:\*\* 001_vni\.txt: /);
  });
});

describe('import:legacy re-run over hand-edited articles', () => {
  it('keeps the documented seed-003 hand edit (draft: false) and other edits, and stays idempotent', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = tempDir();
    writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
    expect(await main([SEEDS, '--out', out])).toBe(0);
    const file = path.join(out, SEED_003_OUT);
    const fresh = readFileSync(file, 'utf8');
    expect(fresh).toContain('\ndraft: true\n');

    const edited = fresh
      .replace('\ndraft: true\n', '\ndraft: false\n')
      .replace(
        '\ncategory: hoat-dong-ban\n',
        '\ncategory: hoat-dong-ban\ntags: ["Chiến lược Công tác dân tộc"]\nauthor: "Minh Thu"\n',
      );
    writeFileSync(file, edited);
    expect(await main([SEEDS, '--out', out])).toBe(0);
    const after = readFileSync(file, 'utf8');
    const data = frontmatter(after);
    expect(data.draft).toBe(false);
    expect(data.tags).toEqual(['Chiến lược Công tác dân tộc']);
    expect(data.author).toBe('Minh Thu');
    // The importer still owns the text.
    expect(after.slice(after.indexOf('\n---\n'))).toBe(fresh.slice(fresh.indexOf('\n---\n')));
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toContain(
      '- **sửa tay / hand edit:** Giữ sửa tay của biên tập viên trong bài đã có (draft: false; tags: ["Chiến lược Công tác dân tộc"]; author: “Minh Thu”)',
    );

    expect(await main([SEEDS, '--out', out])).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(readFileSync(path.join(out, 'import-report.md'), 'utf8')).toBe(report);
  });
});
