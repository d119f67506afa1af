/**
 * The article page's one script file, a progressive enhancement (the page works without it):
 * - the print button (components/PrintButton.astro) appears and prints; without JavaScript the
 *   browser's own Print menu uses the same print stylesheet;
 * - the "copy link" button (components/ShareLinks.astro) appears and copies the article's URL;
 * - the printed page's "Ngày in" line gets the date and time of printing (Vietnam time).
 * An external module, not inline handlers, so pages work under `script-src 'self'` (strict CSP).
 */
import { printDate } from '../lib/print-date.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copyLink ?? location.href);
      if (status) status.textContent = button.dataset.copiedText ?? '';
    } catch {
      // Clipboard refused (permissions): the address bar still has the link; say nothing wrong.
      if (status) status.textContent = '';
    }
  });
}

const printDates = document.querySelectorAll<HTMLElement>('[data-print-date]');
function stampPrintDate() {
  const now = printDate(new Date());
  for (const element of printDates) {
    element.textContent = now;
    element.closest<HTMLElement>('[data-print-date-line]')?.removeAttribute('hidden');
  }
}
stampPrintDate();
window.addEventListener('beforeprint', stampPrintDate);
