import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderArticle } from '../../tools/legacy/render.ts';
import { convertFile, frontmatter, SEED_000, SEEDS } from '../support/legacy.ts';

describe('legacy importer: rendering', () => {
  it('title/lede strings with YAML-special characters round-trip exactly', () => {
    const result = convertFile(SEEDS, SEED_000);
    const tricky = {
      ...result.article,
      title: 'Tiêu đề: "trích" # không phải chú thích \\ yes',
      lede: "- 2021: 'năm' & {x}",
    };
    const data = frontmatter(renderArticle(tricky));
    expect(data.title).toBe(tricky.title);
    expect(data.lede).toBe(tricky.lede);
  });

  it('escapes Markdown syntax without changing words', () => {
    expect(escapeMarkdown('1. Mục *một* [x]')).toBe('1\\. Mục \\*một\\* \\[x\\]');
    expect(escapeMarkdown('# không phải tiêu đề')).toBe('\\# không phải tiêu đề');
    expect(escapeMarkdown('DTTS&MN năm 2022')).toBe('DTTS&MN năm 2022');
  });
});
