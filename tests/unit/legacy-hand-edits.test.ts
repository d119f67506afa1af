import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { keepHandEdits } from '../../src/lib/legacy/merge.ts';
import type { LegacyArticle } from '../../src/lib/legacy/convert.ts';
import { renderArticle } from '../../src/lib/legacy/render.ts';
import { main } from '../../scripts/import-legacy.ts';

const FIXTURES = path.resolve('tests/fixtures/legacy');
const SEEDS = path.join(FIXTURES, 'seeds');
const SEED_003_OUT =
  'news/2021/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/index.md';

const imported: LegacyArticle = {
  title: 'Tiêu đề',
  lede: 'Sapo.',
  publishedAt: '2021',
  category: 'hoat-dong-ban',
  draft: true,
  legacy: { id: 'abc12345' },
  body: [{ type: 'paragraph', text: 'Nội dung.' }],
};

function frontmatter(md: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] as string, { schema: 'core' }) as Record<string, unknown>;
}

describe('keepHandEdits', () => {
  it('keeps every editorial field the editors set, and reports the ones that differ', () => {
    const handEdits = {
      publishedAt: '2021-05-04 09:30',
      draft: false,
      featured: true,
      tags: ['Chương trình MTQG', 'Hầu A Lềnh'],
      author: 'Minh Thu',
      cover: './anh-bia.jpg',
      coverAlt: 'Toàn cảnh buổi làm việc',
    };
    // A copy goes in, so that handEdits stays the expected value even if the input were mutated.
    const existing = {
      title: 'Tiêu đề đã sửa tay (không giữ: tiêu đề thuộc trình nhập)',
      ...structuredClone(handEdits),
    };
    const { article, decisions } = keepHandEdits(imported, existing);
    expect(article).toEqual({ ...imported, ...handEdits });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.kind).toBe('handEdit');
    expect(decisions[0]?.message).toContain('publishedAt: “2021-05-04 09:30”; draft: false; featured: true');
    const data = frontmatter(renderArticle(article));
    expect(Object.keys(data)).toEqual([
      'title',
      'lede',
      'publishedAt',
      'category',
      'tags',
      'author',
      'cover',
      'coverAlt',
      'draft',
      'featured',
      'legacy',
    ]);
    expect(renderArticle(article)).toContain('\ntags: [ "Chương trình MTQG", "Hầu A Lềnh" ]\n');
  });

  it('reports nothing when the existing values are what the importer writes anyway', () => {
    const { article, decisions } = keepHandEdits(imported, {
      publishedAt: '2021',
      draft: true,
      category: 'khac',
    });
    expect(article).toEqual(imported);
    expect(decisions).toEqual([]);
  });

  it('ignores malformed editorial values instead of copying them (a number as year is read as text)', () => {
    const { article } = keepHandEdits(imported, {
      draft: 'no',
      tags: 'một',
      author: '  ',
      publishedAt: 2020,
    });
    expect(article.draft).toBe(true);
    expect(article.tags).toBeUndefined();
    expect(article.author).toBeUndefined();
    expect(article.publishedAt).toBe('2020');
  });
});

describe('import:legacy re-run over hand-edited articles', () => {
  let out = '';
  afterEach(() => {
    rmSync(out, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('keeps the documented seed-003 hand edit (draft: false) and other edits, and stays idempotent', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    out = mkdtempSync(path.join(tmpdir(), 'legacy-hand-'));
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
