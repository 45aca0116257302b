import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR } from './uploads';

/**
 * The specialist asks the patient for a report on the case page of the doctor app.
 * @param page - the specialist's page, on the case page
 * @param question - what they ask
 */
export async function askForReport(page: Page, question: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Requests for information or tests' });
  const form = page.getByRole('form', { name: 'Ask the patient' });
  await form.getByLabel('What you need').selectOption({ label: 'Test' });
  await form.getByLabel('What to ask').fill(question);
  await form.getByRole('button', { name: 'Send the request' }).click();
  await section.getByText('The request was sent to the patient.').waitFor();
}

/**
 * The patient's side answers the request on the consultation page with a report uploaded there.
 * @param page - the patient's page, on the consultation page
 * @param doctorName - the specialist who asked
 * @param answer - the answer's text
 * @param document - the report file (relative to the fixtures folder) and its kind
 * @param screenshot - takes the screenshot of the answer before sending it
 */
export async function answerWithReport(
  page: Page,
  doctorName: string,
  answer: string,
  document: { file: string; kind: string },
  screenshot: () => Promise<void>,
): Promise<void> {
  const name = path.basename(document.file);
  const request = page.getByRole('article', {
    name: new RegExp(`^Test asked for by .*${doctorName}`),
  });
  await request.getByRole('button', { name: /^Answer / }).click();
  await request.getByLabel('Your answer').fill(answer);
  await request.getByLabel('Choose files').setInputFiles(path.join(FIXTURES_DIR, document.file));
  await request.getByLabel(`Kind of report: ${name}`).selectOption(document.kind);
  await request.getByRole('button', { name: 'Upload 1 file' }).click();
  await request.getByText('1 report will be sent with your answer:').waitFor({ timeout: 30_000 });
  await screenshot();
  await request.getByRole('button', { name: 'Send answer' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Your answer and 1 report were sent to / })
    .waitFor();
  await request.getByText('Answered', { exact: true }).waitFor();
}
