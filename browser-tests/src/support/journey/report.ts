import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/**
 * Operations staff forward the case file to the patient from the admin app's case page, once
 * every opinion is signed and the referral note is in, and see it delivered.
 * @param page - an operations page, signed in
 * @param caseId - the case
 * @param shoot - takes the step's screenshot once delivered
 */
export async function deliverReport(
  page: Page,
  caseId: string,
  shoot: () => Promise<void>,
): Promise<void> {
  await page.goto(new URL(`/admin/cases/${caseId}`, page.url()).toString());
  const report = page.getByRole('region', { name: 'Report to the patient' });
  const ready = report.getByText('Every opinion is signed.', { exact: false });
  // the last signature reaches the case's stage by event: like a person, look again until it has
  for (let tries = 1; ; tries += 1) {
    try {
      await ready.waitFor({ timeout: 10_000 });
      break;
    } catch (error) {
      if (tries === 6) throw error;
      await page.reload();
    }
  }
  await report.getByRole('button', { name: 'Deliver the report to the patient' }).click();
  await report.getByText(/^Delivered on .+ by Operations desk\.$/).waitFor();
  await shoot();
}

/**
 * The patient's side finds the delivered report on the case page and downloads it.
 * @param page - the patient's (or proxy's) page, on the case page
 * @returns the first bytes of the file saved
 */
export async function downloadReport(page: Page): Promise<string> {
  const yours = page.getByRole('region', { name: 'Your report' });
  await yours.getByText(/^Delivered on /).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    yours.getByRole('button', { name: 'Download the report (PDF)' }).click(),
  ]);
  await yours.getByText(/^Saved as .+\.pdf\.$/).waitFor();
  return (await readFile(await download.path())).subarray(0, 5).toString();
}
