import type { Page } from 'playwright-core';
import type { TestPlatform } from './platform';

/** The password of every demo account `pnpm start` seeds. */
export const DEMO_PASSWORD = 'Demo-Consilium-2026';

/** The demo accounts `pnpm start` seeds (README), by who they are. */
export const DEMO_ACCOUNTS = {
  patient: { login: 'kavita.deshpande@example.org', displayName: 'Kavita Deshpande' },
  proxy: { login: 'rahul.deshpande@example.org', displayName: 'Rahul Deshpande' },
  specialist: { login: 'sunanda.iyer@consilium.example', displayName: 'Dr Sunanda Iyer' },
  operations: { login: 'ops@consilium.example', displayName: 'Operations desk' },
  compliance: { login: 'compliance@consilium.example', displayName: 'Compliance office' },
  gp: { login: 'dr.arvind.rao.gp@consilium.example', displayName: 'Dr Arvind Rao' },
} as const;

export type DemoPerson = keyof typeof DEMO_ACCOUNTS;

/**
 * Fills and sends the sign-in form on the page that is open (the sign-in page).
 * @param page - the page, showing the sign-in form
 * @param login - email or phone
 * @param password - the password (default: the demo password)
 */
export async function fillSignInForm(
  page: Page,
  login: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.getByLabel('Email or mobile number').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs in through the real sign-in form as a demo person and waits until the page has left the
 * sign-in page for that person's app.
 * @param page - a page of a browser context
 * @param origin - the platform's origin
 * @param person - who
 */
export async function signInAs(page: Page, origin: string, person: DemoPerson): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await fillSignInForm(page, DEMO_ACCOUNTS[person].login);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/**
 * Moves to another address inside the page, as a link would (single-spa follows the history
 * change; the page is not loaded again, so what it holds in memory stays).
 * @param page - the page
 * @param path - e.g. `/admin`
 */
export async function navigateInPage(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => window.history.pushState(null, '', to), path);
}

/**
 * The six-digit code of the latest message to an address, read from the operations app's
 * Mailbox in a browser context of its own. Waits for the message to arrive.
 * @param platform - the platform and its browser
 * @param recipient - the email address
 * @returns the code
 */
export async function codeFromMailbox(platform: TestPlatform, recipient: string): Promise<string> {
  const { origin } = platform;
  const operations = await platform.browser.newContext({ locale: 'en-IN' });
  try {
    const desk = await operations.newPage();
    await signInAs(desk, origin, 'operations');
    await desk.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      await desk.goto(`${origin}/admin/mailbox`);
      await desk.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
      const message = desk.getByRole('article').filter({ hasText: recipient }).first();
      if ((await message.count()) > 0) {
        const code = /\b(\d{6})\b/.exec((await message.textContent()) ?? '')?.[1];
        if (code) return code;
      }
      await desk.waitForTimeout(500);
    }
    throw new Error(`no code for ${recipient} arrived in the Mailbox`);
  } finally {
    await operations.close();
  }
}

/**
 * Signs up through the real sign-up form, confirms the code from the Mailbox, and waits for the
 * patient app.
 * @param page - the page
 * @param platform - the platform and its browser (for the operations desk reading the Mailbox)
 * @param account - for whom, name and email
 */
export async function signUp(
  page: Page,
  platform: TestPlatform,
  account: { kind: 'patient' | 'proxy'; name: string; email: string },
): Promise<void> {
  await page.goto(`${platform.origin}/sign-up`);
  await page
    .getByLabel(account.kind === 'patient' ? 'For myself' : 'For someone I care for')
    .check();
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/verify?login=**');
  await page.getByLabel('6-digit code').fill(await codeFromMailbox(platform, account.email));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.waitForURL('**/patient');
}
