import fs from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The patient's side downloads the health record as a FHIR R4 Bundle and the case file as a PDF
 * from the Sharing and export page of the patient app (a proxy's buttons say "the", not "my").
 * @param page - the patient's page, signed in
 * @param patientName - whose record (the Bundle's Patient)
 * @returns the Bundle's resources
 */
export async function exportRecord(
  page: Page,
  patientName: string,
): Promise<{ resourceType: string }[]> {
  await page.getByRole('link', { name: 'Sharing and export' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sharing and export' }).waitFor();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download (my|the) health record \(FHIR R4\)$/ }).click(),
  ]);
  await page.getByText(`Saved as ${exported.suggestedFilename()}.`).waitFor();
  const bundle = JSON.parse(fs.readFileSync(await exported.path(), 'utf8')) as {
    resourceType: string;
    entry: { resource: { resourceType: string } }[];
  };
  expect(bundle.resourceType).toBe('Bundle');
  const resources = bundle.entry.map((entry) => entry.resource);
  expect(JSON.stringify(resources.find((r) => r.resourceType === 'Patient'))).toContain(
    patientName,
  );
  const [printed] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download (my|the) case file \(PDF\)$/ }).click(),
  ]);
  expect(
    fs
      .readFileSync(await printed.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await page.getByText(`Saved as ${printed.suggestedFilename()}.`).waitFor();
  return resources;
}

/**
 * The patient's side shares the case with a doctor by link, with the 6-digit code the page asks
 * for by default, on the Sharing and export page of the patient app.
 * @param page - the patient's page, on the Sharing and export page
 * @param doctorEmail - the doctor's email
 * @returns the link and the code given separately
 */
export async function shareCaseByLink(
  page: Page,
  doctorEmail: string,
): Promise<{ link: string; code: string }> {
  await page.getByLabel('One case', { exact: true }).check();
  await page.getByLabel('Which case').waitFor();
  await page.getByLabel('The doctor’s or hospital’s email').fill(doctorEmail);
  await page.getByLabel('Works for (1 to 90 days)').fill('14');
  await page.getByRole('button', { name: 'Create the link' }).click();
  await page.getByRole('heading', { level: 2, name: 'Your new link: copy it now' }).waitFor();
  const link = await page.getByLabel('Link for the doctor').inputValue();
  const codeLine = (await page.getByText('Code for the doctor:').textContent()) ?? '';
  const code = /(\d{6})/.exec(codeLine)?.[1];
  if (!code) throw new Error(`no code shown: ${codeLine}`);
  return { link, code };
}

/**
 * A doctor without an account opens the shared link, enters the code and sees the reports.
 * @param page - a fresh page
 * @param shared - the link and its code
 * @param reportTitle - the title of a report it must list
 */
export async function openSharedLink(
  page: Page,
  shared: { link: string; code: string },
  reportTitle: string,
): Promise<void> {
  await page.goto(shared.link);
  await page.getByRole('heading', { level: 1, name: 'Shared medical reports' }).waitFor();
  await page.getByLabel('6-digit code').fill(shared.code);
  await page.getByRole('button', { name: 'Open the reports' }).click();
  await page.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
  await page.getByRole('row').filter({ hasText: reportTitle }).first().waitFor();
}
