import type { Page } from 'playwright-core';

/** The password of every demo account `pnpm start` seeds. */
export const DEMO_PASSWORD = 'Demo-Consilium-2026';

/** The demo accounts `pnpm start` seeds (README), by who they are. */
export const DEMO_ACCOUNTS = {
  patient: { login: 'kavita.deshpande@example.org', displayName: 'Kavita Deshpande' },
  proxy: { login: 'rahul.deshpande@example.org', displayName: 'Rahul Deshpande' },
  specialist: { login: 'sunanda.iyer@consilium.example', displayName: 'Dr Sunanda Iyer' },
  operations: { login: 'ops@consilium.example', displayName: 'Operations desk' },
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
