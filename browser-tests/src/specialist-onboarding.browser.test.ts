import type { Locator } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import {
  apiSignIn,
  consentedCase,
  requestPanel,
  type ConsentedCase,
} from './support/fixture-case-api';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 8, operations staff: onboarding a specialist (every profile field, weekly availability
// with a window past midnight), the server's refusal shown at its field, verification and
// listing, the sign-in account prefilled; then a case whose patient asked Consilium to choose:
// the suggested panel with every score explained, changed and confirmed.

const PORT = 14780;
const NEW_DOCTOR = 'Dr Kiran Reddy';

describe('Operations staff onboard specialists and confirm the platform’s panels', () => {
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let chosen: ConsentedCase;

  beforeAll(async () => {
    const { origin } = platform;
    const ops = await apiSignIn(origin, 'ops@consilium.example');
    chosen = await consentedCase(
      origin,
      ops,
      'case-e-cad-cabg-vs-pci-platform-board.json',
      'platform.choice@example.org',
    );
    await requestPanel(origin, chosen, {
      mode: 'PLATFORM_CHOOSES',
      preferredSize: 'MULTIPLE',
      specialties: ['Cardiology', 'Cardiothoracic and Vascular Surgery'],
      preferredLanguages: ['Telugu', 'English'],
    });
  });

  /** Adds a weekly window in the onboarding form. */
  async function addWindow(form: Locator, number: number, day: string, from: string, to: string) {
    await form.getByRole('button', { name: 'Add a window' }).click();
    const window = form.getByRole('group', { name: `Window ${number}` });
    await window.getByLabel('Day', { exact: true }).selectOption(day);
    await window.getByLabel('From', { exact: true }).fill(from);
    await window.getByLabel('To', { exact: true }).fill(to);
    return window;
  }

  it('onboards a specialist with availability, shows a bad input at its field, verifies and lists them', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.goto(`${platform.origin}/admin/specialists`);
    await page.getByRole('heading', { level: 1, name: 'Specialists' }).waitFor();
    const form = page.getByRole('region', { name: 'Onboard a specialist' });
    await form.getByLabel('Full name (Latin script)', { exact: true }).fill(NEW_DOCTOR);
    await form.getByLabel('Name in a local script (optional)', { exact: true }).fill('డా. కిరణ్ రెడ్డి');
    await form
      .getByLabel('Photo address (optional)', { exact: true })
      .fill('http://photos.example.org/kiran.jpg');
    await form
      .getByLabel('Specialty', { exact: true })
      .selectOption('Cardiothoracic and Vascular Surgery');
    await form
      .getByLabel('Sub-specialty (optional)', { exact: true })
      .fill('Minimally invasive cardiac surgery');
    await form
      .getByLabel('Qualifications', { exact: true })
      .fill('MBBS, MS (General Surgery), MCh (CTVS)');
    await form.getByLabel('Trained at an AIIMS campus', { exact: true }).check();
    await form.getByLabel('AIIMS campus', { exact: true }).fill('AIIMS New Delhi');
    await form
      .getByLabel('AIIMS department (optional)', { exact: true })
      .fill('Cardiothoracic and Vascular Surgery');
    await form.getByLabel('Years of experience', { exact: true }).fill('14');
    await form.getByLabel('Telugu', { exact: true }).check();
    await form.getByLabel('Other languages (optional)', { exact: true }).fill('Kannada');
    await form.getByLabel('City', { exact: true }).fill('Hyderabad');
    await form
      .getByLabel('Hospital 1', { exact: true })
      .fill('Nizam’s Institute of Medical Sciences, Hyderabad');
    await form.getByRole('button', { name: 'Add a hospital' }).click();
    await form.getByLabel('Hospital 2', { exact: true }).fill('Care Hospitals, Banjara Hills');
    await form.getByLabel('Council', { exact: true }).fill('Telangana State Medical Council');
    await form.getByLabel('Registration number', { exact: true }).fill('TSMC/2009/33412');
    await form.getByLabel('Year of registration', { exact: true }).fill('2009');
    await form
      .getByLabel('About (optional)', { exact: true })
      .fill('Heart surgeon; bypass and valve surgery.');
    await form.getByLabel('Most active cases at once', { exact: true }).fill('6');
    expect(await form.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Asia/Kolkata');
    await addWindow(form, 1, 'MONDAY', '09:00', '13:00');
    const late = await addWindow(form, 2, 'FRIDAY', '22:00', '02:00');
    await late.getByText('Runs past midnight, until 02:00 on Saturday.').waitFor();
    await form.getByRole('button', { name: 'Onboard the specialist' }).click();

    const photo = form.getByLabel('Photo address (optional)', { exact: true });
    await form.getByText('The photo must be an https:// address.').waitFor();
    expect(await photo.getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);
    await photo.fill('https://photos.example.org/kiran.jpg');
    await form.getByRole('button', { name: 'Onboard the specialist' }).click();
    await form
      .getByText(`${NEW_DOCTOR} is onboarded. The profile is not listed until you verify it`, {
        exact: false,
      })
      .waitFor();

    await page.getByLabel('Only profiles awaiting verification').check();
    const row = page.getByRole('row', { name: new RegExp(NEW_DOCTOR) });
    await row.getByText('Awaiting verification').waitFor();
    await row.getByRole('button', { name: `Verify ${NEW_DOCTOR}` }).click();
    await page.getByText(`${NEW_DOCTOR} is verified.`).waitFor();
    await page.getByText('No profile is awaiting verification.').waitFor();
    await page.getByLabel('Only profiles awaiting verification').uncheck();
    await row.getByText('Listed', { exact: true }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `Create the sign-in account of ${NEW_DOCTOR}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    const account = page.getByRole('form', { name: 'Add a staff account' });
    expect(await account.getByLabel('Name', { exact: true }).inputValue()).toBe(NEW_DOCTOR);
    expect(await account.getByLabel('Role', { exact: true }).inputValue()).toBe('SPECIALIST');
    await account
      .getByLabel('Specialist profile')
      .locator('option:checked', { hasText: NEW_DOCTOR })
      .waitFor({ state: 'attached' });
  });

  it('refuses a registration already on another profile', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.goto(`${platform.origin}/admin/specialists`);
    const row = page.getByRole('row', { name: new RegExp(NEW_DOCTOR) });
    await row.getByRole('button', { name: `Edit ${NEW_DOCTOR}` }).click();
    const edit = page.getByRole('region', { name: `Edit the profile of ${NEW_DOCTOR}` });
    const windows = edit.getByRole('group', { name: 'Weekly availability' });
    await windows
      .getByRole('group', { name: 'Window 2' })
      .getByText(/Runs past midnight/)
      .waitFor();
    await edit.getByLabel('Registration number', { exact: true }).fill('DMC/R/09117');
    await edit.getByLabel('Council', { exact: true }).fill('Delhi Medical Council');
    await edit.getByRole('button', { name: 'Save the profile' }).click();
    await edit
      .getByRole('alert')
      .getByText('This council registration is already on another profile.', { exact: false })
      .waitFor();
    await edit.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows the suggested panel with every score explained and confirms a changed panel', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.goto(`${platform.origin}/admin/specialists`);
    await page.getByRole('link', { name: 'Platform choice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Platform choice' }).waitFor();
    await page.getByRole('link', { name: `Review the panel for ${chosen.patientName}` }).click();
    await page
      .getByRole('heading', { level: 1, name: `Choose the panel for ${chosen.patientName}` })
      .waitFor();
    const panel = page.getByRole('region', { name: /^The panel:/ });
    const first = panel.getByRole('article').first();
    await first.getByRole('table', { name: /^Why .* scores \d+ of 100$/ }).waitFor();
    for (const factor of ['Specialty fit', 'Availability', 'Load', 'Language']) {
      await first.getByRole('rowheader', { name: factor, exact: true }).waitFor();
    }
    expect(await wcagViolations(page)).toEqual([]);

    const doctors = panel.getByRole('article');
    while ((await doctors.count()) > 0) {
      await doctors
        .first()
        .getByRole('button', { name: /^Remove from the panel/ })
        .click();
    }
    await panel.getByRole('button', { name: /^Confirm this panel/ }).click();
    await panel.getByText('Choose at least one specialist.').waitFor();

    const candidates = page.getByRole('region', { name: 'Other candidates, best first' });
    await candidates
      .getByRole('table', { name: new RegExp(`^Why ${NEW_DOCTOR} scores`) })
      .waitFor();
    await candidates.getByRole('button', { name: `Add to the panel ${NEW_DOCTOR}` }).click();
    await panel.getByRole('table', { name: new RegExp(`^Why ${NEW_DOCTOR} scores`) }).waitFor();
    await candidates.getByRole('button', { name: 'Add to the panel Rahul Menon' }).click();
    await panel
      .getByRole('heading', { name: 'The panel: 2 specialists (Several specialists)' })
      .waitFor();
    await panel.getByRole('button', { name: /^Confirm this panel of 2/ }).click();
    await page
      .getByText(`The panel for ${chosen.patientName} is confirmed:`, { exact: false })
      .waitFor();
    await page.getByRole('link', { name: '← Cases waiting for a platform choice' }).click();
    await page.getByText('No case is waiting for Consilium to choose its doctors.').waitFor();
  });
});
