import type { Page } from 'playwright-core';

/**
 * The patient asks for the record to be erased in the patient app (typing ERASE to confirm).
 * @param page - the patient's page, on the Sharing and export page
 * @param reason - why
 */
export async function askForErasure(page: Page, reason: string): Promise<void> {
  await page.getByRole('link', { name: 'Erase my record…' }).click();
  await page.getByRole('heading', { level: 1, name: 'Erase my record' }).waitFor();
  await page.getByLabel('Why (optional)').fill(reason);
  await page.getByLabel('To confirm, type ERASE').fill('ERASE');
  await page.getByRole('button', { name: 'Ask for my record to be erased' }).click();
  await page
    .getByRole('heading', { name: 'Your request is waiting for operations staff' })
    .waitFor();
}

/**
 * Operations staff open the Erasure requests page of the admin app and find the patient's request
 * held: a case of theirs is under way (paid, its report not delivered), which must end first.
 * @param page - an operations page, signed in
 * @param patientName - whose record
 */
export async function erasureHeldWhileUnderWay(page: Page, patientName: string): Promise<void> {
  await page.goto(new URL('/admin', page.url()).toString());
  await page.getByRole('link', { name: 'Erasure requests' }).click();
  await page.getByRole('heading', { level: 1, name: 'Erasure requests' }).waitFor();
  await page
    .getByRole('row', { name: new RegExp(patientName) })
    .getByText('A case is under way (paid, opinions not delivered)', { exact: false })
    .waitFor();
}
