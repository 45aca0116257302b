import path from 'node:path';
import { DEMO_ACCOUNTS, signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 7, erasure with a retention schedule: the demo patient asks for her record to be erased
// (after reading what is destroyed and what the law keeps), operations staff confirm, and she
// reads the itemised confirmation: what was destroyed, what is kept sealed, why and until when.
// The compliance officer then opens a sealed record, which says the reading is logged.

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const PATIENT = DEMO_ACCOUNTS.patient.displayName;
const IMC =
  'Indian Medical Council (Professional Conduct, Etiquette and Ethics) Regulations, 2002, regulation 1.3.1';

describe('Erasing a record: the patient asks, operations confirm, the patient reads the confirmation', () => {
  const platform = withPlatformAndChromium(14700);
  const newPage = withFreshPages(platform);

  it('takes a request from the patient to an itemised confirmation, with the kept data sealed for compliance', async () => {
    const { origin } = platform;
    const patient = await newPage();
    await signInAs(patient, origin, 'patient');
    await patient.getByRole('link', { name: 'Sharing and export' }).click();
    await patient.getByRole('link', { name: 'Erase my record…' }).click();
    await patient.waitForURL('**/patient/erasure');
    await patient.getByRole('heading', { level: 1, name: 'Erase my record' }).waitFor();

    // What will and will not be destroyed, with the rules from the API's retention schedule.
    await patient.getByRole('heading', { name: 'Destroyed at once' }).waitFor();
    await patient
      .getByRole('heading', { name: 'Kept sealed for a time, then destroyed automatically' })
      .waitFor();
    await patient.getByText(`Source: ${IMC}`).waitFor();
    await patient
      .getByText(/signed e-consent: 3 years from the start of each consultation/)
      .waitFor();
    await patient.getByRole('heading', { name: 'Not part of the erasure' }).waitFor();
    expect(await wcagViolations(patient)).toEqual([]);

    // The typed confirmation must be the word shown.
    await patient.getByLabel('Why (optional)').fill('I have my answer and want nothing kept.');
    await patient.getByLabel('To confirm, type ERASE').fill('erase it');
    await patient.getByRole('button', { name: 'Ask for my record to be erased' }).click();
    await patient.getByText('Type ERASE exactly to confirm.').waitFor();
    expect(await patient.getByLabel('To confirm, type ERASE').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await patient.getByLabel('To confirm, type ERASE').fill('ERASE');
    await patient.getByRole('button', { name: 'Ask for my record to be erased' }).click();
    await patient
      .getByRole('heading', { name: 'Your request is waiting for operations staff' })
      .waitFor();
    await patient.getByText('I have my answer and want nothing kept.').waitFor();
    await patient.getByRole('button', { name: 'Withdraw the request' }).waitFor();
    expect(await wcagViolations(patient)).toEqual([]);

    // Operations staff confirm.
    const desk = await newPage();
    await signInAs(desk, origin, 'operations');
    await desk.getByRole('link', { name: 'Erasure requests' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Erasure requests' }).waitFor();
    const row = desk.getByRole('row', { name: new RegExp(PATIENT) });
    await expect(row.textContent()).resolves.toContain('I have my answer and want nothing kept.');
    await expect(row.textContent()).resolves.toContain('Awaiting payment');
    expect(await wcagViolations(desk)).toEqual([]);
    await desk.screenshot({
      path: path.join(SCREENSHOTS, 'admin-erasure-requests.png'),
      fullPage: true,
    });
    const dialogs: string[] = [];
    desk.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await desk.getByRole('button', { name: `Confirm and erase the record of ${PATIENT}` }).click();
    await desk.getByText(new RegExp(`^The record of ${PATIENT} was erased: `)).waitFor();
    expect(dialogs).toEqual([expect.stringContaining(`Erase the whole record of ${PATIENT} now?`)]);

    // The patient sees the itemised confirmation.
    await patient.reload();
    await patient.getByRole('heading', { level: 2, name: 'Erasure confirmation' }).waitFor();
    const line = (what: string | RegExp) =>
      patient.getByRole('row').filter({ has: patient.getByRole('rowheader', { name: what }) });
    await expect(line(/^Reports you uploaded \(2\)/).textContent()).resolves.toContain('Destroyed');
    await expect(line(/^Your share links|^Reports you uploaded/).count()).resolves.toBeGreaterThan(
      0,
    );
    // The GP had only begun a draft: never a consultation record, so destroyed, not kept.
    await expect(line(/^GP’s case summary/).textContent()).resolves.toContain('Destroyed');
    const consent = await line(/^Your signed e-consent/).textContent();
    expect(consent).toContain('Kept, sealed');
    expect(consent).toContain(`Source: ${IMC}`);
    expect(consent).toMatch(/until 20 November 2029, then destroyed automatically/);
    const log = await line(/^Log of who opened your record/)
      .first()
      .textContent();
    expect(log).toContain('Digital Personal Data Protection Rules, 2025, rule 8(3)');
    await expect(line(/^Your sign-in account/).textContent()).resolves.toContain('Not erased');
    expect(await patient.getByRole('button', { name: 'Withdraw the request' }).count()).toBe(0);
    expect(await wcagViolations(patient)).toEqual([]);
    await patient.screenshot({
      path: path.join(SCREENSHOTS, 'patient-erasure-confirmation.png'),
      fullPage: true,
    });
    await patient.getByLabel('Language').selectOption('hi');
    await patient.getByRole('heading', { level: 2, name: 'मिटाने की पुष्टि' }).waitFor();
    await patient.getByLabel('भाषा').selectOption('en');

    // Her cases keep nothing clinical.
    await patient.getByRole('link', { name: 'My cases' }).click();
    await patient.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
    await patient.getByText('Closed').first().waitFor();

    // The compliance officer opens a sealed record; the reading is logged.
    const officer = await newPage();
    await signInAs(officer, origin, 'compliance');
    await officer.getByRole('heading', { level: 1, name: 'Sealed records' }).waitFor();
    expect(await officer.getByRole('link', { name: 'Erasure requests' }).count()).toBe(0);
    await officer
      .getByRole('button', { name: /^Open \(logged\) AuditLog/ })
      .first()
      .click();
    await officer.getByText(/this reading is in the audit log\.$/).waitFor();
    await expect(officer.locator('pre').textContent()).resolves.toContain('"objectType"');
    expect(await wcagViolations(officer)).toEqual([]);
    await officer.screenshot({
      path: path.join(SCREENSHOTS, 'admin-sealed-records.png'),
      fullPage: true,
    });
  }, 300_000);
});
