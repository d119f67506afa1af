/**
 * The strict Content-Security-Policy the built site is served with (deploy/nginx, `_headers`).
 * Pages carry no inline script or style: stylesheets and scripts are files in /_astro/
 * (astro.config.mjs: inlineStylesheets 'never', assetsInlineLimit 0). `inspectHtml` proves it per
 * page at build time: an inline block that is truly needed is allowed by its SHA-256 hash, while
 * an inline `style=` or `on…=` attribute cannot be allowed without 'unsafe-hashes' and is reported.
 *
 * Astro's own `security.csp` was not used: on a static site without an adapter it writes a
 * `<meta>` policy into every page, which cannot carry `frame-ancestors` and is weaker than a
 * header; with no inline blocks there is nothing for it to hash.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { PLAYER_ORIGINS } from '../video-url.ts';

/** Script types a browser executes (`application/ld+json` is data: never run, never hashed). */
const EXECUTABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript|text\/ecmascript)$/i;

export interface HtmlFindings {
  /** 'sha256-…' of inline executable scripts. */
  scriptHashes: string[];
  /** 'sha256-…' of inline <style> elements. */
  styleHashes: string[];
  /** What no hash can allow under this policy: style/on* attributes, javascript: URLs, other origins. */
  problems: string[];
}

export const sha256Source = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Scans one built page for everything the strict policy would block. */
export function inspectHtml(html: string): HtmlFindings {
  const findings: HtmlFindings = { scriptHashes: [], styleHashes: [], problems: [] };
  let inline: { kind: 'script' | 'style'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        for (const [attr, value] of Object.entries(attrs)) {
          if (attr === 'style') findings.problems.push(`<${name} style="${value.slice(0, 60)}">`);
          else if (attr.startsWith('on')) findings.problems.push(`<${name} ${attr}=…>`);
          else if (/^\s*javascript:/i.test(value)) findings.problems.push(`<${name} ${attr}="javascript:…">`);
        }
        if (name === 'script') {
          const src = attrs.src;
          if (src !== undefined) {
            if (/^(https?:)?\/\//i.test(src))
              findings.problems.push(`<script src="${src}"> (another origin)`);
          } else if (EXECUTABLE_SCRIPT.test((attrs.type ?? '').trim())) {
            inline = { kind: 'script', text: '' };
          }
        } else if (name === 'style') {
          inline = { kind: 'style', text: '' };
        } else if (name === 'link' && /\bstylesheet\b/i.test(attrs.rel ?? '')) {
          if (/^(https?:)?\/\//i.test(attrs.href ?? ''))
            findings.problems.push(`<link rel="stylesheet" href="${attrs.href}"> (another origin)`);
        }
      },
      ontext(text) {
        if (inline) inline.text += text;
      },
      onclosetag(name) {
        if (inline && name === inline.kind) {
          (inline.kind === 'script' ? findings.scriptHashes : findings.styleHashes).push(
            sha256Source(inline.text),
          );
          inline = undefined;
        }
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return findings;
}

/**
 * The policy. `'wasm-unsafe-eval'` lets Pagefind (the search page) compile its WebAssembly; it
 * allows no JavaScript eval and no inline script. No `upgrade-insecure-requests`: HSTS does that
 * on the HTTPS site, and it would break plain-HTTP previews.
 */
export function contentSecurityPolicy(hashes: { script?: string[]; style?: string[] } = {}): string {
  const unique = (list: string[] = []) => [...new Set(list)].sort();
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...unique(hashes.script)]],
    ['style-src', ["'self'", ...unique(hashes.style)]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    // Exactly the two video players the click-to-play script loads (src/lib/video-url.ts).
    ['frame-src', Object.values(PLAYER_ORIGINS).sort()],
    ['media-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
