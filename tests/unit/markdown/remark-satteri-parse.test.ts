import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { remarkFigures } from '../../../src/lib/markdown/remark-figures.ts';
import { remarkNfc } from '../../../src/lib/markdown/remark-nfc.ts';
import { remarkVideo } from '../../../src/lib/markdown/remark-video.ts';
import { rehypeImageSlots } from '../../../src/lib/markdown/rehype-image-slots.ts';
import { parseMarkdown, remarkSatteriParse } from '../../../src/lib/markdown/remark-satteri-parse.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const remark = unified().use(remarkParse).use(remarkGfm);

/** The tree without positions (remark-gfm leaves some nodes without one; no HTML depends on them). */
function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== 'position' && value !== undefined)
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
}

const remarkTree = (markdown: string) => withoutPositions(remark.runSync(remark.parse(markdown)));
const satteriTree = (markdown: string) => withoutPositions(parseMarkdown(markdown));
const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/** What staff and the importer write, and the Markdown corners around it. */
const CASES: Record<string, string> = {
  'captioned photo with credit': '![Toàn cảnh](./anh.jpg)\n*Bộ trưởng phát biểu (Ảnh: Minh Thu)*',
  gallery: '![a](./a.jpg)\n*Một*\n![b](./b.jpg "tiêu đề")\n*Hai*',
  'missing photo': '![](#anh-thieu)\n*Ông Hà Việt Quân báo cáo*',
  'video link alone': '[Hội nghị trực tuyến](https://youtu.be/abc)\n\nhttps://www.youtube.com/watch?v=xyz',
  'local video': '![Họp báo](./hop-bao.mp4)\n*Chú thích*',
  headings: '# Một\n\n## Hai ##\n\nBa\n===\n\nBốn\n---',
  lists: '1. một\n2. hai\n   - con\n     > trích\n\n- [ ] việc\n- [x] xong',
  table: '| Tỉnh | Số hộ |\n|:---|---:|\n| Hà Giang | 12.450 |\n| Lào Cai | `3` |',
  footnote: 'Theo Nghị định[^1].\n\n[^1]: Nghị định 42/2022/NĐ-CP.',
  autolinks: 'Xem www.ubdt.gov.vn, https://a.vn/x?y=1. hoặc <https://b.vn> và thu@ubdt.gov.vn',
  'raw HTML': '<div class="x">\n*không nhấn*\n</div>\n\nTrích nguồn: <a href="https://a.vn">Báo</a> <br>',
  comment: '<!-- ghi chú -->\n\nđoạn',
  entities: '&nbsp;&copy; &#x1F600; &#0; &bogus; &amp;',
  breaks: 'dòng một  \ndòng hai\\\ndòng ba\ndòng bốn',
  emphasis: '**đậm** *nghiêng* _gạch_ ~~xóa~~ ***cả hai*** a*b*c',
  references: '[Quyết định][qd] và ![ảnh][a]\n\n[qd]: ./quyet-dinh.pdf "QĐ"\n[a]: ./a.jpg',
  code: '```js\nconst a = 1;\n```\n\n    thụt lề\n\n`mã`',
  decomposed: 'Ho\u0302\u0323i nghi\u0323 to\u0302\u0309ng ke\u0302\u0301t',
  'windows line endings': '![a](./a.jpg)\r\n*Chú thích*\r\n\r\nĐoạn hai\r\n- một\r\n- hai\r\n',
  tabs: '-\tmột\n\n\tmã\n',
  'control characters': 'chuông\u0007 và xoá\u007f',
  'thematic break first': '---\n\nđoạn',
};

describe('parseMarkdown (Sätteri) builds the mdast remark-parse + remark-gfm builds', () => {
  for (const [name, markdown] of Object.entries(CASES)) {
    it(name, () => expect(satteriTree(markdown)).toEqual(remarkTree(markdown)));
  }

  it('without GFM, builds the mdast of plain micromark (the body checks)', () => {
    for (const [name, markdown] of Object.entries(CASES)) {
      expect(withoutPositions(parseMarkdown(markdown, { gfm: false })), name).toEqual(
        withoutPositions(fromMarkdown(markdown)),
      );
    }
  });

  it('reads U+0000 as U+FFFD, as CommonMark and micromark do', () => {
    expect(satteriTree('a\0b')).toEqual(remarkTree('a\0b'));
    expect(JSON.stringify(parseMarkdown('a\0b'))).toContain('a\uFFFDb');
  });

  it("for every article of content/ and of the tests' fixtures", () => {
    const files = globSync('{content,tests/fixtures}/**/*.md', { cwd: root });
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const markdown = body(path.join(root, file));
      expect(satteriTree(markdown), file).toEqual(remarkTree(markdown));
    }
  });

  const corpus = mkdtempSync(path.join(tmpdir(), 'satteri-corpus-'));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('for 200 generated articles (every shape the benchmark corpus has)', () => {
    generateCorpus({ count: 200, seed: 7, out: corpus });
    const files = globSync('news/**/index.md', { cwd: corpus });
    expect(files.length).toBe(200);
    for (const file of files) {
      const markdown = body(path.join(corpus, file));
      expect(satteriTree(markdown), file).toEqual(remarkTree(markdown));
    }
  });
});

describe('remarkSatteriParse', () => {
  const pipeline = (parse: boolean) => {
    const processor = unified().use(remarkParse).use(remarkGfm);
    if (parse) processor.use(remarkSatteriParse);
    return processor
      .use(remarkNfc)
      .use(remarkVideo)
      .use(remarkFigures)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeImageSlots)
      .use(rehypeStringify, { allowDangerousHtml: true });
  };

  it('replaces remark-parse as the processor’s parser', () => {
    // remark-gfm gives an e-mail autolink's nodes no position; Sätteri gives them one.
    const markdown = '<thu\\+@ubdt.gov.vn>';
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSatteriParse);
    const tree = processor.parse(markdown) as Root;
    expect(tree).toEqual(parseMarkdown(markdown));
    expect(tree).not.toEqual(remark.parse(markdown));
  });

  it('renders the same HTML through our plugins', async () => {
    for (const [name, markdown] of Object.entries(CASES)) {
      const expected = String(await pipeline(false).process(markdown));
      expect(String(await pipeline(true).process(markdown)), name).toBe(expected);
    }
  });
});
