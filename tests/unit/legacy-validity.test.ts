import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/lib/content/validate.ts';
import type { LegacyArticle } from '../../tools/legacy/convert.ts';
import { renderDocument, articleText } from '../../tools/legacy/render.ts';
import { fitToSchema, shorten } from '../../tools/legacy/validity.ts';

const REGISTRIES = { categories: new Set(['hoat-dong-ban']), sources: new Set<string>() };
const sentence = 'Ủy ban Dân tộc tổ chức hội nghị triển khai chương trình công tác năm 2022 tại Hà Nội. ';
const article: LegacyArticle = {
  title: 'Hội nghị triển khai công tác dân tộc',
  lede: 'Sapo ngắn.',
  publishedAt: '2022-02-09T14:54:00+07:00',
  category: 'hoat-dong-ban',
  draft: false,
  legacy: { id: 'abc12345' },
  body: [{ type: 'paragraph', text: 'Nội dung bài.' }],
};
const problemsOf = (a: LegacyArticle, comments: string[] = []) =>
  validateArticle(renderDocument(articleText(a), comments), '/tmp/x/index.md', REGISTRIES).problems;

describe('valid output', () => {
  it('shortens at a sentence end, else at a word, and says so with "…"', () => {
    expect(shorten('Câu một dài. Câu hai dài hơn nhiều.', 20)).toBe('Câu một dài.');
    expect(shorten('một hai ba bốn năm sáu bảy tám', 16)).toBe('một hai ba bốn…');
    expect(shorten('x'.repeat(50), 10)).toHaveLength(10);
  });

  it('a valid article is left alone', () => {
    expect(fitToSchema(article)).toEqual({ article, comments: [], decisions: [] });
  });

  it('a 2,000-character title: shortened, full text first in the body, draft, comment, report', () => {
    const title = sentence.repeat(25).trim();
    expect(title.length).toBeGreaterThan(2000);
    expect(problemsOf({ ...article, title })).not.toEqual([]);
    const fitted = fitToSchema({ ...article, title });
    expect(fitted.article.title.length).toBeLessThanOrEqual(300);
    expect(title.startsWith(fitted.article.title.replace(/…$/, ''))).toBe(true);
    expect(fitted.article.body[0]).toEqual({ type: 'paragraph', text: title });
    expect(fitted.article.body.slice(1)).toEqual(article.body);
    expect(fitted.article.draft).toBe(true);
    expect(fitted.comments).toHaveLength(1);
    expect(fitted.comments[0]).toContain(`dài ${title.length.toLocaleString('vi-VN')} ký tự (tối đa 300)`);
    expect(fitted.decisions.map((d) => d.kind)).toEqual(['validation']);
    expect(problemsOf(fitted.article, fitted.comments)).toEqual([]);
    expect(renderDocument(articleText(fitted.article), fitted.comments)).toMatch(
      /^---\n# Trình nhập: tiêu đề/,
    );
  });

  it('a giant lede that is also the first paragraph is not repeated in the body', () => {
    const lede = sentence.repeat(30).trim();
    const fitted = fitToSchema({ ...article, lede, body: [{ type: 'paragraph', text: lede }] });
    expect(fitted.article.lede.length).toBeLessThanOrEqual(1000);
    expect(fitted.article.body).toEqual([{ type: 'paragraph', text: lede }]);
    expect(fitted.article.draft).toBe(true);
    expect(problemsOf(fitted.article, fitted.comments)).toEqual([]);
  });
});
