/**
 * "09/02/2022 | 14:54", Vietnam time, for the printed page's "Ngày in" line, computed in the
 * reader's browser by src/scripts/article-tools.ts. The format's owner is formatDateTime in
 * src/lib/vietnam-clock.ts; this copy exists because the browser editor's bundle imports the
 * owner too (its preview shows dates), and a module two scripts share becomes a chunk of its own:
 * a second script file on every article page. tests/unit/print-date.test.ts keeps the two identical.
 */
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function printDate(date: Date): string {
  const parts: Record<string, string> = {};
  for (const part of clock.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year} | ${parts.hour}:${parts.minute}`;
}
