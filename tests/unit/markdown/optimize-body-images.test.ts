import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { optimizeBodyImages, readPlaceholder } from '../../../src/lib/markdown/optimize-body-images.ts';

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
