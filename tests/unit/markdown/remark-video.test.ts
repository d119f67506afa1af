import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { VFile } from 'vfile';
import { remarkFigures } from '../../../src/lib/markdown/remark-figures.ts';
import { remarkVideo } from '../../../src/lib/markdown/remark-video.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cema-video-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'hop-bao.mp4'), 'x');
  writeFileSync(path.join(dir, 'hop-bao.vtt'), 'WEBVTT\n');
  writeFileSync(path.join(dir, 'hop-bao.webp'), 'x');
  writeFileSync(path.join(dir, 'phong-su.mp4'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(markdown: string, options: { mdx?: boolean } = {}): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (options.mdx)
    processor.data('micromarkExtensions', [mdxjs()]).data('fromMarkdownExtensions', [mdxFromMarkdown()]);
  const file = await processor
    .use(remarkVideo)
    .use(remarkFigures)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path: path.join(dir, options.mdx ? 'index.mdx' : 'index.md') }));
  return String(file).replace(/\n/g, '');
}

const YOUTUBE_LINK =
  '<figure class="video video--embed"><a class="video__link" href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" data-video-provider="youtube" data-video-id="dQw4w9WgXcQ">' +
  '<span class="video__play" aria-hidden="true"></span><span class="video__title">Họp báo</span> <span class="video__hint">Xem video trên YouTube</span></a></figure>';

const LOCAL_VIDEO =
  '<figure class="video video--file"><video class="video__player" controls preload="none" poster="./hop-bao.webp" title="Họp báo">' +
  '<source src="./hop-bao.mp4" type="video/mp4"><track kind="captions" src="./hop-bao.vtt" srclang="vi" label="Tiếng Việt" default>' +
  '<a href="./hop-bao.mp4">Tải video (MP4)</a></video><figcaption>Họp báo</figcaption></figure>';

describe('remarkVideo: the Markdown forms', () => {
  it('turns a titled YouTube link alone on a line into a privacy-host play link, no iframe', async () => {
    expect(await render('[Họp báo](https://www.youtube.com/watch?v=dQw4w9WgXcQ)')).toBe(YOUTUBE_LINK);
  });

  it('takes a bare address alone on a line too; the link then reads "Xem video trên …"', async () => {
    const html = await render('https://youtu.be/dQw4w9WgXcQ\n\nhttps://vimeo.com/76979871');
    expect(html).toContain('href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('href="https://player.vimeo.com/video/76979871?dnt=1"');
    expect(html).toContain('<span class="video__hint">Xem video trên Vimeo</span>');
    expect(html).not.toContain('video__title');
  });

  it('leaves a video address inside a sentence as a plain link', async () => {
    expect(await render('Xem [tại đây](https://youtu.be/dQw4w9WgXcQ) nhé.')).toBe(
      '<p>Xem <a href="https://youtu.be/dQw4w9WgXcQ">tại đây</a> nhé.</p>',
    );
  });

  it('makes a local MP4 a <video> with the poster and captions found beside it', async () => {
    expect(await render('![Họp báo](./hop-bao.mp4)')).toBe(LOCAL_VIDEO);
    expect(await render('![Phóng sự](./phong-su.mp4)')).toBe(
      '<figure class="video video--file"><video class="video__player" controls preload="none" title="Phóng sự">' +
        '<source src="./phong-su.mp4" type="video/mp4"><a href="./phong-su.mp4">Tải video (MP4)</a></video>' +
        '<figcaption>Phóng sự</figcaption></figure>',
    );
  });
});

describe('remarkVideo: an MP4 that is not alone on its line', () => {
  it('is a link to the file, never an image for the photo pipeline', async () => {
    expect(await render('![Họp báo](./hop-bao.mp4)\n*Chú thích dưới video*')).toBe(
      '<p><a href="./hop-bao.mp4">Họp báo</a><em>Chú thích dưới video</em></p>',
    );
  });
});

describe('remarkVideo: MDX <Video> gives the same output', () => {
  it('for YouTube and for a local MP4', async () => {
    expect(await render('<Video src="https://youtu.be/dQw4w9WgXcQ" title="Họp báo" />', { mdx: true })).toBe(
      YOUTUBE_LINK,
    );
    expect(await render('<Video src="./hop-bao.mp4" title="Họp báo" />', { mdx: true })).toBe(LOCAL_VIDEO);
  });
});
