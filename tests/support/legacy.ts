/** Shared by the legacy importer's unit tests: fixture paths, conversion options, front matter. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseSourceEntries } from '../../src/lib/content/registries.ts';
import { convertLegacyText, type ConvertOptions } from '../../tools/legacy/convert.ts';
import { decodeLegacyBytes } from '../../tools/legacy/encoding.ts';

export const FIXTURES = path.resolve('tests/fixtures/legacy');
export const SEEDS = path.join(FIXTURES, 'seeds');
export const VARIANTS = path.join(FIXTURES, 'variants');
export const EXPECTED = path.join(FIXTURES, 'expected');
/** One page per shape of the old portal's pages (date lines, sources, URLs, unreadable lines). */
export const SHAPES = path.join(FIXTURES, 'shapes');
export const SOURCES = parseSourceEntries(
  readFileSync(path.join(FIXTURES, 'sources.yaml'), 'utf8'),
  path.join(FIXTURES, 'sources.yaml'),
);
export const NOW = new Date('2026-03-01T00:00:00+07:00');

export const SEED_000 = '000_48cf783dc6e4e2ed.txt';
export const SEED_003 = '003_531e5b16549e7494.txt';

export function options(fileName: string): ConvertOptions {
  return { fileName, defaultCategory: 'hoat-dong-ban', sources: SOURCES, now: NOW };
}

export function convertFile(dir: string, name: string) {
  const decoded = decodeLegacyBytes(readFileSync(path.join(dir, name)), name);
  return convertLegacyText(decoded.text, options(name));
}

export function frontmatter(md: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] as string, { schema: 'core' }) as Record<string, unknown>;
}

/** Temporary folders, removed by `cleanup()` (call it in afterEach). */
export function tempDirs() {
  let dirs: string[] = [];
  return {
    make(prefix = 'legacy-'): string {
      const dir = mkdtempSync(path.join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    cleanup(): void {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      dirs = [];
    },
  };
}

/** Every file under `dir` (relative path → bytes as latin1 text), to compare whole trees. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return files;
}
