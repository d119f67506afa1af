import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  CAPTIONED_PHOTO_PATTERN,
  captionedPhotoMarkdown,
  parseCaptionedPhoto,
  photoPath,
} from '../../src/lib/cms/captioned-photo.ts';
import { remarkFigures } from '../../src/lib/markdown/remark-figures.ts';

async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkFigures)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return String(file).replace(/\n/g, '');
}

function roundTrip(markdown: string) {
  const match = CAPTIONED_PHOTO_PATTERN.exec(markdown);
  if (!match) throw new Error(`no match: ${markdown}`);
  return parseCaptionedPhoto(match);
}

describe('captionedPhotoMarkdown', () => {
  it('writes the site caption syntax, which the build renders as a figure with its credit', async () => {
    const markdown = captionedPhotoMarkdown({
      image: 'anh-1.jpg',
      alt: 'Toàn cảnh hội nghị',
      caption: 'Bộ trưởng chủ trì hội nghị',
      credit: 'Minh Thu',
    });
    expect(markdown).toBe('![Toàn cảnh hội nghị](./anh-1.jpg)\n_Bộ trưởng chủ trì hội nghị (Ảnh: Minh Thu)_');
    expect(await render(markdown)).toBe(
      '<figure class="figure"><img src="./anh-1.jpg" alt="Toàn cảnh hội nghị"><figcaption>Bộ trưởng chủ trì hội nghị <span class="figure__credit">Ảnh: Minh Thu</span></figcaption></figure>',
    );
  });

  it('writes a plain image when there is neither caption nor credit', () => {
    expect(captionedPhotoMarkdown({ image: './a.jpg', alt: 'Ảnh' })).toBe('![Ảnh](./a.jpg)');
  });

  it('escapes Markdown characters so a caption cannot end its italics early', async () => {
    const markdown = captionedPhotoMarkdown({ image: 'a.jpg', alt: 'x [1]', caption: 'Điểm_trường *mới*' });
    expect(markdown).toBe('![x \\[1\\]](./a.jpg)\n_Điểm\\_trường \\*mới\\*_');
    expect(await render(markdown)).toContain('<figcaption>Điểm_trường *mới*</figcaption>');
    expect(roundTrip(markdown)).toEqual({ image: './a.jpg', alt: 'x [1]', caption: 'Điểm_trường *mới*' });
  });
});

describe('parseCaptionedPhoto', () => {
  it('reads back what it wrote, caption and credit apart', () => {
    const photo = {
      image: './anh-1.jpg',
      alt: 'Hội nghị',
      caption: 'Bộ trưởng phát biểu',
      credit: 'Minh Thu',
    };
    expect(roundTrip(captionedPhotoMarkdown(photo))).toEqual(photo);
  });

  it('reads captions in *…* as the importer writes them, and a credit alone', () => {
    expect(roundTrip('![](#anh-thieu)\n*Bộ trưởng chủ trì hội nghị*')).toEqual({
      image: '#anh-thieu',
      alt: '',
      caption: 'Bộ trưởng chủ trì hội nghị',
    });
    expect(roundTrip('![a](./b.jpg)\n_(Ảnh: TTXVN)_')).toEqual({
      image: './b.jpg',
      alt: 'a',
      credit: 'TTXVN',
    });
  });

  it('does not take a paragraph with more text for a photo block', () => {
    expect(CAPTIONED_PHOTO_PATTERN.test('![a](./b.jpg)\n_c_ và thêm chữ')).toBe(false);
    expect(CAPTIONED_PHOTO_PATTERN.test('Chữ trước ![a](./b.jpg)')).toBe(false);
  });
});

describe('photoPath', () => {
  it('makes a bare file name relative to the article and leaves the rest', () => {
    expect(photoPath('anh.jpg')).toBe('./anh.jpg');
    expect(photoPath('./anh.jpg')).toBe('./anh.jpg');
    expect(photoPath('../chung/anh.jpg')).toBe('../chung/anh.jpg');
    expect(photoPath('https://a.vn/b.jpg')).toBe('https://a.vn/b.jpg');
    expect(photoPath('#anh-thieu')).toBe('#anh-thieu');
  });
});
