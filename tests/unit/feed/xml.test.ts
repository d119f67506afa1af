import { describe, expect, it } from 'vitest';
import { escapeXml, TextSlots, xmlSafe } from '../../../src/lib/feed/xml.ts';

describe('xmlSafe / escapeXml', () => {
  it('removes every control character XML 1.0 forbids and keeps tab, newline, emoji and Vietnamese', () => {
    const nasty = 'a\u0000b\u0001c\u0007d\u000Be\u000Cf\u001Fg\tz\nq 😀 Đổi mới\uFFFE\uD800';
    expect(xmlSafe(nasty)).toBe('abcdefg\tz\nq 😀 Đổi mới');
  });
  it('escapes markup characters', () => {
    expect(escapeXml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;');
  });
  it('slots keep number-like text that fast-xml-parser would rewrite ("007", "1e5")', () => {
    const slots = new TextSlots('test');
    const xml = `<a>${slots.slot('007')}</a><b x="${slots.slot('1e5 & <')}"/>`;
    expect(slots.fill(xml)).toBe('<a>007</a><b x="1e5 &amp; &lt;"/>');
  });
});
