/**
 * The old portal's non-article lines, recognised one by one: the date line in every form it
 * took, view counts, the "In bài viết | Gửi email" tails, the original URL, the source line.
 * Anything that looks like one of these but cannot be read is said so (`looksLikePortalLine`), so
 * the converter reports it instead of letting it pass as a photo caption.
 *
 * Date lines seen on the portal (segments separated by "|", in any order after the date):
 *   Ngày đăng 09/02/2022 | 14:54 | View count: 12450
 *   02:35 PM 16/04/2021 | Lượt xem: 3105 | In bài viết
 *   Thứ tư, 09/02/2022 14:54 | Lượt xem: 3.105 | Gửi email | In bài viết
 *   09/02/2022 02:35 CH (SA/CH = AM/PM in Vietnamese)
 */
import { wordCount } from './captions.ts';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

/** What one metadata line says. */
export interface PortalLine {
  /** The date as written (may be impossible, e.g. 30/02: the caller checks). */
  date?: CalendarDay;
  /** The time, 24-hour; `invalidTime` when one was written but cannot be a time (25:00, 13:00 PM). */
  time?: ClockTime;
  invalidTime?: string;
  views?: number;
  /** "In bài viết", "Gửi email"…: the portal's buttons, dropped. */
  tails: string[];
  /** Segments of the line that are none of the above (reported, never kept as text). */
  unknown: string[];
  /** The line starts with "Ngày đăng" but has no readable date. */
  unreadableDate?: boolean;
}

const DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u;
const TIME =
  /(?<!\d)(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?(?:\s*(AM|PM|A\.M\.|P\.M\.|SA|CH))?(?![\d\p{L}])/iu;
const DATE_LABEL =
  /^(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật|thời gian|ngày)\s*:?\s*|^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*/iu;
const VIEWS = /^(?:view count|views?|lượt xem|số lượt xem|lượt đọc)\s*:?\s*(\d[\d.,]*)$/iu;
const TAIL =
  /^(?:in bài viết|in bài|in trang|bản in|gửi email|gửi e-mail|gửi mail|gửi bài viết|gửi cho bạn bè|chia sẻ|email|print|lưu bài)$/iu;
const URL_LINE =
  /^(?:(?:url|link|link gốc|địa chỉ|địa chỉ gốc|trang gốc|bài gốc|nguồn trang)\s*:\s*)?<?(https?:\/\/[^\s<>]+)>?$/iu;
const SOURCE = /^(trích nguồn|nguồn|theo)\s*:?\s+(.+?)\s*$/iu;
const EMBEDDED_URL = /[([]?\s*<?(https?:\/\/[^\s<>()[\]]+)>?\s*[)\]]?/u;

/** A source line is short: at most this many words ("Trích nguồn" included, its URL not). */
export const SOURCE_MAX_WORDS = 12;

const words = wordCount;

function readTime(match: RegExpExecArray): ClockTime | undefined {
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[4]?.replace(/\./g, '').toUpperCase();
  if (minute > 59 || (match[3] !== undefined && Number(match[3]) > 59)) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = half === 'PM' || half === 'CH';
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return undefined;
  return { hour, minute };
}

interface SegmentReading {
  date?: CalendarDay;
  time?: ClockTime;
  invalidTime?: string;
}

/** A segment holding the date, maybe with the time and a label ("Ngày đăng", "Thứ tư,"). */
function readDateSegment(segment: string): SegmentReading | undefined {
  const date = DATE.exec(segment);
  if (!date) return undefined;
  let rest = segment.slice(0, date.index) + ' ' + segment.slice(date.index + date[0].length);
  const reading: SegmentReading = {
    date: { day: Number(date[1]), month: Number(date[2]), year: Number(date[3]) },
  };
  const time = TIME.exec(rest);
  if (time) {
    const value = readTime(time);
    if (value) reading.time = value;
    else reading.invalidTime = time[0].trim();
    rest = rest.slice(0, time.index) + ' ' + rest.slice(time.index + time[0].length);
  }
  // Whatever is left must be labels and punctuation, or this is a sentence that mentions a date.
  let leftover = rest.replace(/\(GMT\s*\+\s*7\)|GMT\s*\+\s*7|\blúc\b/giu, ' ').trim();
  for (let previous = ''; previous !== leftover;) {
    previous = leftover;
    leftover = leftover.replace(DATE_LABEL, '').replace(/^[\s,:–-]+|[\s,:–-]+$/gu, '');
  }
  return leftover === '' ? reading : undefined;
}

function readTimeSegment(segment: string): SegmentReading | undefined {
  const time = TIME.exec(segment);
  if (!time || segment.replace(time[0], '').replace(DATE_LABEL, '').trim() !== '') return undefined;
  const value = readTime(time);
  return value ? { time: value } : { invalidTime: time[0].trim() };
}

/**
 * Reads a line of the portal's page metadata (date, time, views, tails), or returns undefined
 * when the line is something else. A line with a clean date segment is a date line even when
 * other segments are unknown (they are listed in `unknown`); without a date, every segment must
 * be a view count, a tail or a time.
 */
export function parsePortalLine(line: string): PortalLine | undefined {
  // A paragraph of text is not one (metadata lines are short, or separated by "|").
  if (!line.includes('|') && words(line) > SOURCE_MAX_WORDS) return undefined;
  const segments = line
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length === 0) return undefined;
  const result: PortalLine = { tails: [], unknown: [] };
  let hasDate = false;
  let hasOther = false;
  for (const segment of segments) {
    const views = VIEWS.exec(segment);
    if (views) {
      result.views ??= Number((views[1] as string).replace(/[.,]/g, ''));
      hasOther = true;
      continue;
    }
    if (TAIL.test(segment)) {
      result.tails.push(segment);
      hasOther = true;
      continue;
    }
    const reading = (!hasDate && readDateSegment(segment)) || (!result.time && readTimeSegment(segment));
    if (reading) {
      if (reading.date) {
        hasDate = true;
        result.date = reading.date;
      }
      if (reading.time && !result.time) result.time = reading.time;
      if (reading.invalidTime && !result.time) result.invalidTime = reading.invalidTime;
      if (!reading.date) hasOther = true;
      continue;
    }
    result.unknown.push(segment);
  }
  const labelled = /^(?:ngày đăng|đăng ngày)\b/iu.test(line);
  if (hasDate) return result;
  if (labelled) return { ...result, unreadableDate: true };
  if (hasOther && result.unknown.length === 0) return result;
  return undefined;
}

