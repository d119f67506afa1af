import { describe, expect, it } from 'vitest';
import { shareTargets } from '../../src/lib/share.ts';

const article = {
  url: 'https://tin.cema.gov.vn/tin-tuc/hoi-nghi-trien-khai/',
  title: 'Hội nghị triển khai Chương trình MTQG & kế hoạch 2022',
};

describe('share links', () => {
  it('offers Facebook, Zalo, X and e-mail, in that order, each a plain link', () => {
    expect(shareTargets(article).map((t) => t.id)).toEqual(['facebook', 'zalo', 'x', 'email']);
  });

  it('encodes the URL and the Vietnamese title as query values', () => {
    const [facebook, zalo, x, email] = shareTargets(article);
    const encoded = 'https%3A%2F%2Ftin.cema.gov.vn%2Ftin-tuc%2Fhoi-nghi-trien-khai%2F';
    expect(facebook!.href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
    expect(new URL(zalo!.href).searchParams.get('url')).toBe(article.url);
    const post = new URL(x!.href);
    expect(post.origin + post.pathname).toBe('https://x.com/intent/post');
    expect(post.searchParams.get('text')).toBe(article.title);
    expect(post.searchParams.get('url')).toBe(article.url);
    expect(email!.href).toMatch(/^mailto:\?subject=H%E1%BB%99i%20ngh%E1%BB%8B%20/);
    expect(email!.href).not.toContain('+');
    expect(decodeURIComponent(email!.href.split('body=')[1]!)).toBe(`${article.title}\n${article.url}`);
    // "&" inside the title must not start a new parameter.
    expect(x!.href).toContain('%26');
  });

  it('refuses a site-relative URL (a shared link must work outside the site)', () => {
    expect(() => shareTargets({ ...article, url: '/tin-tuc/a/' })).toThrow(/absolute/);
  });
});
