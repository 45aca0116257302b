import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * The WCAG 2.1 A and AA violations axe-core finds on the page, as short readable lines.
 * @param page - the page, fully rendered
 * @returns one line per violation and element; empty when the page passes
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}
