/**
 * Photo captions: the old portal lost the photos but kept their captions as short lines between
 * paragraphs. Whether a line is one is a guess, so every guess is explained for the report.
 */

/** How a photo caption usually starts on the portal: a person's title/role, or the scene. */
export const CAPTION_PREFIXES = [
  'Bộ trưởng',
  'Thứ trưởng',
  'Phó Chủ nhiệm',
  'Chủ nhiệm',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Đồng chí',
  'Ông',
  'Bà',
  'Toàn cảnh',
  'Quang cảnh',
  'Các đại biểu',
  'Đại biểu',
  'Đoàn công tác',
  'Lãnh đạo',
  'Ảnh',
];

/** A caption is a short line: at most this many words. */
export const CAPTION_MAX_WORDS = 25;

/** Words of a normalised line (single spaces). */
export function wordCount(text: string): number {
  // A loop, not split(): it runs for every line of every page.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A text quoted in a report message, shortened to `max` characters. */
export function quote(text: string, max = 90): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${short}”`;
}

function captionPrefix(text: string): string | undefined {
  return CAPTION_PREFIXES.find(
    (prefix) => text.startsWith(prefix) && /^(?:$|[\s,:])/u.test(text.slice(prefix.length)),
  );
}

/** Sentence-final punctuation (a closing bracket is not: captions often end in "(Ảnh: X)"). */
export const FINAL_PUNCTUATION = /[.!?…:;,"”'’]$/u;

export interface CaptionVerdict {
  caption: boolean;
  note?: string;
}

/** Decides whether a standalone line is a photo caption (its photo was lost by the old portal). */
export function classifyCaption(
  text: string,
  context: { longest: number; isLastOfArticle: boolean },
): CaptionVerdict {
  if (/https?:\/\//u.test(text)) return { caption: false };
  const words = wordCount(text);
  const prefix = captionPrefix(text);
  const endsWithPeriod = /\.$/u.test(text) && !/\.\.\.$|…$/u.test(text);
  const hasFinalPunctuation = FINAL_PUNCTUATION.test(text);
  const q = quote(text);
  if (words > CAPTION_MAX_WORDS) {
    if (prefix && words <= 35 && !hasFinalPunctuation) {
      return {
        caption: false,
        note: `Đoạn ${q} (${words} từ, bắt đầu bằng “${prefix}”, không có dấu chấm cuối) hơi giống chú thích ảnh nhưng dài quá ${CAPTION_MAX_WORDS} từ: giữ là đoạn văn / looks like a caption but is longer than ${CAPTION_MAX_WORDS} words: kept as a paragraph.`,
      };
    }
    return { caption: false };
  }
  if (/[:;,?]$/u.test(text)) {
    return {
      caption: false,
      note: `Dòng ngắn ${q} kết thúc bằng “${text.slice(-1)}”: giữ là đoạn văn, không phải chú thích / short line ending in “${text.slice(-1)}”: kept as a paragraph.`,
    };
  }
  if (context.longest <= CAPTION_MAX_WORDS) {
    return {
      caption: false,
      note: `Dòng ngắn ${q} nhưng bài không có đoạn dài nào để so sánh: giữ là đoạn văn / short line in a page without long paragraphs: kept as a paragraph.`,
    };
  }
  if (prefix) {
    const period = endsWithPeriod ? ', có dấu chấm cuối (giữ nguyên)' : '';
    const periodEn = endsWithPeriod ? ', final period kept' : '';
    return {
      caption: true,
      note: `Chú thích ảnh (ảnh đã mất, ghi #anh-thieu): ${q} — dòng ngắn ${words} từ, bắt đầu bằng “${prefix}”${period} / caption guess: short line (${words} words) starting with “${prefix}”${periodEn}.`,
    };
  }
  if (!hasFinalPunctuation) {
    if (context.isLastOfArticle && words <= 5) {
      return {
        caption: false,
        note: `Dòng cuối rất ngắn ${q} có thể là tên tác giả: giữ là đoạn văn / very short last line may be the author's name: kept as a paragraph.`,
      };
    }
    return {
      caption: true,
      note: `Chú thích ảnh (ảnh đã mất, ghi #anh-thieu): ${q} — dòng ngắn ${words} từ, không có dấu chấm cuối, nằm giữa các đoạn dài / caption guess: short line (${words} words) with no final period among long paragraphs.`,
    };
  }
  return {
    caption: false,
    note: `Dòng ngắn ${q} (${words} từ) có dấu câu cuối và không bắt đầu bằng chức danh/cảnh: giữ là đoạn văn, kiểm tra xem có phải chú thích ảnh không / short line with final punctuation and no role/scene prefix: kept as a paragraph — check whether it is a caption.`,
  };
}
