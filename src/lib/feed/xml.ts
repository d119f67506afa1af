/**
 * XML-safe text. XML 1.0 forbids most control characters (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F), lone surrogates and U+FFFE/U+FFFF: one of them in a title makes the whole feed
 * unreadable ("not well-formed"). C1 controls (U+0080–U+009F) are allowed but discouraged and
 * only ever arrive from mis-decoded legacy text, so they go too.
 */
const XML_ILLEGAL = /[^\t\n\r\x20-\x7E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that XML 1.0 cannot carry, and normalises to NFC. */
export function xmlSafe(text: string): string {
  return text.normalize('NFC').replace(XML_ILLEGAL, '');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for an XML element or attribute value (after removing illegal characters). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Plain text on one line: collapses whitespace (feed titles, descriptions). */
export function plainText(text: string): string {
  return xmlSafe(text).replace(/\s+/g, ' ').trim();
}

/**
 * @astrojs/rss runs `customData` through fast-xml-parser, which rewrites text that looks like a
 * number ("007" → 7, "1e5" → 100000) or a boolean, even inside CDATA. So custom elements carry an
 * opaque token instead of their text, and the finished XML gets the (escaped) text back.
 */
export class TextSlots {
  readonly #values = new Map<string, string>();
  readonly #prefix: string;

  constructor(nonce = Math.random().toString(36).slice(2, 10)) {
    this.#prefix = `cema-slot-${nonce}-`;
  }

  /** A token to put in customData where `text` belongs. */
  slot(text: string): string {
    const token = `${this.#prefix}${this.#values.size}`;
    this.#values.set(token, escapeXml(text));
    return token;
  }

  /** Puts every slot's escaped text back into the finished document. */
  fill(xml: string): string {
    if (this.#values.size === 0) return xml;
    const pattern = new RegExp(`${this.#prefix}\\d+`, 'g');
    return xml.replace(pattern, (token) => this.#values.get(token) ?? token);
  }
}
