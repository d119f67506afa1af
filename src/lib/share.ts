/**
 * The one owner of share links: plain URLs of each service's share page, so a reader shares an
 * article without any third-party script on our pages (strict CSP, no tracking). Zalo has no
 * documented URL-only share endpoint for the web; its "share by link" page opens the Zalo app
 * (or zalo.me on desktop) with the URL.
 */

export interface ShareTarget {
  /** Stable id, also the CSS modifier (share__link--facebook). */
  id: 'facebook' | 'zalo' | 'x' | 'email';
  /** The service's name as readers know it. */
  name: string;
  href: string;
}

export interface Shareable {
  /** Absolute URL of the article. */
  url: string;
  title: string;
}

/** Share links for `article`, in the order readers in Vietnam use them most. */
export function shareTargets({ url, title }: Shareable): ShareTarget[] {
  if (!/^https?:\/\//.test(url)) throw new Error(`share links need an absolute http(s) URL, not "${url}"`);
  const u = encodeURIComponent(url);
  return [
    { id: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'zalo', name: 'Zalo', href: `https://sp.zalo.me/share_inline?url=${u}` },
    {
      id: 'x',
      name: 'X',
      href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}`,
    },
    {
      id: 'email',
      name: 'Email',
      // RFC 6068: spaces as %20 (encodeURIComponent), never "+" which mail clients show as is.
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`,
    },
  ];
}
