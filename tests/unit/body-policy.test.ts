import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { sanitizeBodyHtml } from '../../src/lib/body-policy.ts';
import { videoElement } from '../../src/lib/markdown/video.ts';

/** Everything in a tree a browser could execute or be sent elsewhere by. */
function executable(html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  const found: string[] = [];
  for (const el of selectAll('*', tree)) {
    if (
      [
        'script',
        'style',
        'iframe',
        'object',
        'embed',
        'form',
        'meta',
        'base',
        'link',
        'svg',
        'math',
      ].includes(el.tagName)
    )
      found.push(`<${el.tagName}>`);
    for (const [key, value] of Object.entries(el.properties)) {
      if (/^on/i.test(key) || key === 'style') found.push(`${el.tagName}[${key}]`);
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^\s*(?:javascript|data|vbscript):/i.test(text)) found.push(`${el.tagName}[${key}=${text}]`);
    }
  }
  return found;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<p onclick="alert(1)">x</p>',
  '<img src="x.jpg" onerror="alert(1)" alt="">',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
  '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">',
  '<img srcset="javascript:alert(1) 1x" alt="">',
  '<svg><script>alert(1)</script></svg>',
  '<object data="x.swf"></object>',
  '<form action="https://evil.example/"><button>x</button></form>',
  '<base href="https://evil.example/">',
  '<p style="position:fixed">x</p>',
  '<a href="vbscript:x">x</a>',
];

describe('the body policy (article pages and feeds)', () => {
  it.each(HOSTILE)('leaves nothing executable of %s', (html) => {
    const clean = sanitizeBodyHtml(html);
    expect(executable(clean), clean).toEqual([]);
  });

  it('keeps what news needs: headings, links, lists, tables, quotes, figures, pictures', () => {
    const html =
      '<h2 id="muc-1">Mục 1</h2><p>Xem <a href="/tin-tuc/a/">bài</a>, <a href="https://baodantoc.vn/x">nguồn</a>, ' +
      '<a href="mailto:a@b.vn">thư</a>, <a href="tel:+8424">gọi</a>, <a href="#muc-1">mục</a>.</p>' +
      '<ul><li>a</li></ul><ol start="3"><li>b</li></ol><table><thead><tr><th scope="col">A</th></tr></thead>' +
      '<tbody><tr><td colspan="2">1</td></tr></tbody></table><blockquote><p>q</p></blockquote>' +
      '<figure class="figure"><picture><source type="image/avif" srcset="/_astro/a.avif 360w" sizes="100vw">' +
      '<img src="/_astro/a.jpg" alt="Ảnh" width="360" height="240" loading="lazy" decoding="async"></picture>' +
      '<figcaption>Chú thích <span class="figure__credit">Ảnh: Minh Thu</span></figcaption></figure>';
    expect(sanitizeBodyHtml(html)).toBe(html);
  });

  it('drops classes the site does not define and attributes that steer the search index', () => {
    expect(sanitizeBodyHtml('<p class="visually-hidden figure">a</p>')).toBe('<p class="figure">a</p>');
    expect(sanitizeBodyHtml('<p data-pagefind-ignore data-x="1">a</p>')).toBe('<p data-x="1">a</p>');
  });

  it('keeps our video markup whole, on purpose (src/lib/markdown/video.ts)', () => {
    const embed = toHtml(
      videoElement({ kind: 'embed', video: { provider: 'youtube', id: 'dQw4w9WgXcQ' }, title: 'Họp báo' }),
    );
    const file = toHtml(
      videoElement({
        kind: 'file',
        src: './hop-bao.mp4',
        title: 'Họp báo',
        poster: './hop-bao.jpg',
        captions: './hop-bao.vtt',
      }),
    );
    expect(sanitizeBodyHtml(embed)).toBe(embed);
    expect(sanitizeBodyHtml(file)).toBe(file);
    expect(executable(file)).toEqual([]);
  });

  it('still removes a pasted player and a video that plays by itself', () => {
    expect(
      sanitizeBodyHtml(
        '<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0"></iframe>',
      ),
    ).toBe('');
    expect(
      sanitizeBodyHtml('<video src="https://x.example/a.mp4" autoplay muted loop onplay="x()"></video>'),
    ).toBe('<video></video>');
    expect(sanitizeBodyHtml('<video poster="javascript:alert(1)" controls></video>')).toBe(
      '<video controls></video>',
    );
  });
});
