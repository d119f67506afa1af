import { describe, expect, it } from 'vitest';
import type { LegacyArticle } from '../../tools/legacy/convert.ts';
import { keepHandEdits } from '../../tools/legacy/merge.ts';
import { renderArticle } from '../../tools/legacy/render.ts';
import { frontmatter } from '../support/legacy.ts';

const imported: LegacyArticle = {
  title: 'Tiêu đề',
  lede: 'Sapo.',
  publishedAt: '2021',
  category: 'hoat-dong-ban',
  draft: true,
  legacy: { id: 'abc12345' },
  body: [{ type: 'paragraph', text: 'Nội dung.' }],
};

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
