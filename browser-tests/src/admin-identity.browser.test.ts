import path from 'node:path';
import { startPlatformProcess, type PlatformProcess } from '@consilium/subgraph-kit/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { launchChromium } from './support/browser';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

describe('Accounts, partner clients and the audit log in the operations app', () => {
  let platform: PlatformProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    platform = await startPlatformProcess(14520);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-IN' });
    page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await signInAs(page, platform.origin, 'operations');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('adds a GP account, which receives a code to set a password, and disables it', async () => {
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByRole('row', { name: /Kavita Deshpande/ }).waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('GP');
    await page.getByLabel('Name', { exact: true }).fill('Dr Meera Nair');
    await page.getByLabel('Email', { exact: true }).fill('meera.nair@consilium.example');
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    await page
      .getByText(
        'Account created. A code to set the password was sent to meera.nair@consilium.example.',
      )
      .waitFor();
    const row = page.getByRole('row', { name: /Dr Meera Nair/ });
    await expect(row.textContent()).resolves.toContain('GP');
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-accounts.png'), fullPage: true });

    await page.getByRole('link', { name: 'Mailbox' }).click();
    await page.getByText(/Your code to set a new Consilium password is \d{6}/).waitFor();

    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('button', { name: 'Disable Dr Meera Nair' }).click();
    await page
      .getByRole('row', { name: /Dr Meera Nair/ })
      .getByText('Disabled')
      .waitFor();
  });

  it('refuses a staff account with a bad email, naming the field', async () => {
    await page.getByLabel('Role', { exact: true }).selectOption('OPERATIONS');
    await page.getByLabel('Name', { exact: true }).fill('Someone');
    await page.getByLabel('Email', { exact: true }).fill('not-an-email@x');
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    await page.getByText('This is not an email address.').waitFor();
    expect(await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('creates a partner client and shows its secret once', async () => {
    await page.getByRole('link', { name: 'Partner API' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner API' }).waitFor();
    await page.getByRole('row', { name: /Demo Health Insurance/ }).waitFor();
    await page.getByLabel('Organisation', { exact: true }).fill('Apollo Hospitals Referrals');
    await page.getByRole('button', { name: 'Add a partner client' }).click();
    const issued = page.getByRole('status');
    await issued.getByText('client_secret:').waitFor();
    const secret = (await issued.locator('code').nth(1).textContent()) ?? '';
    expect(secret).toMatch(/^[\w-]{40,}$/);
    await page.getByRole('row', { name: /Apollo Hospitals Referrals/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('row', { name: /Apollo Hospitals Referrals/ }).waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it('lists who read the demo case, allowed and refused, filtered by outcome', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: 'Show' }).click();
    await page
      .getByRole('row', { name: /Read Case/ })
      .first()
      .waitFor();
    await page.getByLabel('Outcome').selectOption('ALLOWED');
    await page.getByRole('button', { name: 'Show' }).click();
    await page
      .getByRole('row', { name: /Allowed/ })
      .first()
      .waitFor();
    expect(await page.getByRole('row', { name: /Refused/ }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-audit-log.png'), fullPage: true });
  });
});
