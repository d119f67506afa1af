import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeImageSlots } from '../../../src/lib/markdown/rehype-image-slots.ts';
import { remarkFigures } from '../../../src/lib/markdown/remark-figures.ts';

async function renderHtml(markdown: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkFigures)
    .use(remarkRehype)
    .use(rehypeImageSlots)
    .use(rehypeStringify)
    .process({ value: markdown, data: { astro: { frontmatter } } });
  return String(file);
}

describe('rehypeImageSlots', () => {
  const body = '![A](./a.jpg)\n*Một*\n\n![B](./b.jpg)\n*Hai*\n![C](./c.jpg)\n*Ba*';

  it('marks gallery photos and gives the first photo priority when there is no cover', async () => {
    const html = await renderHtml(body);
    expect(html).toContain('<img src="./a.jpg" alt="A" data-slot="body" data-priority="true">');
    expect(html).toContain('<img src="./b.jpg" alt="B" data-slot="gallery">');
    expect(html).toContain('<img src="./c.jpg" alt="C" data-slot="gallery">');
    expect(html.match(/data-priority/g)).toHaveLength(1);
  });

  it('unwraps the paragraph around an image inside an MDX <Figure>, and nothing else', () => {
    const image = { type: 'element', tagName: 'img', properties: { src: './a.jpg', alt: 'A' }, children: [] };
    const figure = {
      type: 'mdxJsxFlowElement',
      name: 'Figure',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: ' ' }, image] },
      ],
    };
    const other = {
      type: 'mdxJsxFlowElement',
      name: 'Aside',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ ...image }] }],
    };
    const tree = { type: 'root', children: [figure, other] };
    rehypeImageSlots()(tree as never, { data: {} });
    expect(figure.children).toEqual([
      { ...image, properties: { src: './a.jpg', alt: 'A', dataSlot: 'body', dataPriority: 'true' } },
    ]);
    expect(other.children[0]!.tagName).toBe('p');
  });

  it('gives no body photo priority when the article has a cover (the cover is the LCP image)', async () => {
    expect(await renderHtml(body, { cover: './bia.jpg' })).not.toContain('data-priority');
  });
});
