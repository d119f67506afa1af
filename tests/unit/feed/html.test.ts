import { describe, expect, it } from 'vitest';
import { feedHtml, absoluteSrcset } from '../../../src/lib/feed/html.ts';
import { toHtml } from 'hast-util-to-html';
import { videoElement } from '../../../src/lib/markdown/video.ts';

describe('feedHtml', () => {
  it('resolves relative URLs against the article, drops unsafe ones', () => {
    const html = feedHtml('<p><a href="./a/">a</a> <img src="x.jpg" alt=""> <a href="vbscript:x">v</a></p>', {
      base: 'https://tin.cema.gov.vn/tin-tuc/bai/',
    });
    expect(html).toBe(
      '<p><a href="https://tin.cema.gov.vn/tin-tuc/bai/a/">a</a> <img src="https://tin.cema.gov.vn/tin-tuc/bai/x.jpg" alt=""> <a>v</a></p>',
    );
    expect(absoluteSrcset('a.jpg 1x,  /b.jpg 2x', 'https://s/t/')).toBe(
      'https://s/t/a.jpg 1x, https://s/b.jpg 2x',
    );
  });

  it('gives a local video as its poster linking to the MP4 (readers do not play <video>)', () => {
    const base = 'https://tin.cema.gov.vn/tin-tuc/bai/';
    const withPoster = toHtml(
      videoElement({ kind: 'file', src: './hop-bao.mp4', title: 'Họp báo', poster: './hop-bao.jpg' }),
    );
    expect(feedHtml(withPoster, { base })).toBe(
      '<figure><a href="https://tin.cema.gov.vn/tin-tuc/bai/hop-bao.mp4"><img src="https://tin.cema.gov.vn/tin-tuc/bai/hop-bao.jpg" alt="Họp báo"></a><figcaption>Họp báo</figcaption></figure>',
    );
    const bare = toHtml(videoElement({ kind: 'file', src: './hop-bao.mp4', title: 'Họp báo' }));
    expect(feedHtml(bare, { base })).toBe(
      '<figure><a href="https://tin.cema.gov.vn/tin-tuc/bai/hop-bao.mp4">Họp báo</a><figcaption>Họp báo</figcaption></figure>',
    );
  });

  it('keeps a YouTube video as a link to its player, with its title as text', () => {
    const embed = toHtml(
      videoElement({ kind: 'embed', video: { provider: 'youtube', id: 'dQw4w9WgXcQ' }, title: 'Họp báo' }),
    );
    expect(feedHtml(embed, { base: 'https://tin.cema.gov.vn/tin-tuc/bai/' })).toBe(
      '<figure><a href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"><span aria-hidden="true"></span><span>Họp báo</span> <span>Xem video trên YouTube</span></a></figure>',
    );
  });
});
