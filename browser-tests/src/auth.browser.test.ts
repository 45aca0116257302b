import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { codeFromMailbox, DEMO_ACCOUNTS, fillSignInForm, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withPlatformAndChromium } from './support/platform';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const JWT = /^ey[\w-]+\.[\w-]+\.[\w-]+$/;

describe('Signing in, up and out in Chromium', () => {
  const platform = withPlatformAndChromium(14520);
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await platform.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-IN',
    });
    page = await context.newPage();
  });

  afterEach(() => context.close());

  it('says the email/phone or password is not right, at the form, with focus on it', async () => {
    await page.goto(`${platform.origin}/sign-in`);
    await fillSignInForm(page, DEMO_ACCOUNTS.patient.login, 'not-the-password-at-all');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'The email/phone or password is not right',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-error');
    const login = page.getByLabel('Email or mobile number');
    expect(await login.getAttribute('aria-invalid')).toBe('true');
    expect(await login.getAttribute('aria-describedby')).toContain('sign-in-error');
    expect(page.url()).toBe(`${platform.origin}/sign-in`);
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in-wrong-password.png') });

    await fillSignInForm(page, DEMO_ACCOUNTS.patient.login);
    await page.waitForURL('**/patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
  });

  it('explains a field’s problem next to it and moves focus to the first one', async () => {
    await page.goto(`${platform.origin}/sign-up`);
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel('Your name').fill('Asha Rao');
    await page.getByLabel('Email address').fill('asha@example.org');
    await page.getByLabel('Password', { exact: true }).fill('too short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const password = page.getByLabel('Password', { exact: true });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-up-password');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent).join(' '),
      describedBy.split(' '),
    );
    expect(described).toContain('At least 12 characters');
    expect(described).toContain('The password needs at least 12 characters; this one has 9.');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('creates a patient account, confirms it with the code from the Mailbox and lands on /patient', async () => {
    const email = `asha.rao.${Date.now()}@example.org`;
    await page.goto(`${platform.origin}/sign-up`);
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel('For myself').check();
    await page.getByLabel('Your name').fill('Asha Rao');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a river, a kite and chai');
    await page.getByLabel('Language for our messages').selectOption('en');
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-up.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL('**/verify?login=**');
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    await page.getByText('We have sent a 6-digit code to').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('#verify-code-error').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-code');

    const code = await codeFromMailbox(platform, email);
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL('**/patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByRole('button', { name: /Asha Rao/ }).waitFor();
    await page.getByText('Hello, Asha Rao').waitFor();
    await page.getByText('You have no cases yet.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('signs out to the sign-in page, after which Back shows no patient data', async () => {
    await signInAs(page, platform.origin, 'patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByRole('article').waitFor();

    // The access token lives in memory only: nothing token-like in storage or the address.
    const stored = await page.evaluate(() => [
      ...Object.values(localStorage),
      ...Object.values(sessionStorage),
    ]);
    expect(stored.filter((value) => JWT.test(value))).toEqual([]);
    expect(page.url()).toBe(`${platform.origin}/patient`);

    await page.getByRole('button', { name: /Kavita Deshpande/ }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/sign-in');
    await page.getByText('You have signed out.').waitFor();

    await page.goBack();
    await page.waitForURL('**/sign-in?next=%2Fpatient');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Awaiting payment');
    expect(main).not.toContain('Lump in the left breast');
    expect(await page.getByRole('article').count()).toBe(0);
    const usage = await page.evaluate(async () => {
      const kit = (await import('@consilium/web-kit' as string)) as {
        apolloUsage: () => { clients: number; activeQueries: number };
      };
      return kit.apolloUsage();
    });
    expect(usage).toEqual({ clients: 0, activeQueries: 0 });

    // The refresh cookie is gone too: a fresh load of the app asks to sign in again.
    await page.goto(`${platform.origin}/patient`);
    await page.waitForURL('**/sign-in?next=%2Fpatient');
  });

  it('sends a signed-out visitor of an app to sign in, and back to where they were going', async () => {
    await page.goto(`${platform.origin}/doctor`);
    await page.waitForURL('**/sign-in?next=%2Fdoctor');
    await fillSignInForm(page, DEMO_ACCOUNTS.specialist.login);
    await page.waitForURL('**/doctor');
    await page.getByRole('heading', { level: 1, name: 'My assigned cases' }).waitFor();
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Dr Sunanda Iyer');
  });

  it('shows a proxy the cases of the patient they act for', async () => {
    await signInAs(page, platform.origin, 'proxy');
    await page.waitForURL('**/patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByText('You are acting for Kavita Deshpande.').waitFor();
    await expect(page.getByRole('article').textContent()).resolves.toContain('Awaiting payment');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('renews a refused access token once and sends the request again', async () => {
    await signInAs(page, platform.origin, 'patient');
    await page.getByRole('article').waitFor();
    let refused = false;
    let refreshes = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/auth/refresh')) refreshes += 1;
    });
    await page.route('**/graphql', async (route) => {
      if (refused) return route.continue();
      refused = true;
      await route.fulfill({
        status: 200,
        json: {
          data: null,
          errors: [
            { message: 'The access token has expired.', extensions: { code: 'UNAUTHENTICATED' } },
          ],
        },
      });
    });
    await page.reload();
    await page.getByRole('article').waitFor();
    await expect(page.getByRole('article').textContent()).resolves.toContain('Awaiting payment');
    expect(refused).toBe(true);
    // one refresh on page load, one after the refusal
    expect(refreshes).toBe(2);
  });
});
