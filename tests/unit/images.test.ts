import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  altAttribute,
  DECORATIVE_ALT,
  encodeSocialImage,
  fallbackFormat,
  formatBytes,
  heightFor,
  OVERSIZED_BYTES,
  searchThumbnailTransform,
  SLOT_RULES,
  SOCIAL_IMAGE,
  socialImageVersion,
  widthsFor,
} from '../../src/lib/images.ts';
import sharp from 'sharp';
import {
  checkArticleImages,
  checkImageFiles,
  findMarkdownImages,
  isLocalImage,
} from '../../src/lib/content/image-checks.ts';
import { optimizeBodyImages, readPlaceholder } from '../../src/lib/markdown/optimize-body-images.ts';
import { rehypeImageSlots } from '../../src/lib/markdown/rehype-image-slots.ts';
import { remarkFigures } from '../../src/lib/markdown/remark-figures.ts';
import { makePhoto } from '../support/photos.ts';

describe('image widths and sizes', () => {
  it('keeps the slot widths up to the original, adding the original width, never upscaling', () => {
    expect(widthsFor('body', 2400, 1600)).toEqual([360, 720, 1080, 1440]);
    expect(widthsFor('body', 1000, 700)).toEqual([360, 720, 1000]);
    expect(widthsFor('body', 1440, 900)).toEqual([360, 720, 1080, 1440]);
    expect(widthsFor('body', 200, 150)).toEqual([200]);
    expect(widthsFor('gallery', 900, 1200)).toEqual([360, 720, 900]);
  });

  it('limits a crop by the height the aspect ratio needs', () => {
    // A 16:9 cover from a 2000×900 photo can be at most 1600 px wide.
    expect(widthsFor('cover', 2000, 900)).toEqual([360, 720, 1080, 1440]);
    expect(widthsFor('cover', 2000, 600)).toEqual([360, 720, 1066]);
    expect(widthsFor('thumbnail', 1600, 1000)).toEqual([144, 288]);
    expect(heightFor('thumbnail', 288, { width: 1600, height: 1000 })).toBe(192);
    expect(heightFor('cover', 1440, { width: 1600, height: 1000 })).toBe(810);
    expect(heightFor('body', 1440, { width: 1600, height: 1067 })).toBe(960);
  });

  it('has a sizes attribute for each slot', () => {
    for (const rule of Object.values(SLOT_RULES)) expect(rule.sizes).toMatch(/rem|vw/);
    expect(SLOT_RULES.gallery.sizes).toContain('21.5rem');
  });

  it('renders the decorative marker as alt="" and trims real alt text', () => {
    expect(altAttribute(DECORATIVE_ALT)).toBe('');
    expect(altAttribute('  Toàn cảnh hội nghị ')).toBe('Toàn cảnh hội nghị');
  });

  it('falls back to JPEG, PNG for PNG sources, and prints sizes in Vietnamese', () => {
    expect(fallbackFormat({ format: 'jpg' } as never)).toBe('jpg');
    expect(fallbackFormat({ format: 'png' } as never)).toBe('png');
    expect(formatBytes(6.5 * 1024 * 1024)).toBe('6,5 MB');
  });
});

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

