import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { signUp } from './support/accounts';
import { wcagViolations } from './support/axe';
import { fillStepsOneToFour, fixtureCase } from './support/intake';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const FILES = path.resolve(__dirname, '../../../shared/fixtures/files');
const MRI_JPG = 'mri-lumbar-spine-report-photo-case-b.jpg';
const MRI_HEIC = 'mri-lumbar-spine-report-photo-case-b.heic';
/** The HEIC is sent under a Devanagari name: names in any script are shown as typed. */
const HEIC_NAME = 'एमआरआई रिपोर्ट.heic';

/** The file chooser of the Reports step. */
const chooser = (page: Page) => page.getByLabel('Choose files');
/** The files chosen, with their progress. */
const chosen = (page: Page) => page.getByRole('region', { name: 'Files you chose' });
/** The reports uploaded to the case. */
const uploaded = (page: Page) => page.getByRole('region', { name: 'Your reports' });
/** The completeness check's row for the MRI report a disc herniation case needs. */
const mriRow = (page: Page) =>
  page
    .getByRole('region', { name: 'Reports the specialists usually need' })
    .getByRole('row', { name: /MRI report of the spine/ });

/**
 * Waits until a chosen file shows as uploaded with a full progress bar.
 * @param page - the page
 * @param name - the file's name
 */
async function waitUploaded(page: Page, name: string): Promise<void> {
  const row = chosen(page).getByRole('listitem', { name, exact: true });
  await row.getByText('Uploaded', { exact: false }).waitFor();
  const bar = row.getByRole('progressbar', { name: `Upload of ${name}` });
  expect(await bar.getAttribute('value')).toBe('100');
  await row.getByText('100%').waitFor();
}

/**
 * The natural size of an image once it has loaded (0 × 0 when it could not be within 10 s).
 * Polled: a refetch gives the image a freshly signed link, which reloads it.
 * @param image - the image
 * @returns its width and height in pixels
 */
