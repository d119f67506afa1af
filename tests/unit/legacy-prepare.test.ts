import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/lib/content/validate.ts';
import { hashBytes, recordOf } from '../../tools/legacy/manifest.ts';
import { flattenForMerge } from '../../tools/legacy/merge.ts';
import { preparePage, readPage, type PageSettings } from '../../tools/legacy/prepare.ts';
import { renderDocument } from '../../tools/legacy/render.ts';
import { NOW, SHAPES, SOURCES } from '../support/legacy.ts';

const SETTINGS: PageSettings = {
  category: 'hoat-dong-ban',
  sources: SOURCES,
  registries: { categories: new Set(['hoat-dong-ban']), sources: new Set(SOURCES.map((s) => s.id)) },
  now: NOW.getTime(),
  newsDir: path.resolve('/content/news'),
};

describe('legacy page preparation', () => {
  it('is the page as a new article at its own slug: text, problems and manifest hashes', () => {
    const name = '206_5a9e000000000206.txt';
    const bytes = new Uint8Array(readFileSync(path.join(SHAPES, name)));
    const prepared = preparePage(name, bytes, SETTINGS);
    const page = readPage(name, bytes, SETTINGS);
    expect(prepared.page).toEqual(page);
    expect(prepared.target).toBe(path.join(SETTINGS.newsDir, page.result.year, page.result.slug, 'index.md'));
    expect(prepared.text).toBe(renderDocument(page.fresh, page.comments));
    expect(prepared.problems).toEqual(
      validateArticle(prepared.text, prepared.target, SETTINGS.registries).problems,
    );
    expect(prepared.problems).toEqual([]);
    const { fields, body } = recordOf('', flattenForMerge(page.fresh.data), page.fresh.body);
    expect(prepared.record).toEqual({ fields, body });
    expect(prepared.written).toBe(hashBytes(prepared.text));
  });

  it('reports what the build would reject (an unregistered category) instead of hiding it', () => {
    const name = '206_5a9e000000000206.txt';
    const bytes = new Uint8Array(readFileSync(path.join(SHAPES, name)));
    const prepared = preparePage(name, bytes, {
      ...SETTINGS,
      registries: { ...SETTINGS.registries, categories: new Set() },
    });
    expect(prepared.problems.map((p) => p.field)).toEqual(['category (chuyên mục)']);
  });
});
