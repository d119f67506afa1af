/** Response headers for nginx and for Netlify/Cloudflare Pages, from one definition. */
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  HSTS,
  IMMUTABLE,
  IMMUTABLE_PREFIXES,
  nginxHeaders,
  securityHeaders,
} from '../../src/lib/deploy/headers.ts';

const POLICY = "default-src 'self'";

describe('deploy headers', () => {
  it('nginx: one add_header … always per security header, the CSP included', () => {
    const lines = nginxHeaders(POLICY)
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(lines).toHaveLength(securityHeaders(POLICY).length);
    expect(lines[0]).toBe(`add_header Content-Security-Policy "${POLICY}" always;`);
    expect(lines).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(lines.every((l) => l.endsWith(' always;'))).toBe(true);
  });

  it('_headers: security headers and HSTS on every path, Cache-Control only on hashed files', () => {
    const text = headersFile(POLICY);
    const blocks = text.split(/\n(?=\/)/);
    expect(blocks[0]).toMatch(/^# /);
    const all = blocks.find((b) => b.startsWith('/*\n'))!;
    expect(all).toContain(`  Content-Security-Policy: ${POLICY}`);
    expect(all).toContain(`  Strict-Transport-Security: ${HSTS}`);
    expect(all).not.toContain('Cache-Control');
    for (const prefix of IMMUTABLE_PREFIXES)
      expect(text).toContain(`${prefix}*\n  Cache-Control: ${IMMUTABLE}`);
  });
});
