import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { findMissingImageLines, remarkFigures } from '../../../src/lib/markdown/remark-figures.ts';
import { remarkNfc } from '../../../src/lib/markdown/remark-nfc.ts';

async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkNfc)
    .use(remarkFigures)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return String(file).replace(/\n/g, '');
}

describe('remarkFigures', () => {
  it('turns an image followed by an italic line into figure + figcaption', async () => {
    const html = await render('![Toàn cảnh hội nghị](./anh.jpg)\n*Bộ trưởng chủ trì hội nghị*');
    expect(html).toBe(
      '<figure class="figure"><img src="./anh.jpg" alt="Toàn cảnh hội nghị"><figcaption>Bộ trưởng chủ trì hội nghị</figcaption></figure>',
    );
  });

  it('renders a trailing (Ảnh: …) as a separate credit', async () => {
    const html = await render('![Hội nghị](./a.jpg)\n*Bộ trưởng phát biểu (Ảnh: Minh Thu)*');
    expect(html).toContain(
      '<figcaption>Bộ trưởng phát biểu <span class="figure__credit">Ảnh: Minh Thu</span></figcaption>',
    );
  });

  it('shows readers the caption of a photo the old portal lost as a plain caption, no placeholder', async () => {
    const html = await render('![](#anh-thieu)\n*Ông Hà Việt Quân báo cáo tại Hội nghị*');
    expect(html).toBe(
      '<figure class="figure figure--missing"><figcaption>Ông Hà Việt Quân báo cáo tại Hội nghị</figcaption></figure>',
    );
    expect(html).not.toContain('<img');
  });

  it('shows nothing for a lost photo without caption, and keeps the other photos of a gallery', async () => {
    expect(await render('Trước.\n\n![](#anh-thieu)\n\nSau.')).toBe('<p>Trước.</p><p>Sau.</p>');
    const gallery = await render('![](#anh-thieu)\n![A](./a.jpg)\n*Ảnh một*');
    expect(gallery).toBe(
      '<figure class="figure"><img src="./a.jpg" alt="A"><figcaption>Ảnh một</figcaption></figure>',
    );
  });

  it('makes a gallery from several captioned photos in one paragraph', async () => {
    const html = await render('![A](./a.jpg)\n*Ảnh một*\n![B](./b.jpg)\n*Ảnh hai*');
    expect(html).toMatch(
      /^<div class="gallery"><figure class="figure">.*Ảnh một.*<\/figure><figure class="figure">.*Ảnh hai.*<\/figure><\/div>$/,
    );
  });

  it('leaves an image without caption, and ordinary italic text, alone', async () => {
    expect(await render('![Ảnh](./a.jpg)')).toBe('<p><img src="./a.jpg" alt="Ảnh"></p>');
    expect(await render('Một câu có *chữ nghiêng* ở giữa.')).toBe(
      '<p>Một câu có <em>chữ nghiêng</em> ở giữa.</p>',
    );
    expect(await render('*Chỉ chữ nghiêng*')).toBe('<p><em>Chỉ chữ nghiêng</em></p>');
  });

  it('keeps a caption ending with a period as written', async () => {
    const html = await render('![](#anh-thieu)\n*Bộ trưởng chủ trì buổi làm việc.*');
    expect(html).toContain('<figcaption>Bộ trưởng chủ trì buổi làm việc.</figcaption>');
  });

  it('normalises decomposed (NFD) text to NFC', async () => {
    const html = await render('Hội nghị Đổi mới'.normalize('NFD'));
    expect(html).toBe('<p>Hội nghị Đổi mới</p>'.normalize('NFC'));
    expect(html.normalize('NFC')).toBe(html);
  });

  it('finds missing-photo markers by line for the build warning', () => {
    expect(findMissingImageLines('a\n\n![](#anh-thieu)\n*x*\n\n![](#anh-thieu)\n*y*')).toEqual([3, 6]);
    expect(findMissingImageLines('no photos here')).toEqual([]);
  });
});
