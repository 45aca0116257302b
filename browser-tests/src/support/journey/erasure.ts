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
 * Operations staff open the Erasure requests page of the admin app and confirm the patient's
 * request (the case is over: its report delivered), answering the question it asks.
 * @param page - an operations page, signed in
 * @param patientName - whose record
 */
export async function confirmErasure(page: Page, patientName: string): Promise<void> {
  await page.goto(new URL('/admin', page.url()).toString());
  await page.getByRole('link', { name: 'Erasure requests' }).click();
  await page.getByRole('heading', { level: 1, name: 'Erasure requests' }).waitFor();
  await page
    .getByRole('button', { name: `Confirm and erase the record of ${patientName}` })
    .click();
  await page.getByText(new RegExp(`^The record of ${patientName} was erased: `)).waitFor();
}

/**
 * The patient reads the itemised confirmation of the erasure on the page they asked from.
 * @param page - the patient's page, on the erasure page
 */
export async function readErasureConfirmation(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Erasure confirmation' }).waitFor();
}
