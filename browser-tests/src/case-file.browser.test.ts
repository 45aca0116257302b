import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInAs } from './support/accounts';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 7: the case file in the doctor app. The demo patient hands over a lab report (PDF with a
// text layer) and a photo taken sideways; the specialist on her panel finds the PDF by a word of
// its text, views it in the browser's PDF viewer through a short-lived link, and views the photo
// upright, zooms and rotates it.

const FILES = path.resolve(__dirname, '../../../shared/fixtures/files');
const DEMO_CASE = '019ad000-0000-7000-8000-000000000101';

/** Uploads a report to the demo case through the public API, as the patient's app does. */
async function uploadAsDemoPatient(
  origin: string,
  fileName: string,
  bytes: Buffer,
  kind: string,
): Promise<string> {
  const signIn = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: DEMO_ACCOUNTS.patient.login, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const answer = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await answer.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { requestUpload } = await graphql<{
    requestUpload: { uploadId: string; uploadUrl: string };
  }>(
    `
      mutation ($input: RequestUploadInput!) {
        requestUpload(input: $input) {
          uploadId
          uploadUrl
        }
      }
    `,
    {
      input: {
        caseId: DEMO_CASE,
        fileName,
        contentType: 'application/octet-stream',
        byteSize: bytes.length,
        kind,
      },
    },
  );
  const put = await fetch(`${origin}${requestUpload.uploadUrl}`, {
    method: 'PUT',
    body: new Uint8Array(bytes),
  });
  expect(put.status).toBe(200);
  const { completeUpload } = await graphql<{ completeUpload: { id: string } }>(
    `
      mutation ($id: ID!) {
        completeUpload(uploadId: $id) {
          id
        }
      }
    `,
    { id: requestUpload.uploadId },
  );
  return completeUpload.id;
}

/** The rendered size of the image in the viewer, and its rotation. */
async function shownImage(page: Page): Promise<{ width: number; rotation: string }> {
  const image = page.getByRole('img', { name: 'Echo report (sideways).jpg' }).last();
  await image.waitFor();
  return image.evaluate((element: HTMLImageElement) => ({
    width: element.getBoundingClientRect().width,
    rotation: element.dataset['rotation'] ?? '',
  }));
}

describe('The case file in the doctor app', () => {
  const platform = withPlatformAndChromium(14720);
  const newPage = withFreshPages(platform);

  beforeAll(async () => {
    await uploadAsDemoPatient(
      platform.origin,
      'Kidney function.pdf',
      fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf')),
      'LAB_REPORT',
    );
    await uploadAsDemoPatient(
      platform.origin,
      'Echo report (sideways).jpg',
      fs.readFileSync(path.join(FILES, 'echocardiography-report-case-e.jpg')),
      'IMAGING_REPORT',
    );
  });

  it('lets the specialist search the reports’ text, view the PDF and turn the photo', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'specialist');
    await page.goto(`${platform.origin}/doctor/cases/${DEMO_CASE}`);
    const caseFile = page.getByRole('region', { name: 'Case file' });
    await caseFile.getByRole('heading', { name: 'Lab report' }).waitFor();
    await caseFile.getByRole('heading', { name: 'Imaging report' }).waitFor();

    // The PDF's text is read in the background: search until it is found.
    const searchBox = caseFile.getByRole('searchbox', { name: 'Search the text of the reports' });
    await searchBox.fill('creatinine');
    for (let attempt = 0; attempt < 40; attempt += 1) {
      await caseFile.getByRole('button', { name: 'Search', exact: true }).click();
      const answer = caseFile.getByText(/reports? mentions? “creatinine”|No report mentions/);
      await answer.waitFor();
      if ((await answer.textContent())?.startsWith('1 report')) break;
      await page.waitForTimeout(250);
    }
    await caseFile.getByText('1 report mentions “creatinine”.').waitFor();
    await caseFile.getByText(/Serum Creatinine 3\.42/).waitFor();

    // Opening the hit shows the PDF through a signed inline link.
    await caseFile.getByRole('button', { name: 'Kidney function.pdf' }).first().click();
    const viewer = page.getByRole('region', { name: 'Viewing Kidney function.pdf' });
    const pdf = viewer.locator('object[type="application/pdf"]');
    await pdf.waitFor({ state: 'attached' });
    const pdfUrl = await pdf.getAttribute('data');
    expect(pdfUrl).toMatch(/^\/files\/documents\/[0-9a-f-]+\/inline\?exp=\d+&sig=/);
    const served = await page.request.get(`${platform.origin}${pdfUrl}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('application/pdf');
    expect(served.headers()['content-disposition']).toMatch(/^inline;/);
    expect(served.headers()['cache-control']).toContain('no-store');
    await viewer.getByRole('button', { name: 'Close the viewer' }).click();

    // The photo: upright preview, zoom and quarter turns.
    await caseFile.getByRole('button', { name: 'Echo report (sideways).jpg' }).click();
    const photoViewer = page.getByRole('region', { name: 'Viewing Echo report (sideways).jpg' });
    const before = await shownImage(page);
    expect(before.rotation).toBe('0');
    await photoViewer.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await shownImage(page);
    expect(zoomed.width).toBeGreaterThan(before.width * 1.4);
    await photoViewer.getByRole('button', { name: 'Rotate right' }).click();
    expect((await shownImage(page)).rotation).toBe('90');
    await photoViewer.getByText('Zoom 150% · Rotated 90°').waitFor();
    await photoViewer.getByRole('button', { name: 'Reset' }).click();
    expect(await shownImage(page)).toEqual(before);
  });
});
