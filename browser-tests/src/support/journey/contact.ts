import type { Page } from 'playwright-core';

/**
 * A specialist logs a phone call with the patient on the case page of the doctor app, within the
 * 48-hour contact window that the payment started, just after the call (the time as the form
 * gives it: now); their clock then shows done.
 * @param page - the specialist's page, on the case page
 * @param doctorName - the specialist's full name (as the contact list shows it)
 * @param note - what was said
 */
export async function logContact(page: Page, doctorName: string, note: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Contact with the patient' });
  const form = page.getByRole('form', { name: 'Log a contact' });
  await form.getByLabel('How').selectOption({ label: 'Phone call' });
  // "When" starts as now, to the minute: the call has just been made
  await form.getByLabel('Note (optional)').fill(note);
  await form.getByRole('button', { name: 'Log the contact' }).click();
  await section
    .getByRole('status')
    .getByText(/^Contact logged: Phone call, /)
    .waitFor();
  await section
    .getByRole('row', { name: new RegExp(doctorName) })
    .getByText(/^Done: contacted /)
    .waitFor();
}

/**
 * Opens a case from the specialist's (or GP's) list of cases in the doctor app.
 * @param page - the doctor's page, signed in
 * @param patientName - whose case
 */
export async function openAssignedCase(page: Page, patientName: string): Promise<void> {
  await page.goto(new URL('/doctor', page.url()).toString());
  await page.getByRole('link', { name: patientName }).first().click();
  await page.getByRole('heading', { level: 1, name: `Case of ${patientName}` }).waitFor();
}