/**
 * A short line that mentions the portal's metadata words or a date and time, but that
 * {@link parsePortalLine} could not read: reported, never guessed into the body.
 */
export function looksLikePortalLine(line: string): boolean {
  if (words(line) > SOURCE_MAX_WORDS && !line.includes('|')) return false;
  if (/\b(?:view count|lượt xem|in bài viết|gửi email|ngày đăng)\b/iu.test(line)) return true;
  return DATE.test(line) && TIME.test(line) && words(line) <= 8;
}

/** The original URL of the page, written on a line of its own ("URL: https://…" or bare). */
export function parseUrlLine(line: string): string | undefined {
  const match = URL_LINE.exec(line);
  if (!match) return undefined;
  try {
    const url = new URL(match[1] as string);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export type SourceKind = 'trich-nguon' | 'theo';

export interface SourceLine {
  kind: SourceKind;
  /** The name as written (the host name when the line gives only a URL). */
  name: string;
  url?: string;
  /** The line gave only a URL: `name` is its host name. */
  nameFromUrl?: boolean;
}

/**
 * "Trích nguồn Báo Dân tộc", "Trích nguồn: …", "Theo …", "Nguồn: …", maybe with the original
 * article's URL ("Theo Báo Dân tộc (https://…)", "Nguồn: https://…"). Only short lines: "Theo kế
 * hoạch công tác năm 2020, tỉnh…" is a sentence.
 */
export function parseSourceLine(line: string): SourceLine | undefined {
  const match = SOURCE.exec(line);
  if (!match) return undefined;
  let rest = match[2] as string;
  let url: string | undefined;
  const embedded = EMBEDDED_URL.exec(rest);
  if (embedded) {
    url = parseUrlLine(embedded[1] as string);
    if (!url) return undefined;
    rest = rest.slice(0, embedded.index) + rest.slice(embedded.index + embedded[0].length);
  }
  const name = rest.replace(/^[\s:–-]+|[\s.,:–-]+$/gu, '').replace(/\s+/g, ' ');
  if (words(`${match[1]} ${name}`) > SOURCE_MAX_WORDS) return undefined;
  const kind: SourceKind = /^theo$/iu.test(match[1] as string) ? 'theo' : 'trich-nguon';
  if (name) return url ? { kind, name, url } : { kind, name };
  if (!url) return undefined;
  return { kind, name: new URL(url).hostname.replace(/^www\./, ''), url, nameFromUrl: true };
}
