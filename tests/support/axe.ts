// Run axe-core inside a Playwright page and turn violations into a message a developer can act on.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
// axe.source is the browser bundle as a string; injecting it avoids any network or bundler step.
const axeSource: string = require('axe-core').source;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** Rule ids to disable (document each exception where it is used). */
  disableRules?: string[];
  /** CSS selectors to exclude from the scan. */
  exclude?: string[];
}

/** Run axe on the current page; returns the raw violations. */
export async function runAxe(page: Page, opts: AxeOptions = {}): Promise<Result[]> {
  // evaluate() goes through the DevTools protocol, so a page's Content-Security-Policy
  // (which would block an inline <script> tag) does not stop the injection.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    async ({ tags, disableRules, exclude }) => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
      return axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    },
    { tags: AXE_TAGS, disableRules: opts.disableRules ?? [], exclude: opts.exclude ?? [] },
  );
  return (results as AxeResults).violations;
}

/** Human-readable report: rule, impact, help, and for each node its selector, HTML and summary. */
export function formatViolations(violations: Result[], label = ''): string {
  if (violations.length === 0) return '';
  const lines = [`${violations.length} accessibility violation(s)${label ? ` on ${label}` : ''}:`];
  for (const v of violations) {
    lines.push(`\n[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n  ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 10)) {
      lines.push(`  - target: ${node.target.map(String).join(' >> ')}`);
      lines.push(`    html:   ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (node.failureSummary) lines.push(`    fix:    ${node.failureSummary.replace(/\n\s*/g, ' | ')}`);
    }
    if (v.nodes.length > 10) lines.push(`  … and ${v.nodes.length - 10} more element(s)`);
  }
  return lines.join('\n');
}

/** Convenience for tests: run axe and return the formatted report ('' when clean). */
export async function axeReport(page: Page, opts: AxeOptions = {}): Promise<string> {
  return formatViolations(await runAxe(page, opts), page.url());
}
