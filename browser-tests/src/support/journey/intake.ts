import type { Page } from 'playwright-core';
import { fillStepsOneToFour, next, type FixtureCase } from '../intake';
import { stateCode } from './register';

/**
 * Starts a case from the patient app's registration page and types the fixture's history into
 * steps 1 to 5 of the wizard (complaint and symptoms, history, treating doctor, reason,
 * questions), then moves on to step 6, the reports.
 * @param page - the page, after the patient's details are saved
 * @param fixture - the case
 * @returns the case page's address
 */
export async function writeHistory(page: Page, fixture: FixtureCase): Promise<string> {
  await page.getByRole('link', { name: 'Start a new case' }).click();
  await page.waitForURL('**/patient/cases/*/intake/1');
  const caseUrl = page.url().replace(/\/intake\/1$/, '');
  await fillStepsOneToFour(page, fixture);
  for (const [index, question] of fixture.questions.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel(`Question ${index + 1}`, { exact: true }).fill(question);
  }
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  await next(page, 6);
  return caseUrl;
}

/**
 * Step 7 of the wizard: where the patient is now; the review shows no gap; submits the case and
 * waits for the consent page.
 * @param page - the page, on step 6
 * @param fixture - the case
 * @param screenshot - takes the review's screenshot before submitting
 */
export async function reviewAndSubmit(
  page: Page,
  fixture: FixtureCase,
  screenshot: () => Promise<void>,
): Promise<void> {
  await next(page, 7);
  const place = page.getByRole('group', { name: 'Where the patient is now' });
  await place.getByLabel('City, town or village').fill(fixture.patient.address.city);
  await place
    .getByLabel('State or union territory')
    .selectOption(stateCode(fixture.patient.address.state));
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  const review = page.getByRole('region', { name: 'Review' });
  await review.getByText(fixture.questions[0]!).waitFor();
  expect(await review.getByText('Still missing before you can submit').count()).toBe(0);
  await screenshot();
  await page.getByRole('button', { name: 'Submit the case' }).click();
  await page.waitForURL('**/consent');
}
