/**
 * The clock in Vietnam. Vietnam has kept UTC+7 without daylight saving since 1975, so calendar
 * fields are arithmetic on the fixed offset: cheaper than Intl, which the build would otherwise
 * call for every date of every page. src/lib/dates.ts builds every other date format on these;
 * the article script's print date is a tested copy (src/lib/print-date.ts says why).
 */

/** The offset in ISO form, for front-matter times written without one and ISO output. */
export const VN_OFFSET = '+07:00';
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface VnParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** Calendar fields of `date` as seen on a clock in Vietnam. */
export function vnParts(date: Date): VnParts {
  const shifted = new Date(date.getTime() + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "09/02/2022" */
export function formatDate(date: Date): string {
  const p = vnParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "09/02/2022 | 14:54" — the old portal's format, which readers know. */
export function formatDateTime(date: Date): string {
  const p = vnParts(date);
  return `${formatDate(date)} | ${pad(p.hour)}:${pad(p.minute)}`;
}
