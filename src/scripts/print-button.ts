/**
 * The print button (components/PrintButton.astro): shown only when this module runs, since
 * without JavaScript the browser's own Print menu is the way to print. An external module, not an
 * inline handler, so the pages work under `script-src 'self'` (deploy/README, strict CSP).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
