/**
 * Dates as Vietnamese readers and machines expect them. Everything is shown in
 * Asia/Ho_Chi_Minh whatever the build machine's zone; a time without offset in front matter
 * means Vietnam time, never UTC.
 */
import { ui, weekdays } from '../i18n/vi.ts';
import { formatDate, formatDateTime, VN_OFFSET, vnParts, type VnParts } from './vietnam-clock.ts';

export { formatDate, formatDateTime, vnParts, type VnParts };

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** How much of a publication date is known. Legacy pages sometimes give only the year. */
export type DatePrecision = 'year' | 'day' | 'minute';

export interface PreciseDate {
  date: Date;
  precision: DatePrecision;
}

export class DateInputError extends Error {}

const YEAR = /^(\d{4})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkDay(year: number, month: number, day: number, raw: string): void {
  if (month < 1 || month > 12) throw new DateInputError(`tháng ${month} không hợp lệ trong "${raw}"`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new DateInputError(`ngày ${day} không có trong tháng ${month}/${year} ("${raw}")`);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Parses a front-matter date: "2021", "2022-02-09", "2022-02-09 14:54", "2022-02-09T14:54:00+07:00".
 * Throws DateInputError with a Vietnamese explanation when the value is not a real date.
 */
export function parseContentDate(value: unknown): PreciseDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new DateInputError('ngày giờ không hợp lệ');
    return { date: value, precision: 'minute' };
  }
  const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (raw === '') throw new DateInputError('cần ngày giờ dạng 2022-02-09T14:54:00+07:00');
  let match = YEAR.exec(raw);
  if (match) {
    return { date: new Date(`${raw}-01-01T00:00:00${VN_OFFSET}`), precision: 'year' };
  }
  match = DAY.exec(raw);
  if (match) {
    checkDay(Number(match[1]), Number(match[2]), Number(match[3]), raw);
    return { date: new Date(`${raw}T00:00:00${VN_OFFSET}`), precision: 'day' };
  }
  match = DATE_TIME.exec(raw);
  if (match) {
    const [, y, mo, d, h, mi, s = '00', zone] = match;
    checkDay(Number(y), Number(mo), Number(d), raw);
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
      throw new DateInputError(`giờ "${h}:${mi}" không hợp lệ trong "${raw}"`);
    }
    let offset = VN_OFFSET;
    if (zone === 'Z') offset = 'Z';
    else if (zone) offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) {
      throw new DateInputError(
        `múi giờ "${offset}" không có thật trong "${raw}" (từ -12:00 đến +14:00; giờ Việt Nam là +07:00)`,
      );
    }
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
    if (Number.isNaN(date.getTime())) throw new DateInputError(`"${raw}" không phải ngày giờ hợp lệ`);
    return { date, precision: 'minute' };
  }
  throw new DateInputError(
    `"${raw}" không phải ngày giờ hợp lệ; viết dạng 2022-02-09T14:54:00+07:00 hoặc "2022-02-09 14:54" (giờ Việt Nam)`,
  );
}

/** "Thứ Tư, 09/02/2022 | 14:54 (GMT+7)", or less when less is known. */
export function formatLongDate({ date, precision }: PreciseDate): string {
  const p = vnParts(date);
  if (precision === 'year') return ui.article.yearOnly(p.year);
  const day = `${weekdays[p.weekday]}, ${formatDate(date)}`;
  if (precision === 'day') return day;
  return `${day} | ${pad(p.hour)}:${pad(p.minute)} (GMT+7)`;
}

/**
 * How the site shows a date: 'short' ("09/02/2022 | 14:54", lists and cards) or 'long' (the
 * article's own date line); a date known only to the day or the year is always shown as such.
 */
export function displayDate(value: PreciseDate, style: 'long' | 'short' = 'short'): string {
  return style === 'long' || value.precision !== 'minute'
    ? formatLongDate(value)
    : formatDateTime(value.date);
}

/** "2022-02-09T14:54:00+07:00": ISO 8601 in Vietnam time, for <time>, JSON-LD and meta tags. */
export function isoVietnam(date: Date): string {
  const p = vnParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${VN_OFFSET}`;
}

/** Value for <time datetime>: only as precise as what is known ("2021", "2022-02-09", full). */
export function datetimeAttribute({ date, precision }: PreciseDate): string {
  const iso = isoVietnam(date);
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'day') return iso.slice(0, 10);
  return iso;
}

/** Year in Vietnam (for archives and filters). */
export function vnYear(date: Date): number {
  return vnParts(date).year;
}

/** Year and month (1–12) on a Vietnamese calendar: 2024-01-31T18:30Z is February 2024 in Vietnam. */
export function vnYearMonth(date: Date): { year: number; month: number } {
  const { year, month } = vnParts(date);
  return { year, month };
}

/** "02/2024": a month as the site writes it (archive headings and the archive index). */
export function formatMonth(year: number, month: number): string {
  return `${pad(month)}/${year}`;
}
