/** The strict CSP: what a built page may contain, and the policy text the deploy configs send. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inspectHtml, sha256Source } from '../../src/lib/deploy/csp.ts';

describe('inspectHtml', () => {
  it('a page with external scripts and stylesheets and JSON-LD needs nothing', () => {
    const findings = inspectHtml(
      '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/p.js"></script>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>x</p></body></html>',
    );
    expect(findings).toEqual({ scriptHashes: [], styleHashes: [], problems: [] });
  });

  it('hashes inline executable scripts and style elements exactly as browsers do', () => {
    const findings = inspectHtml(
      '<script>alert(1)</script><script type="module">go()</script><style>p{color:red}</style>',
    );
    expect(findings.scriptHashes).toEqual([sha256Source('alert(1)'), sha256Source('go()')]);
    expect(findings.styleHashes).toEqual([sha256Source('p{color:red}')]);
    // The known SHA-256 of "alert(1)" (as in CSP3 examples).
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('reports what no hash can allow: style and on… attributes, javascript: URLs, other origins', () => {
    const { problems } = inspectHtml(
      '<span style="color:red">a</span><img src="/a.jpg" onerror="x()"><a href="javascript:void(0)">b</a>' +
        '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/x.css">',
    );
    expect(problems).toEqual([
      '<span style="color:red">',
      '<img onerror=…>',
      '<a href="javascript:…">',
      '<script src="https://cdn.example/x.js"> (another origin)',
      '<link rel="stylesheet" href="//cdn.example/x.css"> (another origin)',
    ]);
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict: self only, no unsafe-inline, frames only from the two video players, never framed', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
        "font-src 'self'; connect-src 'self'; " +
        'frame-src https://player.vimeo.com https://www.youtube-nocookie.com; ' +
        "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'",
    );
  });

  it('adds each needed hash once, sorted, so identical builds give identical policies', () => {
    const a = sha256Source('a');
    const b = sha256Source('b');
    const policy = contentSecurityPolicy({ script: [b, a, b], style: [a] });
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[a, b].sort().join(' ')};`);
    expect(policy).toContain(`style-src 'self' ${a};`);
  });
});
