/**
 * Automated accessibility checks with axe-core (@axe-core/playwright, which drives playwright-core): every rule of
 * WCAG 2.x A and AA and axe's best practices, on the page as a user sees it. A serious or critical violation fails
 * the test, naming each rule and where it was found; every run is added to test-results/axe.json for the record.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { appendFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeSummary {
  page: string;
  /** Violations by impact. */
  counts: Record<string, number>;
  /** "rule-id (impact): n nodes, first: selector" for each serious or critical violation. */
  serious: string[];
}

export async function checkAccessibility(page: Page, name: string): Promise<AxeSummary> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const counts: Record<string, number> = {};
  for (const violation of results.violations) counts[violation.impact ?? 'unknown'] = (counts[violation.impact ?? 'unknown'] ?? 0) + 1;
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length} nodes, first: ${violation.nodes[0]?.target.join(' ')}`);
  const summary = { page: name, counts, serious, other: results.violations.filter((violation) => !['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => `${violation.id} (${violation.impact})`) };
  mkdirSync('test-results', { recursive: true });
  appendFileSync('test-results/axe.json', `${JSON.stringify(summary)}\n`);
  return summary;
}
