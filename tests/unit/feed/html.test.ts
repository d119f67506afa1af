import { describe, expect, it } from 'vitest';
import { feedHtml, absoluteSrcset } from '../../../src/lib/feed/html.ts';

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
});
