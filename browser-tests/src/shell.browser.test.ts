import path from 'node:path';
import { startPlatformProcess, type PlatformProcess } from '@consilium/subgraph-kit/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, navigateInPage, signInAs, type DemoPerson } from './support/accounts';
import { wcagViolations } from './support/axe';
import { COUNT_REACT_RENDERERS, launchChromium } from './support/browser';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

describe('The microfrontend shell in Chromium', () => {
  let platform: PlatformProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** Signs in through the sign-in form as a demo account. */
  const signIn = (person: DemoPerson): Promise<void> => signInAs(page, platform.origin, person);

  beforeAll(async () => {
    platform = await startPlatformProcess(14500);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-IN' });
    await context.addInitScript(COUNT_REACT_RENDERERS);
    page = await context.newPage();
  });

  afterEach(() => context.close());

  it('shows the patient her cases from the gateway, with no accessibility violations', async () => {
    await signIn('patient');
    await page.waitForURL('**/patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    const card = page.getByRole('article');
    await expect(card.textContent()).resolves.toContain('Awaiting payment');
    await expect(card.textContent()).resolves.toContain('₹5,000.00');
    await expect(card.textContent()).resolves.toContain('Board · 3 specialists');
    await expect(card.textContent()).resolves.toContain('2 files');
    await expect(card.textContent()).resolves.toContain('Consent signed');
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'patient-my-cases.png'), fullPage: true });
  });

  it('shows the specialist the cases assigned to her, with no accessibility violations', async () => {
    await signIn('specialist');
    await page.waitForURL('**/doctor');
    await page.getByRole('heading', { level: 1, name: 'My assigned cases' }).waitFor();
    const row = page.getByRole('row', { name: /Kavita Deshpande/ });
    await expect(row.textContent()).resolves.toContain('Confirmed');
    await expect(page.getByText('Tamil Nadu Medical Council registration TNMC/90412')).toBeTruthy();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'doctor-assigned-cases.png'),
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Kavita Deshpande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case of Kavita Deshpande' }).waitFor();
    await expect(page.locator('.timeline').textContent()).resolves.toContain('Case submitted');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('shows operations the cases by stage and the specialists, with no accessibility violations', async () => {
    await signIn('operations');
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    await page.getByRole('button', { name: 'Awaiting payment (1)' }).click();
    await page.waitForURL('**/admin?stage=AWAITING_PAYMENT');
    await page.reload();
    const chosen = page.getByRole('button', { name: 'Awaiting payment (1)' });
    await chosen.waitFor();
    expect(await chosen.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('row', { name: /Kavita Deshpande/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-cases-by-stage.png'),
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Kavita Deshpande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case of Kavita Deshpande' }).waitFor();
    const timeline = page.locator('.timeline');
    await expect(timeline.textContent()).resolves.toContain('Specialists confirmed');
    await expect(timeline.textContent()).resolves.toContain(
      'Awaiting specialists’ confirmation → Awaiting payment',
    );
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-case-timeline.png'),
      fullPage: true,
    });
    await page.getByRole('link', { name: '← Cases by stage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();

    await page.getByRole('link', { name: 'Specialists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Specialists' }).waitFor();
    await page.getByRole('row', { name: /Sunanda Iyer/ }).waitFor();
    expect(await page.getByRole('row').count()).toBe(6);
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-specialists.png'),
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Undelivered events' }).click();
    await page.getByRole('heading', { level: 1, name: 'Undelivered events' }).waitFor();
    await page.getByText('Every event has been delivered.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Mailbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    await page.getByText('No messages yet.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('tells a signed-in person who opens another role’s app whom they are signed in as', async () => {
    await signIn('operations');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    await page.goto(`${platform.origin}/patient`);
    await page
      .getByText('You are signed in as Operations desk, who cannot use this area.')
      .waitFor();
    await page.getByRole('button', { name: 'Sign in as someone else' }).click();
    await page.waitForURL('**/sign-in?next=%2Fpatient');
    await page.getByLabel('Email or mobile number').fill(DEMO_ACCOUNTS.patient.login);
    await page.getByLabel('Password', { exact: true }).fill('Demo-Consilium-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
  });

  it('lays every screen out without sideways page scrolling on a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn('specialist');
    await page.getByRole('heading', { level: 1, name: 'My assigned cases' }).waitFor();
    const overflow = (): Promise<number> =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBe(0);
    await signIn('operations');
    await page.goto(`${platform.origin}/admin/specialists`);
    await page.getByRole('row', { name: /Sunanda Iyer/ }).waitFor();
    expect(await overflow()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('has no accessibility violations on the sign-in, sign-up, verification and password pages', async () => {
    for (const [path, heading] of [
      ['/sign-in', 'Sign in'],
      ['/sign-up', 'Create an account'],
      ['/verify?login=someone%40example.org', 'Enter your code'],
      ['/reset-password', 'Set a new password'],
    ] as const) {
      await page.goto(`${platform.origin}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      await page
        .getByRole('button', { name: /^(Sign in|Create account|Confirm|Send code)$/ })
        .click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      expect(await wcagViolations(page)).toEqual([]);
    }
  });

  it('unmounts the previous app when the viewer moves to another, leaving no Apollo watchers', async () => {
    await signIn('patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    const usage = (): Promise<{ clients: number; activeQueries: number }> =>
      page.evaluate(async () => {
        const kit = (await import('@consilium/web-kit' as string)) as {
          apolloUsage: () => { clients: number; activeQueries: number };
        };
        return kit.apolloUsage();
      });
    expect(await usage()).toEqual({ clients: 1, activeQueries: 1 });

    await navigateInPage(page, '/admin');
    await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
    expect(await page.locator('#app-patient').innerHTML()).toBe('');
    expect(await usage()).toEqual({ clients: 1, activeQueries: 0 });

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    expect(await page.locator('#app-admin').innerHTML()).toBe('');
    expect(await usage()).toEqual({ clients: 1, activeQueries: 1 });
  });

  it('loads one copy of React for the shell and all three apps', async () => {
    await signIn('operations');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    for (const [address, heading] of [
      ['/patient', 'My cases'],
      ['/doctor', 'My assigned cases'],
      ['/admin', 'Cases by stage'],
    ] as const) {
      await navigateInPage(page, address);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    const renderers = await page.evaluate(
      () =>
        (
          window as unknown as {
            __REACT_DEVTOOLS_GLOBAL_HOOK__: { renderers: Map<number, unknown> };
          }
        ).__REACT_DEVTOOLS_GLOBAL_HOOK__.renderers.size,
    );
    expect(renderers).toBe(1);
  });

  it('shows an error in place of an app that cannot load, while the other apps keep working', async () => {
    await page.route('**/assets/mfe-doctor/**', (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'broken build' }),
    );
    await signIn('specialist');
    const alert = page.locator('#app-doctor').getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('could not be loaded');
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Consilium');

    await navigateInPage(page, '/admin');
    await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
    expect(await page.locator('#app-doctor').innerHTML()).toBe('');
  });

  it('shows what did arrive, with a notice, when one service cannot be reached', async () => {
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as {
        data?: { cases?: { edges: { node: Record<string, unknown> }[] } };
      };
      for (const edge of body.data?.cases?.edges ?? []) edge.node['quote'] = null;
      await route.fulfill({
        response,
        json: {
          ...body,
          errors: [
            {
              message: 'The billing service is unavailable, so part of this answer is missing.',
              path: ['cases', 'edges', 0, 'node', 'quote'],
              extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'billing' },
            },
          ],
        },
      });
    });
    await signIn('patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await expect(page.getByRole('article').textContent()).resolves.toContain('Awaiting payment');
    await expect(page.locator('#app-patient').textContent()).resolves.toContain(
      'Some details could not be loaded just now',
    );
  });

  it('switches every visible string to Hindi and remembers the choice after a reload', async () => {
    await signIn('patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByLabel('Language').selectOption('hi');
    await page.getByRole('heading', { level: 1, name: 'मेरे केस' }).waitFor();
    await expect(page.getByRole('article').textContent()).resolves.toContain('भुगतान बाकी');
    await expect(page.getByRole('navigation', { name: 'मुख्य' }).textContent()).resolves.toContain(
      'मरीज़',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('hi');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'मेरे केस' }).waitFor();
    await expect(page.getByRole('article').textContent()).resolves.toContain('₹5,000.00');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('can be used with the keyboard alone: skip link, navigation and sign-in', async () => {
    await page.goto(`${platform.origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    );
    const focusedText = (): Promise<string | null | undefined> =>
      page.evaluate(() => document.activeElement?.textContent);
    let reached = false;
    for (let step = 0; step < 12 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = (await focusedText()) === 'Sign in';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const focusedId = (): Promise<string | undefined> =>
      page.evaluate(() => document.activeElement?.id);
    let onLogin = false;
    for (let step = 0; step < 12 && !onLogin; step += 1) {
      await page.keyboard.press('Tab');
      onLogin = (await focusedId()) === 'sign-in-login';
    }
    expect(onLogin).toBe(true);
    await page.keyboard.type(DEMO_ACCOUNTS.patient.login);
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('sign-in-password');
    await page.keyboard.type('Demo-Consilium-2026');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();

    // The account menu opens from the keyboard and Escape closes it again.
    const menuButton = page.getByRole('button', { name: /Kavita Deshpande/ });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Sign out');
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText()).toContain('Kavita Deshpande');
  });
});
