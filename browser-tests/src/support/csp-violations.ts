import type { BrowserContext, Page } from 'playwright-core';

/** What each page reports to the console when its Content-Security-Policy refuses something. */
const REPORT_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      'CSP violation: ' + event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline') +
        (event.sourceFile ? ' (' + event.sourceFile + ':' + event.lineNumber + ')' : ''),
    );
  });
`;

/** Chromium's own console messages for what a policy refused (also for eval, workers, frames). */
const REFUSED = /^CSP violation: |Content Security Policy|^Refused to /;

/**
 * Collects every Content-Security-Policy violation of a browser context's pages: the
 * `securitypolicyviolation` events (reported from a script installed before the page's own) and
 * Chromium's "Refused to …" console messages.
 * @param context - the context, before its pages open
 * @returns the list, filled as violations happen (one line each)
 */
export async function collectCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(REPORT_VIOLATIONS);
  const listen = (page: Page): void => {
    page.on('console', (message) => {
      if (REFUSED.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(listen);
  context.on('page', listen);
  return violations;
}
