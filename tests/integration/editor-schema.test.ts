/**
 * Editor help: the JSON schemas Astro generates for the collections (.astro/collections/, written
 * by every build — here the shared fixture build) are the ones .vscode/settings.json wires to the
 * front matter and the registries. They must accept the real content and reject a broken field,
 * and the contentIntellisense manifest must map article files to the "news" collection.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { listArticles } from '../../scripts/check-content.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const collections = path.join(repo, '.astro/collections');

function readJsonc(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  return JSON.parse(text) as Record<string, unknown>;
}

function schema(name: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(path.join(collections, `${name}.schema.json`), 'utf8')));
}

describe('editor help (.vscode + schemas Astro generates)', () => {
  const settings = readJsonc(path.join(repo, '.vscode/settings.json'));

  it('wires Astro content intellisense and the registry schemas, and recommends the extensions', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(settings['yaml.schemas']).toEqual({
      './.astro/collections/categories.schema.json': 'content/categories.yaml',
      './.astro/collections/sources.schema.json': 'content/sources.yaml',
    });
    const extensions = readJsonc(path.join(repo, '.vscode/extensions.json'));
    expect(extensions.recommendations).toEqual(['astro-build.astro-vscode', 'redhat.vscode-yaml']);
  });

  it('the contentIntellisense manifest (what the Astro extension reads) declares the news schema', () => {
    // Written by every sync (experimental.contentIntellisense); its file→collection entries depend
    // on which content folder the last build or dev server of this checkout used, so only their
    // shape is checked.
    const manifest = JSON.parse(readFileSync(path.join(collections, 'collections.json'), 'utf8')) as {
      collections: { name: string; hasSchema: boolean }[];
      entries: Record<string, string>;
    };
    expect(manifest.collections).toContainEqual({ name: 'news', hasSchema: true });
    for (const [file, name] of Object.entries(manifest.entries)) {
      if (name === 'news') expect(file).toMatch(/^file:\/\/.*\/news\/\d{4}\/[a-z0-9-]+\/index\.mdx?$/);
    }
  });

  it('accepts the front matter of every real article, and the registries', () => {
    const validate = schema('news');
    const articles = listArticles(path.join(repo, 'content/news'));
    expect(articles.length).toBeGreaterThanOrEqual(2);
    for (const { file } of articles) {
      const { data } = parseFrontmatter(readFileSync(file, 'utf8'));
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
    }
    for (const name of ['categories', 'sources']) {
      const check = schema(name);
      const list = parseYaml(readFileSync(path.join(repo, 'content', `${name}.yaml`), 'utf8'));
      expect(check(list) ? [] : check.errors, name).toEqual([]);
    }
  });

  it('flags what the editor should underline: a missing title, a number as lede, an empty category name', () => {
    const validate = schema('news');
    expect(validate({ lede: 5, publishedAt: '2022-02-09', category: 'hoat-dong-ban' })).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([
      " must have required property 'title'",
      '/lede must be string',
    ]);
    expect(schema('categories')([{ id: 'x', name: '' }])).toBe(false);
  });
});
