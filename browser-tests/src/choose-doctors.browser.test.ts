import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { consentedCaseByApi } from './support/consented-case';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 8, journey step 4: the demo proxy (Rahul, acting for his wife Kavita) searches the
// specialist directory with a filter, opens a profile, and builds a board for a consented case of
// Kavita's: the fee follows the doctors added, a "board" of two is refused at the doctors, and
// once three are asked the case page waits for each one's confirmation.

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

/** The polite status line of the fee. */
const fee = (page: Page) => page.locator('#panel-fee');

describe('Choosing the doctors for a case in Chromium', () => {
  const platform = withPlatformAndChromium(14760);
  const newPage = withFreshPages(platform);

  it('lets a proxy search the directory, read a profile and ask a board of three, refusing a board of two', async () => {
    const { origin } = platform;
    const caseId = await consentedCaseByApi(
      origin,
      DEMO_ACCOUNTS.patient.login,
      DEMO_ACCOUNTS.patient.displayName,
    );
    const page = await newPage();
    await signInAs(page, origin, 'proxy');

    // The directory: every listed doctor, then only those who consult in Tamil.
    await page.getByRole('link', { name: 'Find a specialist' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a specialist' }).waitFor();
    await page.getByText('5 specialists found.').waitFor();
    await page.getByLabel('Consults in').selectOption('Tamil');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1 specialist found.').waitFor();
    const card = page.getByRole('article', { name: /Sunanda Iyer/ });
    await card.getByText('Medical Oncology · Breast Oncology').waitFor();
    await card.getByText('Tamil Nadu Medical Council, No. TNMC/90412 (2008)').waitFor();
    await card.getByText('AIIMS New Delhi').waitFor();
    await card.getByText('16 years').waitFor();
    expect(await card.getByText('சுனந்தா ஐயர்').count()).toBe(1);
    expect(await page.getByRole('article').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    // A filter the server refuses is named at its field.
    const days = page.getByLabel('Available within (days)');
    await days.fill('90');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#filter-availableWithinDays-error').waitFor();
    await expect(
      page.locator('#filter-availableWithinDays-error').textContent(),
    ).resolves.toContain('Enter a whole number of days from 1 to 60.');
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    await days.fill('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1 specialist found.').waitFor();

    // Her profile: about, and her weekly hours in India's time.
    await card.getByRole('link', { name: 'Sunanda Iyer' }).click();
    await page.waitForURL('**/patient/specialists/*');
    await page.getByRole('heading', { level: 1, name: 'Sunanda Iyer' }).waitFor();
    await page
      .getByText('Treats early breast cancer with a focus on HER2-positive disease.')
      .waitFor();
    await page.getByText('Tamil Nadu Medical Council, No. TNMC/90412 (2008)').waitFor();
    const hours = page.getByRole('table', { name: 'Consulting hours (Asia/Kolkata)' });
    await hours.getByRole('row', { name: 'Monday 18:00 20:00' }).waitFor();
    await hours.getByRole('row', { name: 'Saturday 10:00 13:00' }).waitFor();
    // Shown in London's time, Monday 18:00 in India is earlier the same day.
    await page.getByLabel('Show the times in').selectOption('Europe/London');
    await page.getByRole('table', { name: 'Consulting hours (Europe/London)' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    // Back to the directory: the search is kept (the filters live in the address).
    await page.goBack();
    await page.getByText('1 specialist found.').waitFor();
    expect(await page.getByLabel('Consults in').inputValue()).toBe('Tamil');

    // The case page of the consented case offers to choose the doctors.
    await page.goto(`${origin}/patient/cases/${caseId}`);
    const doctors = page.getByRole('region', { name: 'Your doctors' });
    await doctors.getByRole('link', { name: 'Choose your doctors' }).click();
    await page.waitForURL('**/choose-doctors');
    await page
      .getByRole('heading', { level: 1, name: 'Choose the doctors for Kavita Deshpande’s case' })
      .waitFor();
    await expect(fee(page).textContent()).resolves.toBe(
      'Choose at least one doctor to see the fee.',
    );
    await page.getByText('The fee includes').waitFor();

    // A board: the fee follows each doctor added.
    await page.getByLabel('A board (3 to 7 specialists)').check();
    await page.getByText('5 specialists found.').waitFor();
    await page.getByRole('button', { name: 'Add Sunanda Iyer to the panel' }).click();
    await fee(page).getByText('Fee for 1 specialist: ₹2,500.00').waitFor();
    await page.getByRole('button', { name: 'Add Vikram Sethi to the panel' }).click();
    await fee(page).getByText('Fee for 2 specialists: ₹3,500.00').waitFor();

    // A board of two is refused, at the doctors chosen, which take the focus.
    await page.getByRole('button', { name: 'Ask these doctors' }).click();
    const refused = page.locator('#requestedPanel-specialistIds-error');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain(
      'A board needs at least 3 specialists (2 are chosen).',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'requestedPanel-specialistIds',
    );
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add Ananya Ghosh to the panel' }).click();
    await fee(page).getByText('Fee for 3 specialists: ₹5,000.00').waitFor();
    const chosen = page.getByRole('group', { name: 'Your chosen doctors' });
    await chosen.getByText('3 chosen.').waitFor();
    // The refusal no longer holds, so it has gone.
    expect(await refused.count()).toBe(0);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'patient-choose-doctors.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Ask these doctors' }).click();

    // Back on the case page: each doctor asked, with the deadline for their answer.
    await page.waitForURL(`**/patient/cases/${caseId}`);
    await page.getByText('Your request has been sent.').waitFor();
    await page
      .locator('#case-stage', { hasText: 'Awaiting specialists’ confirmation' })
      .waitFor({ timeout: 30_000 });
    await doctors
      .getByText('0 of 3 doctors have confirmed. Waiting for the others to answer.')
      .waitFor();
    const asked = doctors.getByRole('list', { name: 'The doctors and their answers' });
    for (const name of ['Sunanda Iyer', 'Vikram Sethi', 'Ananya Ghosh']) {
      const member = asked.getByRole('article', { name: new RegExp(name) });
      await member.getByText('Asked').waitFor();
      await member.getByText(/Waiting for an answer, due by \d{1,2} \w{3} \d{4}/).waitFor();
    }
    expect(await doctors.getByRole('link', { name: 'Choose your doctors' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
