import type { Page } from 'playwright-core';

/** How the fixture asks for its doctors (`requestedPanel`). */
export type FixturePanel =
  | { mode: 'SINGLE' | 'MULTIPLE' | 'BOARD'; doctors: string[] }
  | {
      mode: 'PLATFORM_CHOOSES';
      preferredSize: 'SINGLE' | 'MULTIPLE' | 'BOARD';
      specialties: string[];
      preferredLanguages: string[];
    };

/** The mode's label on the page of choosing the doctors. */
const MODE_LABELS = {
  SINGLE: 'One specialist',
  MULTIPLE: 'Several specialists (2 to 5)',
  BOARD: 'A board (3 to 7 specialists)',
  PLATFORM_CHOOSES: 'Ask us to choose',
} as const;

/**
 * From the case page, the patient's side chooses the doctors as the fixture says: one, several
 * or a board found by name in the directory, or asks the platform to choose with the size,
 * specialties and languages wanted; the fee follows. Waits for the case page's confirmation.
 * @param page - the page, on the case page of a consented case
 * @param panel - what the fixture asks for (doctors by full name)
 * @param fee - the fee shown for the chosen doctors, e.g. `₹2,500.00`
 * @param screenshot - takes the screenshot of the filled choice before sending it
 */
export async function chooseDoctors(
  page: Page,
  panel: FixturePanel,
  fee: string,
  screenshot: () => Promise<void>,
): Promise<void> {
  await page
    .getByRole('region', { name: 'Your doctors' })
    .getByRole('link', { name: 'Choose your doctors' })
    .click();
  await page.waitForURL('**/choose-doctors');
  await page.getByRole('heading', { level: 1, name: /^Choose the doctors for/ }).waitFor();
  await page.getByLabel(MODE_LABELS[panel.mode]).first().check();
  if (panel.mode === 'PLATFORM_CHOOSES') {
    const size = page.getByRole('group', { name: 'How many doctors?' });
    await size.getByLabel(MODE_LABELS[panel.preferredSize]).check();
    const specialties = page.getByRole('group', { name: /^Specialties to include/ });
    for (const specialty of panel.specialties) {
      await specialties.getByLabel(specialty, { exact: true }).check();
    }
    const languages = page.getByRole('group', { name: /^Languages you would like/ });
    for (const language of panel.preferredLanguages) {
      await languages.getByLabel(language, { exact: true }).check();
    }
    await screenshot();
    await page.getByRole('button', { name: 'Ask the platform to choose' }).click();
  } else {
    const search = page.getByRole('search', { name: 'Search the specialists' });
    for (const name of panel.doctors) {
      await search.getByLabel('Search by name, specialty, city or hospital').fill(name);
      await search.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByText('1 specialist found.').waitFor();
      const verb = panel.mode === 'SINGLE' ? `Choose ${name}` : `Add ${name} to the panel`;
      await page.getByRole('button', { name: verb }).click();
      await page.getByRole('button', { name: `Remove ${name} from the panel` }).waitFor();
    }
    const count = panel.doctors.length;
    await page
      .locator('#panel-fee')
      .getByText(`Fee for ${count} specialist${count === 1 ? '' : 's'}: ${fee}`)
      .waitFor();
    await screenshot();
    await page.getByRole('button', { name: 'Ask these doctors' }).click();
  }
  await page.getByText('Your request has been sent.').waitFor();
}

/**
 * Operations staff confirm the panel the platform suggests for a case whose patient asked
 * Consilium to choose, on the Platform choice page of the admin app.
 * @param page - an operations page, signed in
 * @param patientName - whose case
 * @param screenshot - takes the screenshot of the suggestion before confirming
 * @returns the full names of the specialists confirmed, in the order shown
 */
export async function confirmSuggestedPanel(
  page: Page,
  patientName: string,
  screenshot: () => Promise<void>,
): Promise<string[]> {
  await page.goto(new URL('/admin', page.url()).toString());
  await page.getByRole('link', { name: 'Platform choice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Platform choice' }).waitFor();
  await page.getByRole('link', { name: `Review the panel for ${patientName}` }).click();
  await page
    .getByRole('heading', { level: 1, name: `Choose the panel for ${patientName}` })
    .waitFor();
  const panel = page.getByRole('region', { name: /^The panel:/ });
  await panel.getByRole('article').first().waitFor();
  const names = await panel
    .getByRole('article')
    .getByRole('heading', { level: 3 })
    .allTextContents();
  await screenshot();
  await panel.getByRole('button', { name: /^Confirm this panel/ }).click();
  await page.getByText(`The panel for ${patientName} is confirmed:`, { exact: false }).waitFor();
  return names;
}
