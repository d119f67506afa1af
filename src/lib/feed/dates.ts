/** Feed dates: RFC 822 as RSS 2.0 requires, written in Vietnam time (+0700). */
import { vnParts } from '../dates.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "Wed, 09 Feb 2022 14:54:00 +0700" */
export function rfc822Vietnam(date: Date): string {
  const p = vnParts(date);
  return `${DAYS[p.weekday]}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0700`;
}
