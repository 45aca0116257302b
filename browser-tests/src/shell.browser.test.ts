import path from 'node:path';
import { startPlatformProcess, type PlatformProcess } from '@consilium/subgraph-kit/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { COUNT_REACT_RENDERERS, launchChromium } from './support/browser';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

describe('The microfrontend shell in Chromium', () => {
  let platform: PlatformProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** Signs in on the sign-in page as the demo person whose button matches. */
  async function signInAs(name: RegExp): Promise<void> {
    await page.goto(`${platform.origin}/sign-in`);
    await page.getByRole('button', { name }).click();
  }

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
    await signInAs(/Patient: Kavita Deshpande/);
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
    await signInAs(/Specialist: Dr Sunanda Iyer/);
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
    await signInAs(/Operations staff/);
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
    await signInAs(/Operations staff/);
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    await page.goto(`${platform.origin}/patient`);
    await page
      .getByText('You are signed in as Operations desk, who cannot use this area.')
      .waitFor();
    await page.getByRole('link', { name: 'Sign in as someone else' }).waitFor();
  });

  it('lays every screen out without sideways page scrolling on a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(/Specialist: Dr Sunanda Iyer/);
    await page.getByRole('heading', { level: 1, name: 'My assigned cases' }).waitFor();
    const overflow = (): Promise<number> =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBe(0);
    await signInAs(/Operations staff/);
    await page.goto(`${platform.origin}/admin/specialists`);
    await page.getByRole('row', { name: /Sunanda Iyer/ }).waitFor();
    expect(await overflow()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('has no accessibility violations on the sign-in page', async () => {
    await page.goto(`${platform.origin}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('unmounts the previous app when the viewer moves to another, leaving no Apollo watchers', async () => {
    await signInAs(/Patient: Kavita Deshpande/);
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    const usage = (): Promise<{ clients: number; activeQueries: number }> =>
      page.evaluate(async () => {
        const kit = (await import('@consilium/web-kit' as string)) as {
          apolloUsage: () => { clients: number; activeQueries: number };
        };
        return kit.apolloUsage();
      });
    expect(await usage()).toEqual({ clients: 1, activeQueries: 1 });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Operations' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
    expect(await page.locator('#app-patient').innerHTML()).toBe('');
    expect(await usage()).toEqual({ clients: 1, activeQueries: 0 });

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    expect(await page.locator('#app-admin').innerHTML()).toBe('');
    expect(await usage()).toEqual({ clients: 1, activeQueries: 1 });
  });

  it('loads one copy of React for the shell and all three apps', async () => {
    await signInAs(/Operations staff/);
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    for (const [link, heading] of [
      ['Patient', 'My cases'],
      ['Doctor', 'My assigned cases'],
      ['Operations', 'Cases by stage'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: link })
        .click();
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
    await signInAs(/Specialist: Dr Sunanda Iyer/);
    const alert = page.locator('#app-doctor').getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('could not be loaded');
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Consilium');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Operations' })
      .click();
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
    await signInAs(/Patient: Kavita Deshpande/);
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await expect(page.getByRole('article').textContent()).resolves.toContain('Awaiting payment');
    await expect(page.locator('#app-patient').textContent()).resolves.toContain(
      'Some details could not be loaded just now',
    );
  });

  it('switches every visible string to Hindi and remembers the choice after a reload', async () => {
    await signInAs(/Patient: Kavita Deshpande/);
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
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    );
    let reached = false;
    for (let step = 0; step < 12 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent)) === 'Sign in';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    let onPatient = false;
    for (let step = 0; step < 12 && !onPatient; step += 1) {
      onPatient = (
        (await page.evaluate(() => document.activeElement?.textContent)) ?? ''
      ).startsWith('Patient:');
      if (!onPatient) await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
  });
});