describe('social cards and search thumbnails', () => {
  it('encodes any cover to exactly 1200×630 JPEG, small or large, portrait or landscape', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cema-social-'));
    try {
      for (const [width, height] of [
        [640, 960],
        [2400, 1200],
      ] as const) {
        const file = path.join(dir, `${width}.jpg`);
        await makePhoto(file, width, height);
        const { readFileSync } = await import('node:fs');
        const meta = await sharp(await encodeSocialImage(readFileSync(file))).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual([
          'jpeg',
          SOCIAL_IMAGE.width,
          SOCIAL_IMAGE.height,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('versions a card by its original (whose asset URL carries its content hash)', () => {
    const a = socialImageVersion({ src: '/_astro/anh-bia.Ab12.jpg' });
    expect(a).toMatch(/^[0-9a-f]{10}$/);
    expect(socialImageVersion({ src: '/_astro/anh-bia.Ab12.jpg' })).toBe(a);
    expect(socialImageVersion({ src: '/_astro/anh-bia.Cd34.jpg' })).not.toBe(a);
  });

  it('takes the search thumbnail from the listing thumbnail rule (largest width, 3:2, WebP)', () => {
    const cover = { src: '/a.jpg', width: 1600, height: 1200, format: 'jpg' } as const;
    expect(searchThumbnailTransform(cover)).toMatchObject({
      width: 288,
      height: 192,
      fit: 'cover',
      format: 'webp',
    });
  });
});

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

describe('optimizeBodyImages', () => {
  const placeholder = (props: Record<string, unknown>) =>
    `__ASTRO_IMAGE_="${JSON.stringify(props).replace(/"/g, '&#x22;')}"`;
  const fakeBuild = async (
    source: { src: string },
    options: { alt: string; slot: string; priority?: boolean },
  ): Promise<Element> => ({
    type: 'element',
    tagName: 'picture',
    properties: {
      dataFrom: source.src,
      dataSlot: options.slot,
      dataPriority: String(Boolean(options.priority)),
      title: options.alt,
    },
    children: [],
  });

  it("reads Astro's placeholder and replaces each image with the picture, keeping the rest", async () => {
    const html =
      '<p>Mở đầu &amp; giữa</p><figure class="figure"><img ' +
      placeholder({ src: './a.jpg', alt: 'Ảnh "A"', dataSlot: 'body', dataPriority: 'true', index: 0 }) +
      '><figcaption>Chú thích</figcaption></figure><div class="gallery"><img ' +
      placeholder({ src: './b.jpg', alt: 'B', dataSlot: 'gallery', index: 0 }) +
      '></div>';
    const out = await optimizeBodyImages(html, (src) => ({ src: `/meta/${src}` }) as never, {
      file: 'x.md',
      build: fakeBuild as never,
    });
    expect(out).toBe(
      '<p>Mở đầu &#x26; giữa</p><figure class="figure"><picture data-from="/meta/./a.jpg" data-slot="body" data-priority="true" title="Ảnh &#x22;A&#x22;"></picture><figcaption>Chú thích</figcaption></figure>' +
        '<div class="gallery"><picture data-from="/meta/./b.jpg" data-slot="gallery" data-priority="false" title="B"></picture></div>',
    );
  });

  it('returns HTML without images unchanged, and fails naming the article for an unknown image', async () => {
    expect(await optimizeBodyImages('<p>a<br>b</p>', () => undefined, { file: 'x.md' })).toBe(
      '<p>a<br>b</p>',
    );
    const html = `<img ${placeholder({ src: './khong-co.jpg', alt: 'X' })}>`;
    await expect(
      optimizeBodyImages(html, () => undefined, { file: 'news/2024/x/index.md', build: fakeBuild as never }),
    ).rejects.toThrow(/news\/2024\/x\/index\.md: không tìm thấy ảnh "\.\/khong-co\.jpg"/);
  });

  it('ignores ordinary images (remote or public ones Astro did not process)', () => {
    expect(
      readPlaceholder({ type: 'element', tagName: 'img', properties: { src: '/logo.png' }, children: [] }),
    ).toBeUndefined();
  });
});

describe('image checks', () => {
  let dir: string;
  const file = () => path.join(dir, 'index.md');
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cema-images-'));
    await makePhoto(path.join(dir, 'anh-1.jpg'), 120, 80);
    writeFileSync(path.join(dir, 'hong.jpg'), 'đây không phải ảnh');
    writeFileSync(path.join(dir, 'qua-nang.jpg'), Buffer.alloc(OVERSIZED_BYTES + 1));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds Markdown images with their alt text and line, including reference images', () => {
    const body = 'Đoạn.\n\n![Ảnh một](./anh-1.jpg)\n*Chú thích*\n\n![Ảnh hai][h]\n\n[h]: ./anh%20hai.jpg';
    expect(findMarkdownImages(body)).toEqual([
      { url: './anh-1.jpg', alt: 'Ảnh một', line: 3 },
      { url: './anh hai.jpg', alt: 'Ảnh hai', line: 6 },
    ]);
    expect([
      isLocalImage('./a.jpg'),
      isLocalImage('a.jpg'),
      isLocalImage('https://x.vn/a.jpg'),
      isLocalImage('/a.jpg'),
      isLocalImage('#anh-thieu'),
    ]).toEqual([true, true, false, false, false]);
  });

  it('accepts a valid article: photos with alt, a decorative image, a missing-photo marker', async () => {
    const body = `![Ảnh](./anh-1.jpg)\n\n![${DECORATIVE_ALT}](./anh-1.jpg)\n\n![](#anh-thieu)\n*Chú thích*`;
    const result = await checkArticleImages({
      file: file(),
      body,
      bodyStartLine: 8,
      cover: { path: './anh-1.jpg', line: 5 },
    });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.localImages).toEqual(['./anh-1.jpg']);
  });

  it('fails on a missing alt, a missing file and an unreadable file, naming the file, line and path', async () => {
    const body = '![](./anh-1.jpg)\n\n![Ảnh](./khong-co.jpg)\n\n![Ảnh hỏng](./hong.jpg)';
    const result = await checkArticleImages({
      file: file(),
      body,
      bodyStartLine: 6,
      cover: { path: './bia-khong-co.jpg', line: 4 },
    });
    expect(result.problems.map((p) => [p.line, p.field, p.message.split(' (')[0]])).toEqual([
      [4, 'cover (ảnh bìa)', 'không tìm thấy tệp ảnh "./bia-khong-co.jpg" cạnh bài viết'],
      [6, 'ảnh', 'ảnh "./anh-1.jpg" thiếu mô tả'],
      [8, 'ảnh', 'không tìm thấy tệp ảnh "./khong-co.jpg" cạnh bài viết'],
      [10, 'ảnh', 'không đọc được tệp ảnh "./hong.jpg"'],
    ]);
    expect(result.problems.every((p) => p.file === file())).toBe(true);
    expect(result.problems[1]!.message).toContain(`![${DECORATIVE_ALT}](./anh-1.jpg)`);
  });

  it('refuses remote and site-root images (not optimised, no width/height)', async () => {
    const body = '![Ảnh](https://baodantoc.vn/a.jpg)\n\n![Ảnh](/uploads/b.jpg)';
    const result = await checkArticleImages({ file: file(), body, bodyStartLine: 7 });
    expect(result.problems.map((p) => [p.line, p.message.split(' phải')[0]])).toEqual([
      [7, 'ảnh "https://baodantoc.vn/a.jpg"'],
      [9, 'ảnh "/uploads/b.jpg"'],
    ]);
    expect(result.localImages).toEqual([]);
  });

  it('warns about oversized originals with their size, without failing', () => {
    const result = checkImageFiles(file(), [{ url: './qua-nang.jpg', line: 9, field: 'ảnh' }]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/index\.md:9 — ảnh "\.\/qua-nang\.jpg" nặng 5 MB$/);
  });
});
