import type { Page } from 'playwright-core';
import { navigateInPage, signInAs, type DemoPerson } from './support/accounts';
import { collectCspViolations } from './support/csp-violations';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 12 (web security): the page's Content-Security-Policy allows only the platform's own
// origin and the page's own inline import map and styles (by hash), and nothing of the platform
// trips over it: the public pages and the patient, doctor and admin apps run without one refusal
// (withFreshPages fails a test on any CSP violation, in this file and every other browser test).

const DEMO_CASE = '019ad000-0000-7000-8000-000000000101';

/** Waits until the page shows its main heading and has no request in flight. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Opens each address inside the signed-in app (as its links do) and waits for it to show. */
async function visitInApp(page: Page, addresses: readonly string[]): Promise<string[]> {
  const headings: string[] = [];
  for (const address of addresses) {
    await navigateInPage(page, address);
    await page.waitForURL((url) => `${url.pathname}${url.search}` === address);
    await settled(page);
    headings.push((await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '');
  }
  return headings;
}

const APPS: Record<string, { person: DemoPerson; addresses: string[] }> = {
  patient: {
    person: 'patient',
    addresses: [
      '/patient',
      `/patient/cases/${DEMO_CASE}`,
      `/patient/cases/${DEMO_CASE}/checkout`,
      `/patient/cases/${DEMO_CASE}/consent`,
      '/patient/cases/new',
      '/patient/sharing',
      '/patient/proxies',
    ],
  },
  doctor: {
    person: 'specialist',
    addresses: ['/doctor', `/doctor/cases/${DEMO_CASE}`, '/doctor/invitations', '/doctor/profile'],
  },
  admin: {
    person: 'operations',
    addresses: [
      '/admin',
      '/admin/specialists',
      '/admin/payments',
      '/admin/price-list',
      '/admin/mailbox',
      '/admin/events',
      '/admin/legal-documents',
      '/admin/sla',
    ],
  },
};

describe('The Content-Security-Policy in Chromium', () => {
  const platform = withPlatformAndChromium(16100);
  const newPage = withFreshPages(platform);

  it('refuses a script injected into the page, and reports it (so a violation cannot go unseen)', async () => {
    const context = await platform.browser.newContext();
    try {
      const violations = await collectCspViolations(context);
      const page = await context.newPage();
      await page.goto(`${platform.origin}/`);
      await settled(page);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { display: none }';
        document.head.append(style);
        const image = new Image();
        image.src = 'http://example.invalid/tracker.gif';
        document.body.append(image);
        // the violation events are queued as tasks: let them run before answering
        await new Promise((resolve) => image.addEventListener('error', resolve));
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
      for (const directive of ['script-src-elem', 'style-src-elem', 'img-src']) {
        expect(violations.join('\n')).toContain(`CSP violation: ${directive} refused`);
      }
    } finally {
      await context.close();
    }
  });

  it('the public pages load with nothing refused', async () => {
    const page = await newPage();
    for (const address of [
      '/',
      '/how-it-works',
      '/second-opinion-reasons',
      '/prices',
      '/specialists',
      '/privacy',
      '/sign-in',
      '/sign-up',
      '/reset-password',
    ]) {
      await page.goto(`${platform.origin}${address}`);
      await settled(page);
    }
  });

  it.each(Object.keys(APPS))('the %s app’s pages load with nothing refused', async (app) => {
    const { person, addresses } = APPS[app]!;
    const page = await newPage();
    await signInAs(page, platform.origin, person);
    await settled(page);
    const headings = await visitInApp(page, addresses);
    expect(headings.filter((heading) => /no page at this address/i.test(heading))).toEqual([]);
    // and once more from the server, as a reload or a bookmark opens them
    await page.goto(`${platform.origin}${addresses[1]}`);
    await settled(page);
  });

  it('the doctor’s viewer shows a report PDF from the same origin with nothing refused', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await page.goto(`${platform.origin}/doctor/cases/${DEMO_CASE}`);
    const caseFile = page.getByRole('region', { name: 'Case file' });
    await caseFile
      .getByRole('button', { name: /Histopathology report/ })
      .first()
      .click();
    const viewer = page.getByRole('region', { name: /Viewing Histopathology report/ });
    await viewer.locator('object[type="application/pdf"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  });
});
