import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { readRegistries } from '../../src/lib/content/registries.ts';

const COUNT = 200;
const SEED = 1719;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_VN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00\+07:00$/;

let root: string;
let dirA: string;
let dirB: string;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

interface Article {
  path: string;
  year: string;
  slug: string;
  raw: string;
  data: Record<string, unknown>;
  body: string;
}

function readArticles(dir: string): Article[] {
  const news = join(dir, 'news');
  const articles: Article[] = [];
  for (const year of readdirSync(news).sort()) {
    for (const slug of readdirSync(join(news, year)).sort()) {
      const path = join(news, year, slug, 'index.md');
      const raw = readFileSync(path, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!m) throw new Error(`${path}: no front matter`);
      // YAML 1.2 core schema, as the loader reads it (dates stay strings).
      const data = parse(m[1]!, { schema: 'core' }) as Record<string, unknown>;
      articles.push({ path, year, slug, raw, data, body: m[2]! });
    }
  }
  return articles;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  dirA = join(root, 'a');
  dirB = join(root, 'b');
  generateCorpus({ count: COUNT, seed: SEED, out: dirA });
  generateCorpus({ count: COUNT, seed: SEED, out: dirB });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('generate-corpus', () => {
  it('is deterministic: two runs with the same seed are byte-identical', () => {
    const a = listFiles(dirA);
    const b = listFiles(dirB);
    expect(a).toEqual(b);
    expect(a.filter((f) => f.endsWith('index.md'))).toHaveLength(COUNT);
    for (const f of a) {
      expect(readFileSync(join(dirB, f)).equals(readFileSync(join(dirA, f))), f).toBe(true);
    }
  });

  it('gives a different corpus for a different seed', () => {
    const other = join(root, 'c');
    generateCorpus({ count: COUNT, seed: SEED + 1, out: other });
    expect(listFiles(other)).not.toEqual(listFiles(dirA));
  });

  it("writes the site's own registries: content/categories.yaml and content/sources.yaml", () => {
    for (const file of ['categories.yaml', 'sources.yaml']) {
      expect(readFileSync(join(dirA, file), 'utf8'), file).toBe(readFileSync(join('content', file), 'utf8'));
    }
  });

  it('uses every category of content/categories.yaml and no other', () => {
    const site = readRegistries('content');
    const used = new Set(readArticles(dirA).map((a) => a.data.category as string));
    expect([...used].sort()).toEqual([...site.categories].sort());
    const sources = new Set(
      readArticles(dirA).flatMap((a) => {
        const id = (a.data.source as { id?: string } | undefined)?.id;
        return id === undefined ? [] : [id];
      }),
    );
    for (const id of sources) expect(site.sources.has(id), id).toBe(true);
  });

  it('front matter parses and has the required fields with valid values', () => {
    const catIds = new Set(
      (parse(readFileSync(join(dirA, 'categories.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id),
    );
    const sourceIds = new Set(
      (parse(readFileSync(join(dirA, 'sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id),
    );
    const articles = readArticles(dirA);
    expect(articles).toHaveLength(COUNT);
    for (const { path, year, data, body } of articles) {
      expect(typeof data.title, path).toBe('string');
      expect((data.title as string).length, path).toBeGreaterThan(10);
      expect(typeof data.lede, path).toBe('string');
      expect(typeof data.publishedAt, path).toBe('string');
      expect(catIds.has(data.category as string), `${path}: category ${String(data.category)}`).toBe(true);
      expect(Array.isArray(data.tags), path).toBe(true);
      const tags = data.tags as unknown[];
      expect(tags.length, path).toBeGreaterThanOrEqual(2);
      expect(tags.length, path).toBeLessThanOrEqual(5);
      for (const t of tags) expect(typeof t, path).toBe('string');
      expect(new Set(tags).size, `${path}: duplicate tag`).toBe(tags.length);

      const words = (data.title as string).split(/\s+/).length;
      expect(words, `${path}: title word count`).toBeGreaterThanOrEqual(8);
      expect(words, `${path}: title word count`).toBeLessThanOrEqual(45);

      // Year folder is the Vietnam-time year of publishedAt.
      expect((data.publishedAt as string).slice(0, 4), path).toBe(year);

      if (data.source !== undefined) {
        const src = data.source as Record<string, unknown>;
        const hasId = typeof src.id === 'string';
        const hasName = typeof src.name === 'string';
        expect(hasId !== hasName, `${path}: source needs exactly one of id/name`).toBe(true);
        if (hasId) expect(sourceIds.has(src.id as string), path).toBe(true);
        expect(['trich-nguon', 'theo'], path).toContain(src.kind);
      }
      if (data.legacy !== undefined) {
        const views = (data.legacy as Record<string, unknown>).views;
        expect(Number.isInteger(views), path).toBe(true);
        expect(views as number, path).toBeGreaterThanOrEqual(50);
        expect(views as number, path).toBeLessThanOrEqual(50_000);
        expect(Number(year), `${path}: legacy only before 2024`).toBeLessThan(2024);
      }
      for (const flag of ['draft', 'featured'] as const) {
        if (data[flag] !== undefined) expect(typeof data[flag], path).toBe('boolean');
      }

      const paragraphs = body.trim().split(/\n{2,}/);
      expect(paragraphs.length, path).toBeGreaterThanOrEqual(4);
      // Missing-photo figures follow the contract: image line, then italic caption line.
      for (const p of paragraphs) {
        if (p.startsWith('![')) expect(p, path).toMatch(/^!\[\]\(#anh-thieu\)\n\*[^*\n]+\*$/);
      }
    }
  });

  it('has a realistic mix: some figures, featured, sources, legacy views', () => {
    const articles = readArticles(dirA);
    const withFigure = articles.filter((a) => a.body.includes('![](#anh-thieu)')).length;
    expect(withFigure).toBeGreaterThan(COUNT * 0.15);
    expect(withFigure).toBeLessThan(COUNT * 0.45);
    const withSource = articles.filter((a) => a.data.source !== undefined).length;
    expect(withSource).toBeGreaterThan(COUNT * 0.45);
    expect(withSource).toBeLessThan(COUNT * 0.75);
    expect(articles.some((a) => a.data.featured === true)).toBe(true);
    expect(articles.filter((a) => a.data.legacy !== undefined).length).toBeGreaterThan(COUNT * 0.5);
  });

  it('slugs are unique, match the slug pattern and are at most 80 characters', () => {
    const articles = readArticles(dirA);
    const slugs = articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) {
      expect(s).toMatch(SLUG);
      expect(s.length).toBeLessThanOrEqual(80);
    }
  });

  it('all text is NFC', () => {
    for (const { path, raw } of readArticles(dirA)) {
      expect(raw === raw.normalize('NFC'), path).toBe(true);
    }
    for (const f of ['categories.yaml', 'sources.yaml']) {
      const raw = readFileSync(join(dirA, f), 'utf8');
      expect(raw === raw.normalize('NFC'), f).toBe(true);
    }
  });

  it('dates are valid, within 2011-01-01 … 2025-12-31 (+07:00)', () => {
    for (const { path, data } of readArticles(dirA)) {
      for (const key of ['publishedAt', 'updatedAt'] as const) {
        const v = data[key];
        if (key === 'updatedAt' && v === undefined) continue;
        const m = ISO_VN.exec(v as string);
        expect(m, `${path}: ${key} ${String(v)}`).not.toBeNull();
        const t = Date.parse(v as string);
        expect(Number.isNaN(t), path).toBe(false);
        // Round-trip: the components are a real calendar date (no 2021-02-30).
        const [, y, mo, d, hh, mi] = m!.map(Number) as number[];
        const back = new Date(t + 7 * 3_600_000);
        expect(
          [
            back.getUTCFullYear(),
            back.getUTCMonth() + 1,
            back.getUTCDate(),
            back.getUTCHours(),
            back.getUTCMinutes(),
          ],
          path,
        ).toEqual([y, mo, d, hh, mi]);
        if (key === 'publishedAt') {
          expect(t).toBeGreaterThanOrEqual(Date.parse('2011-01-01T00:00:00+07:00'));
          expect(t).toBeLessThan(Date.parse('2026-01-01T00:00:00+07:00'));
        } else {
          expect(t).toBeGreaterThanOrEqual(Date.parse(data.publishedAt as string));
        }
      }
    }
  });

  it('reuses tags across articles (a bank, not one tag per article)', () => {
    const articles = readArticles(dirA);
    const tags = new Set(articles.flatMap((a) => a.data.tags as string[]));
    expect(tags.size).toBeLessThan(articles.length);
    expect(tags.size).toBeGreaterThan(10);
  });

  it('refuses to overwrite a non-empty directory it did not create', () => {
    const foreign = join(root, 'foreign');
    generateCorpus({ count: 1, seed: 1, out: join(foreign, 'x') });
    writeFileSync(join(foreign, 'keep.txt'), 'precious');
    expect(() => generateCorpus({ count: 1, seed: 1, out: foreign })).toThrow(/not empty/);
    expect(readFileSync(join(foreign, 'keep.txt'), 'utf8')).toBe('precious');
  });
});
