/**
 * The Markdown a captioned photo is written as (README "Photos and captions"): the image, and on
 * the next line of the same paragraph its caption in italics, ending with "(Ảnh: credit)".
 * Used by the browser editor's "Ảnh có chú thích" component to write and to read back the block.
 */
export interface CaptionedPhoto {
  image: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** A photo beside the article is written "./name.jpg"; URLs and already-relative paths stay. */
export function photoPath(image: string): string {
  const value = image.trim();
  if (value === '' || /^(?:[a-z][a-z0-9+.-]*:|\/|\.{1,2}\/|#)/i.test(value)) return value;
  return `./${value}`;
}

const escapeInline = (text: string) => text.replace(/([\\_*[\]`])/g, '\\$1');
const unescapeInline = (text: string) => text.replace(/\\([\\_*[\]`])/g, '$1');

/** "![alt](./anh.jpg)" + "\n_caption (Ảnh: credit)_" — caption and credit only when given. */
export function captionedPhotoMarkdown({ image, alt, caption, credit }: CaptionedPhoto): string {
  const picture = `![${escapeInline(alt.trim())}](${photoPath(image)})`;
  const text = [caption?.trim(), credit?.trim() ? `(Ảnh: ${credit.trim()})` : ''].filter(Boolean).join(' ');
  return text ? `${picture}\n_${escapeInline(text)}_` : picture;
}

/** Matches the whole block, in either italic style (`_…_` or `*…*`). */
export const CAPTIONED_PHOTO_PATTERN =
  /^!\[((?:\\.|[^\]\\\n])*)\]\(([^()\s]+)\)(?:\n(?:_((?:\\.|[^_\\\n])+)_|\*((?:\\.|[^*\\\n])+)\*))?$/;

const CREDIT = /^(.*?)\s*\(Ảnh:\s*([^()]+)\)$/;

export function parseCaptionedPhoto(match: RegExpMatchArray | string[]): CaptionedPhoto {
  const [, alt = '', image = '', underscored, starred] = match;
  const italic = unescapeInline(underscored ?? starred ?? '').trim();
  const credited = CREDIT.exec(italic);
  return {
    image,
    alt: unescapeInline(alt),
    ...(credited
      ? { caption: credited[1] || undefined, credit: credited[2]!.trim() }
      : italic
        ? { caption: italic }
        : {}),
  };
}
