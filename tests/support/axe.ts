// Run axe-core inside a Playwright page (@axe-core/playwright) and turn violations into a message
// a developer can act on.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Result } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** Rule ids to disable (document each exception where it is used). */
  disableRules?: string[];
  /** CSS selectors to exclude from the scan. */
  exclude?: string[];
}

/** Run axe on the current page; returns the raw violations. */
export async function runAxe(page: Page, opts: AxeOptions = {}): Promise<Result[]> {
  // AxeBuilder injects axe with evaluate() (the DevTools protocol), so a page's
  // Content-Security-Policy, which would block an inline <script>, does not stop it.
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  return (await builder.analyze()).violations;
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
