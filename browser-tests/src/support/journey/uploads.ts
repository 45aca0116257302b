import path from 'node:path';
import type { Page } from 'playwright-core';

/** `../shared/fixtures/` beside the project (the cases' `documents[].file` are relative to it). */
export const FIXTURES_DIR = path.resolve(__dirname, '../../../../../shared/fixtures');

/** A report of a fixture case: its file (relative to the fixtures folder) and kind. */
export interface FixtureDocument {
  file: string;
  kind: string;
}

/**
 * Step 6 of the wizard: chooses the case's report files, names each one's kind, uploads them
 * and waits until each is listed among the case's reports.
 * @param page - the page, on step 6 (or a page with the same uploader)
 * @param documents - the fixture's documents
 */
export async function uploadReports(page: Page, documents: FixtureDocument[]): Promise<void> {
  await page.getByRole('heading', { level: 2, name: 'Step 6 of 7: Reports' }).waitFor();
  await page
    .getByLabel('Choose files')
    .setInputFiles(documents.map((document) => path.join(FIXTURES_DIR, document.file)));
  for (const document of documents) {
    await page
      .getByLabel(`Kind of report: ${path.basename(document.file)}`)
      .selectOption(document.kind);
  }
  const count = documents.length;
  await page.getByRole('button', { name: `Upload ${count} file${count === 1 ? '' : 's'}` }).click();
  const listed = page.getByRole('region', { name: 'Your reports' });
  // every file is streamed, checked and encrypted before it is listed: on a busy 2-core machine
  // several of them can take longer than the usual 30 s
  for (const document of documents) {
    await listed
      .getByRole('listitem', { name: path.basename(document.file) })
      .waitFor({ timeout: 90_000 });
  }
}
