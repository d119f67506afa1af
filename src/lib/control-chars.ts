/**
 * Control characters that XML 1.0 forbids or discourages — U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F, DEL and the C1 range U+007F–U+009F — arrive invisibly when text is pasted from
 * Word or a mis-decoded legacy page; one of them makes a page (or a feed) invalid. Tab, line feed
 * and carriage return are ordinary whitespace and stay.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** `text` without control characters: applied to front matter text and to the rendered body. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

export interface ControlChar {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** "U+000B". */
  code: string;
}

/** Every control character of `source`, with its position (for the content linter). */
export function findControlChars(source: string): ControlChar[] {
  const found: ControlChar[] = [];
  source.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(CONTROL_CHARS)) {
      found.push({
        line: i + 1,
        column: match.index + 1,
        code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      });
    }
  });
  return found;
}
