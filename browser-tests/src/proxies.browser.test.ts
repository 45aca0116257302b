import path from 'node:path';
import { signInAs, signUp } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

describe('People who can act for a patient, and people a proxy cares for', () => {
  const platform = withPlatformAndChromium(14540);
  const newPage = withFreshPages(platform);
  /** A proxy account created by the first test (Kavita authorises it in the second). */
  const newProxy = { name: 'Arjun Mehta', email: `arjun.mehta.${Date.now()}@example.org` };

  it('lets a new proxy register someone they care for from the empty state, then act for them', async () => {
    const page = await newPage();
    await signUp(page, platform, { kind: 'proxy', ...newProxy });

    await page.getByText('You are not acting for anyone yet.').waitFor();
    await page.getByRole('link', { name: 'Register someone you care for' }).click();
    await page.waitForURL('**/patient/proxies');
    await page.getByRole('heading', { level: 1, name: 'People I care for' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    // Nothing typed: the error is tied to the field, which takes focus.
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const name = page.getByLabel('Their name');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toBe('dependent-name-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dependent-name');
    await expect(page.locator('#dependent-name-error').textContent()).resolves.toContain(
      'Enter their name.',
    );

    await name.fill('Aarav Mehta');
    await page.getByLabel('Who you are to them').selectOption('PARENT');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('You now act for Aarav Mehta.').waitFor();
    expect(await name.inputValue()).toBe('');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    const row = page.getByRole('row', { name: /Aarav Mehta/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Parent');
    await expect(row.textContent()).resolves.toContain('Active');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Go to their cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByText('You are acting for Aarav Mehta.').waitFor();
    expect(await page.getByText('You are not acting for anyone yet.').count()).toBe(0);
  });

  it('lets Kavita authorise a new account as her spouse by email, and revoke it', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'patient');
    await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await page.getByRole('link', { name: 'People who can act for me' }).click();
    await page.waitForURL('**/patient/proxies');
    await page.getByRole('heading', { level: 1, name: 'People who can act for me' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    // Someone without an account: the gateway's refusal is shown at the field.
    const login = page.getByLabel('Their email address or mobile number');
    await login.fill(`nobody.${Date.now()}@example.org`);
    await page.getByRole('button', { name: 'Authorise' }).click();
    await page.locator('#authorize-login-error').waitFor();
    await expect(page.locator('#authorize-login-error').textContent()).resolves.toContain(
      'No account has this email address or mobile number.',
    );
    expect(await login.getAttribute('aria-invalid')).toBe('true');
    expect(await login.getAttribute('aria-describedby')).toContain('authorize-login-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('authorize-login');
    expect(await wcagViolations(page)).toEqual([]);

    await login.fill(newProxy.email);
    await page.getByLabel('Who they are to you').selectOption('SPOUSE');
    await page.getByLabel('Valid until (optional)').fill('2030-12-31');
    await page.getByRole('button', { name: 'Authorise' }).click();
    await page.getByText(`${newProxy.name} can now act for you.`).waitFor();
    expect(await login.inputValue()).toBe('');
    expect(await page.getByLabel('Valid until (optional)').inputValue()).toBe('');
    const row = page.getByRole('row', { name: new RegExp(newProxy.name) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Spouse');
    await expect(row.textContent()).resolves.toContain('31 Dec 2030');
    await expect(row.textContent()).resolves.toContain('Active');
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'patient-proxies.png'), fullPage: true });

    await page.getByRole('button', { name: `Revoke ${newProxy.name}` }).click();
    await page.getByText(`${newProxy.name} can no longer act for you.`).waitFor();
    await row.getByText(/^Revoked/).waitFor();
    expect(await page.getByRole('button', { name: `Revoke ${newProxy.name}` }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('names partner scopes, shows account ids and explains a malformed audit filter', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.getByRole('heading', { level: 1, name: 'Cases by stage' }).waitFor();

    await page.getByRole('link', { name: 'Partner API' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner API' }).waitFor();
    await page.getByLabel('cases:refer — refer patients').waitFor();
    await page.getByLabel('cases:read-status — read the status of shared cases').waitFor();
    await page.getByLabel('reports:read — receive reports the patient allows').waitFor();

    await page.getByRole('link', { name: 'Accounts' }).click();
    const kavita = page.getByRole('row', { name: /Kavita Deshpande/ });
    await kavita.waitFor();
    const accountId = (await kavita.locator('th code').textContent()) ?? '';
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);

    // After an account was added the form is empty; a refused one drops the earlier message.
    await page.getByLabel('Role', { exact: true }).selectOption('GP');
    await page.getByLabel('Name', { exact: true }).fill('Dr Kiran Rao');
    await page.getByLabel('Email', { exact: true }).fill(`kiran.rao.${Date.now()}@example.org`);
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    const created = page.getByText(/^Account created\./);
    await created.waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Name', { exact: true }).fill('Someone');
    await page.getByLabel('Email', { exact: true }).fill('not-an-email@x');
    await page.getByRole('button', { name: 'Add a staff account' }).click();
    await page.getByText('This is not an email address.').waitFor();
    expect(await created.count()).toBe(0);

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const caseId = page.getByLabel('Case id');
    await caseId.fill('not-a-case');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('#audit-case-error').waitFor();
    await expect(page.locator('#audit-case-error').textContent()).resolves.toContain(
      'This is not a case id.',
    );
    expect(await caseId.getAttribute('aria-invalid')).toBe('true');
    expect(await caseId.getAttribute('aria-describedby')).toBe('audit-case-error');
    expect(await page.getByText('This could not be loaded.').count()).toBe(0);

    await caseId.fill('');
    await page.getByLabel('Service').selectOption('identity');
    await page.getByLabel('Account id').fill(accountId);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('table').waitFor();
    expect(await caseId.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#audit-case-error').count()).toBe(0);
  });
});
