import type { Page } from 'playwright-core';

/**
 * Operations staff give a case's summary to a GP on the Case summaries page of the admin app.
 * @param page - an operations page, signed in
 * @param patientName - whose case
 * @param gpName - the GP's name as the list offers it
 */
export async function assignGp(page: Page, patientName: string, gpName: string): Promise<void> {
  await page.goto(new URL('/admin', page.url()).toString());
  await page.getByRole('link', { name: 'Case summaries' }).click();
  await page.getByRole('heading', { level: 1, name: 'Case summaries' }).waitFor();
  const row = page.getByRole('row', { name: new RegExp(patientName) }).first();
  await page.getByLabel(`GP for the case of ${patientName}`).selectOption({ label: gpName });
  await row.getByRole('button', { name: /^(Assign|Reassign)$/ }).click();
  await page
    .getByRole('status')
    .getByText(`${gpName} now writes the summary of ${patientName}’s case.`)
    .waitFor();
}

/** What the GP writes. */
export interface GpSummary {
  history: string;
  keyFindings: string[];
  questions: string[];
}

/**
 * The GP writes the case summary (the referral note) in the doctor app, marks every report as
 * relevant and submits it to the specialists.
 * @param page - the GP's page, signed in
 * @param patientName - whose case
 * @param summary - the text
 * @param screenshot - takes the screenshot of the filled summary before submitting
 */
export async function writeCaseSummary(
  page: Page,
  patientName: string,
  summary: GpSummary,
  screenshot: () => Promise<void>,
): Promise<void> {
  await page.goto(new URL('/doctor', page.url()).toString());
  await page.getByRole('heading', { level: 1, name: 'Case summaries to write' }).waitFor();
  await page
    .getByRole('row', { name: new RegExp(patientName) })
    .getByRole('link', { name: patientName })
    .click();
  await page.getByRole('heading', { level: 1, name: `Case of ${patientName}` }).waitFor();
  const editor = page.getByRole('form', { name: 'Your case summary (referral note)' });
  await editor.getByLabel('History', { exact: true }).fill(summary.history);
  await editor.getByLabel('Key findings', { exact: true }).fill(summary.keyFindings.join('\n'));
  await editor
    .getByLabel('Questions for the specialists', { exact: true })
    .fill(summary.questions.join('\n'));
  for (const report of await editor.getByRole('checkbox').all()) await report.check();
  await screenshot();
  await editor.getByRole('button', { name: 'Submit to the specialists' }).click();
  await page
    .getByRole('region', { name: 'Referral note from the GP' })
    .getByText(/^Written by .* \(GP\), submitted/)
    .waitFor();
}