async function imageSize(image: Locator): Promise<{ width: number; height: number }> {
  await image.waitFor();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const size = await image.evaluate((element: HTMLImageElement) => ({
      loaded: element.complete && element.naturalWidth > 0,
      width: element.naturalWidth,
      height: element.naturalHeight,
    }));
    if (size.loaded || Date.now() > deadline) return { width: size.width, height: size.height };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('A patient uploads the reports of case b in Chromium', () => {
  const platform = withPlatformAndChromium(14620);
  const newPage = withFreshPages(platform);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-uploads-'));
  afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

  it('sends photos with progress, warns of blurred and dark ones, refuses an executable, retries a lost connection, and shows the reports on the case', async () => {
    const fixture = fixtureCase('case-b-lumbar-disc-single.json');
    const patient = fixture.patient;
    const email = `nikhil.uploads.${Date.now()}@example.com`;
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (request.url().endsWith('/graphql') && body.includes('RequestUpload')) {
        requested.push(
          (JSON.parse(body) as { variables: { input: { fileName: string } } }).variables.input
            .fileName,
        );
      }
    });
    await signUp(page, platform, { kind: 'patient', name: patient.fullName, email });

    // The least registration a case needs, then a draft with case b's history.
    await page.getByRole('link', { name: 'Register the patient’s details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
    await page.getByLabel('Sex', { exact: true }).selectOption(patient.sex);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText(`The details of ${patient.fullName} are saved.`).waitFor();
    await page.getByRole('link', { name: 'Start a new case' }).click();
    await page.waitForURL('**/patient/cases/*/intake/1');
    const caseUrl = page.url().replace(/\/intake\/1$/, '');
    await fillStepsOneToFour(page, fixture);

    // Step 6 from the steps list: the MRI report a disc herniation needs is not there yet.
    const steps = page.getByRole('navigation', { name: 'Steps of the case history' });
    await steps.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 6 of 7: Reports' }).waitFor();
    await mriRow(page).getByText('Not uploaded yet').waitFor();
    await uploaded(page).getByText('No reports uploaded yet.').waitFor();
    expect(await chooser(page).getAttribute('accept')).toBe(
      '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/*',
    );
    expect(await chooser(page).getAttribute('multiple')).not.toBeNull();

    // Two unreadable photos of the report. Upload without a kind: the first is marked, focused.
    await chooser(page).setInputFiles([
      path.join(FILES, 'blurred.jpg'),
      path.join(FILES, 'dark.jpg'),
    ]);
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    const blurredKind = page.getByLabel('Kind of report: blurred.jpg');
    expect(await blurredKind.getAttribute('aria-invalid')).toBe('true');
    await expect(
      chosen(page).getByRole('listitem', { name: 'blurred.jpg' }).textContent(),
    ).resolves.toContain('Choose what kind of report this is.');
    expect(await blurredKind.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await blurredKind.selectOption('OTHER');
    await page.getByLabel('Kind of report: dark.jpg').selectOption('OTHER');
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    await waitUploaded(page, 'blurred.jpg');
    await waitUploaded(page, 'dark.jpg');

    // Listed with thumbnails and the warnings, each only where it belongs.
    const blurredRow = uploaded(page).getByRole('listitem', { name: 'blurred.jpg' });
    const darkRow = uploaded(page).getByRole('listitem', { name: 'dark.jpg' });
    const blurredWarning = 'This photo looks blurred: the specialists may not be able to read it.';
    const darkWarning = 'This photo is too dark to read. Take it again in good light.';
    await blurredRow.getByText(blurredWarning, { exact: false }).waitFor();
    await darkRow.getByText(darkWarning).waitFor();
    expect(await blurredRow.getByText(darkWarning).count()).toBe(0);
    expect(await darkRow.getByText(blurredWarning, { exact: false }).count()).toBe(0);
    await expect(blurredRow.textContent()).resolves.toContain('Other document · Photo · 69 kB');
    for (const row of [blurredRow, darkRow]) {
      expect((await imageSize(row.locator('img'))).width).toBeGreaterThan(0);
    }
    // Filed as "Other document", they do not count as the MRI report.
    await page.waitForTimeout(500);
    await mriRow(page).getByText('Not uploaded yet').waitFor();

    // Refused in the browser, before anything is sent: another type, and over 25 MB.
    const tooLarge = path.join(tempDir, 'ct-abdomen.pdf');
    fs.writeFileSync(tooLarge, '%PDF-1.7\n');
    fs.truncateSync(tooLarge, 25 * 1024 * 1024 + 1);
    const notes = path.join(tempDir, 'notes.txt');
    fs.writeFileSync(notes, 'not a report');
    await chooser(page).setInputFiles([notes, tooLarge]);
    await chosen(page)
      .getByRole('listitem', { name: 'notes.txt' })
      .getByText('Not accepted: The file is not a PDF, JPEG, PNG or HEIC.')
      .waitFor();
    await chosen(page)
      .getByRole('listitem', { name: 'ct-abdomen.pdf' })
      .getByText('Not accepted: Files can be up to 25 MB.')
      .waitFor();
    await page.getByRole('button', { name: 'Remove notes.txt' }).click();
    await page.getByRole('button', { name: 'Remove ct-abdomen.pdf' }).click();

    // An executable renamed .pdf passes the browser's look at its name; the server reads it.
    const executable = path.join(tempDir, 'lab-report.pdf');
    fs.writeFileSync(executable, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4094, 0x90)]));
    await chooser(page).setInputFiles(executable);
    await page.getByLabel('Kind of report: lab-report.pdf').selectOption('LAB_REPORT');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await chosen(page)
      .getByRole('listitem', { name: 'lab-report.pdf' })
      .getByText(
        'Not accepted: The file is not a PDF, JPEG, PNG or HEIC (its content is a Windows executable).',
      )
      .waitFor();
    expect(requested.sort()).toEqual(['blurred.jpg', 'dark.jpg', 'lab-report.pdf']);

    // The connection drops while the MRI photo is sent: tried 3 times, then "Try again".
    await page.route('**/files/uploads/**', (route) => route.abort('internetdisconnected'));
    await chooser(page).setInputFiles(path.join(FILES, MRI_JPG));
    await page.getByLabel(`Kind of report: ${MRI_JPG}`).selectOption('IMAGING_REPORT');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    const jpgRow = chosen(page).getByRole('listitem', { name: MRI_JPG });
    await jpgRow.getByText('(try 2 of 3)', { exact: false }).waitFor();
    await jpgRow
      .getByText('Not sent: Consilium could not be reached after 3 tries.')
      .waitFor({ timeout: 15_000 });
    expect(requested.filter((name) => name === MRI_JPG)).toHaveLength(1);
    await page.unroute('**/files/uploads/**');
    await page.getByRole('button', { name: `Try again ${MRI_JPG}` }).click();
    await waitUploaded(page, MRI_JPG);
    // Now the MRI report is there.
    await mriRow(page).getByText('Uploaded').waitFor();

    // The HEIC, as right after a case is started: records does not know the case yet (FORBIDDEN
    // once), then the first link has expired (403); the app asks again, and for a new link.
    // Its completion is slow, and moving on to step 7 does not stop it.
    let forbidden = 1;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('RequestUpload') && forbidden > 0) {
        forbidden -= 1;
        await route.fulfill({
          json: {
            data: null,
            errors: [
              {
                message: 'You may not see or change this case.',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          },
        });
        return;
      }
      if (body.includes('CompleteUpload'))
        await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    let expired = 1;
    await page.route('**/files/uploads/**', async (route) => {
      if (expired-- > 0) {
        await route.fulfill({
          status: 403,
          json: {
            error: {
              code: 'FORBIDDEN',
              message: 'This upload link is invalid or has expired; ask for a new one.',
            },
          },
        });
      } else {
        await route.continue();
      }
    });
    await chooser(page).setInputFiles({
      name: HEIC_NAME,
      mimeType: 'image/heic',
      buffer: fs.readFileSync(path.join(FILES, MRI_HEIC)),
    });
    await page.getByLabel(`Kind of report: ${HEIC_NAME}`).selectOption('IMAGING_REPORT');
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await chosen(page)
      .getByRole('listitem', { name: HEIC_NAME })
      .getByText('Checking the file…')
      .waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Step 7 of 7/ }).waitFor();
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByText('1 file is still uploading.').waitFor();
    await uploaded(page).getByRole('listitem', { name: HEIC_NAME }).waitFor();
    expect(await review.getByText('1 file is still uploading.').count()).toBe(0);
    await page.unroute('**/graphql');
    await page.unroute('**/files/uploads/**');
    expect(requested.filter((name) => name === HEIC_NAME)).toHaveLength(3);

    // Back on step 6: every report listed, HEIC shown as a photo with its thumbnail.
    await steps.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 6 of 7: Reports' }).waitFor();
    const names = await uploaded(page).locator('.document-title').allTextContents();
    // oldest first (the two unreadable photos were sent side by side)
    expect(names.slice(2)).toEqual([MRI_JPG, HEIC_NAME]);
    expect(names.slice(0, 2).sort()).toEqual(['blurred.jpg', 'dark.jpg']);
    const heicRow = uploaded(page).getByRole('listitem', { name: HEIC_NAME });
    await expect(heicRow.textContent()).resolves.toContain('Imaging report · Photo');
    expect(await heicRow.getByText(blurredWarning, { exact: false }).count()).toBe(0);
    expect(await heicRow.getByText(darkWarning).count()).toBe(0);
    // The sideways phone photo is shown upright, as a thumbnail and as its preview; so is the HEIC.
    for (const name of [MRI_JPG, HEIC_NAME]) {
      const thumbnail = await imageSize(
        uploaded(page).getByRole('listitem', { name }).locator('img'),
      );
      expect(thumbnail.height).toBeGreaterThan(thumbnail.width);
    }
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'patient-uploads.png'),
      fullPage: true,
    });

    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      uploaded(page)
        .getByRole('link', { name: `View ${MRI_JPG} (opens in a new tab)` })
        .click(),
    ]);
    await preview.waitForLoadState();
    const shown = await imageSize(preview.locator('img'));
    expect(shown.height).toBeGreaterThan(shown.width);
    await preview.close();

    // In Hindi: the warnings, and the refusal (with the server's English detail).
    await page.getByLabel('Language').selectOption('hi');
    await page
      .getByRole('region', { name: 'आपकी रिपोर्टें' })
      .getByText('यह फ़ोटो पढ़ने के लिए बहुत अँधेरी है। अच्छी रोशनी में फिर से फ़ोटो लें।')
      .waitFor();
    await expect(
      page.getByRole('listitem', { name: 'lab-report.pdf' }).textContent(),
    ).resolves.toContain(
      'स्वीकार नहीं की गई: यह फ़ाइल PDF, JPEG, PNG या HEIC नहीं है। (The file is not a PDF, JPEG, PNG or HEIC (its content is a Windows executable).)',
    );
    await page.locator('.language-switch select').selectOption('en');

    // The case page lists the same reports, read-only, with a way back to add more.
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: `Case of ${patient.fullName}` }).waitFor();
    await uploaded(page).getByRole('listitem', { name: HEIC_NAME }).waitFor();
    expect(await uploaded(page).getByRole('listitem').count()).toBe(4);
    expect(await page.getByLabel('Choose files').count()).toBe(0);
    await mriRow(page).getByText('Uploaded').waitFor();
    await page.getByRole('link', { name: 'Add reports' }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 6 of 7: Reports' }).waitFor();

    // On a phone, the list fits the screen (no sideways scrolling), names and warnings wrapped.
    await page.setViewportSize({ width: 390, height: 844 });
    await uploaded(page).getByRole('listitem', { name: HEIC_NAME }).waitFor();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);

    // Before consent a report can be renamed (any script) — inside the wizard's own form, the
    // change is saved, not sent as a form submission — and removed after confirming.
    await page.setViewportSize({ width: 1280, height: 900 });
    const addressBefore = page.url();
    const darkReport = uploaded(page).getByRole('listitem', { name: 'dark.jpg' });
    await darkReport.getByRole('button', { name: 'Rename or change kind dark.jpg' }).click();
    await darkReport.getByRole('textbox', { name: 'Name' }).fill('अँधेरी फ़ोटो.jpg');
    await darkReport.getByRole('button', { name: 'Save' }).click();
    const renamed = uploaded(page).getByRole('listitem', { name: 'अँधेरी फ़ोटो.jpg' });
    await renamed.waitFor();
    expect(page.url()).toBe(addressBefore);
    await renamed.getByRole('button', { name: 'Remove अँधेरी फ़ोटो.jpg' }).click();
    await renamed.getByRole('button', { name: 'Yes, remove it' }).click();
    await renamed.waitFor({ state: 'detached' });
    expect(await uploaded(page).getByRole('listitem').count()).toBe(3);
  });
});
