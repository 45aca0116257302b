import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, signUp } from './support/accounts';
import { wcagViolations } from './support/axe';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Issue 7: a patient shares a case with a doctor by link and code, sees who opened it, revokes
// it; the doctor (no account) opens it, downloads a report, and then finds it withdrawn; the
// patient downloads the record as a FHIR R4 Bundle.

const FILES = path.resolve(__dirname, '../../../shared/fixtures/files');
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DOCTOR = 'dr.rao@hospital.example';
const COMPLAINT = 'Kidney function worsening over a year';

/** A report the test uploads through the API, under the name the patient gave it. */
interface Report {
  title: string;
  file: string;
  kind: string;
  bytes: Buffer;
}
const REPORTS: Report[] = [
  { title: 'रिपोर्ट 1.pdf', file: 'lab-report-cbc-kft-case-d.pdf', kind: 'LAB_REPORT' },
  {
    title: '../../etc/passwd.pdf',
    file: 'histopathology-report-case-a.pdf',
    kind: 'PATHOLOGY_REPORT',
  },
].map((report) => ({ ...report, bytes: fs.readFileSync(path.join(FILES, report.file)) }));

/** A file size as the pages show it in en-IN (binary kilobytes, e.g. `46 kB`). */
function shownSize(bytes: number): string {
  const unit = bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte';
  return new Intl.NumberFormat('en-IN', {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(bytes / (unit === 'kilobyte' ? 1024 : 1024 * 1024));
}

/** A GraphQL call as the patient, through the gateway; GraphQL errors throw. */
async function graphql<T>(
  origin: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * What the patient would type and upload before sharing, done through the API to save time:
 * registration, a case with its main problem, and the reports (each through its signed upload
 * link; the records service learns of a new case through an event, so the first request may be
 * refused for a moment).
 */
async function prepareRecord(origin: string, login: string, fullName: string): Promise<void> {
  const signedIn = await fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  expect(signedIn.status).toBe(200);
  const session = (await signedIn.json()) as {
    accessToken: string;
    account: { patientIds: string[] };
  };
  const token = session.accessToken;
  const patientId = session.account.patientIds[0]!;
  await graphql(
    origin,
    token,
    `
      mutation ($id: ID!, $p: PatientRegistrationInput!) {
        registerPatient(patientId: $id, patient: $p) {
          id
        }
      }
    `,
    {
      id: patientId,
      p: { fullName, birthDate: '1970-05-01', gender: 'FEMALE', phone: '+919000003101' },
    },
  );
  const { startCase } = await graphql<{ startCase: { id: string } }>(
    origin,
    token,
    `
      mutation ($p: ID!, $k: ID!) {
        startCase(patientId: $p, idempotencyKey: $k) {
          id
        }
      }
    `,
    { p: patientId, k: crypto.randomUUID() },
  );
  await graphql(
    origin,
    token,
    `
      mutation ($id: ID!, $intake: CaseIntakeInput!) {
        saveCaseIntake(caseId: $id, intake: $intake) {
          id
        }
      }
    `,
    { id: startCase.id, intake: { presentingComplaint: COMPLAINT } },
  );
  for (const report of REPORTS) {
    let ticket: { uploadId: string; uploadUrl: string } | undefined;
    for (let attempt = 0; !ticket; attempt += 1) {
      try {
        const asked = await graphql<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
          origin,
          token,
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
              caseId: startCase.id,
              fileName: report.title,
              contentType: 'application/pdf',
              byteSize: report.bytes.length,
              kind: report.kind,
            },
          },
        );
        ticket = asked.requestUpload;
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const sent = await fetch(`${origin}${ticket.uploadUrl}`, {
      method: 'PUT',
      body: new Uint8Array(report.bytes),
    });
    expect(sent.ok).toBe(true);
    await graphql(
      origin,
      token,
      `
        mutation ($id: ID!) {
          completeUpload(uploadId: $id) {
            id
          }
        }
      `,
      {
        id: ticket.uploadId,
      },
    );
  }
}

/** The card of the link given to the doctor, on the patient's sharing page. */
const doctorLinkCard = (page: Page) => page.getByRole('article', { name: DOCTOR });

describe('Sharing the record with a doctor by link, and exporting it', () => {
  const platform = withPlatformAndChromium(14640);
  const newPage = withFreshPages(platform);

  it('lets a patient share a case with a code, see it opened, revoke it and export the record', async () => {
    const { origin } = platform;
    const patient = await newPage();
    await patient.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const account = { name: 'Meena Iyer', email: `meena.iyer.${Date.now()}@example.org` };
    await signUp(patient, platform, { kind: 'patient', ...account });
    await prepareRecord(origin, account.email, account.name);

    // The patient shares the case, with a code, from the Sharing page.
    await patient.getByRole('link', { name: 'Sharing and export' }).click();
    await patient.waitForURL('**/patient/sharing');
    await patient.getByRole('heading', { level: 1, name: 'Sharing and export' }).waitFor();
    await patient.getByText('No links yet.').waitFor();
    expect(await wcagViolations(patient)).toEqual([]);

    await patient.getByLabel('One case', { exact: true }).check();
    const whichCase = patient.getByLabel('Which case');
    await whichCase.waitFor();
    await expect(whichCase.locator('option').allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^${COMPLAINT}, started \\d{1,2} \\w{3} \\d{4}, `)),
    ]);
    await patient.getByLabel('The doctor’s or hospital’s email').fill('dr.rao@');
    await patient.getByLabel('Works for (1 to 90 days)').fill('10');
    await patient.getByLabel('Also ask for a 6-digit code').check();
    await patient.getByRole('button', { name: 'Create the link' }).click();
    const email = patient.getByLabel('The doctor’s or hospital’s email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expect(patient.locator('#share-email-error').textContent()).resolves.toContain(
      'This is not an email address',
    );
    expect(await patient.evaluate(() => document.activeElement?.id)).toBe('share-email');

    await email.fill(DOCTOR);
    await patient.getByRole('button', { name: 'Create the link' }).click();
    await patient.getByRole('heading', { level: 2, name: 'Your new link: copy it now' }).waitFor();
    const address = await patient.getByLabel('Link for the doctor').inputValue();
    expect(address).toMatch(new RegExp(`^${origin}/shared/[A-Za-z0-9_-]{20,}$`));
    const codeLine = (await patient.getByText('Code for the doctor:').textContent()) ?? '';
    const code = /(\d{6})/.exec(codeLine)?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await patient
      .getByText('Give the doctor this code separately, e.g. by phone, not with the link.')
      .waitFor();
    await patient.getByRole('button', { name: 'Copy the link' }).click();
    await patient.getByText('Copied.', { exact: true }).waitFor();
    expect(await patient.evaluate(() => navigator.clipboard.readText())).toBe(address);
    const card = doctorLinkCard(patient);
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain(`One case: ${COMPLAINT}`);
    await card.getByText('Active', { exact: true }).waitFor();
    await card.getByText('Nobody has opened it yet.').waitFor();
    expect(await wcagViolations(patient)).toEqual([]);
    // Shown once: hidden, the link and code are nowhere on the page.
    await patient.getByRole('button', { name: 'Hide the link' }).click();
    expect(await patient.getByLabel('Link for the doctor').count()).toBe(0);
    expect(await patient.getByText(code).count()).toBe(0);

    // The doctor, without an account, opens the link and is asked for the code.
    const doctor = await newPage();
    await doctor.clock.install();
    const opened = await doctor.goto(address);
    expect(opened?.status()).toBe(200);
    await doctor.getByRole('heading', { level: 1, name: 'Shared medical reports' }).waitFor();
    await doctor.getByRole('heading', { level: 2, name: 'Enter the code' }).waitFor();
    expect(await doctor.getByText(REPORTS[0]!.title).count()).toBe(0);
    expect(await wcagViolations(doctor)).toEqual([]);
    const codeField = doctor.getByLabel('6-digit code');
    await codeField.fill(code === '000000' ? '111111' : '000000');
    await doctor.getByRole('button', { name: 'Open the reports' }).click();
    await doctor.locator('#share-code-error').waitFor();
    await expect(doctor.locator('#share-code-error').textContent()).resolves.toContain(
      'This code is not right.',
    );
    expect(await codeField.getAttribute('aria-invalid')).toBe('true');
    await codeField.fill(code);
    await doctor.getByRole('button', { name: 'Open the reports' }).click();

    // The reports, names as text (any script, `../` included), kind, size; then a download.
    await doctor.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
    await doctor.getByText('A patient has shared the reports of one case with you').waitFor();
    for (const [report, kind] of [
      [REPORTS[0]!, 'Lab report'],
      [REPORTS[1]!, 'Pathology report'],
    ] as const) {
      const row = doctor.getByRole('row').filter({ hasText: report.title });
      await expect(row.getByRole('rowheader').textContent()).resolves.toBe(report.title);
      await expect(row.textContent()).resolves.toContain(kind);
      await expect(row.textContent()).resolves.toContain(shownSize(report.bytes.length));
    }
    expect(await doctor.getByText('Meena').count()).toBe(0);
    expect(await wcagViolations(doctor)).toEqual([]);
    await doctor.screenshot({
      path: path.join(SCREENSHOTS, 'doctor-shared-reports.png'),
      fullPage: true,
    });

    // Download links live 5 minutes: after 6, the page fetches a fresh one before downloading.
    await doctor.clock.fastForward('06:00');
    const [download, refetched] = await Promise.all([
      doctor.waitForEvent('download'),
      doctor.waitForRequest((request) => request.url().includes('/files/shared/')),
      doctor.getByRole('link', { name: `Download ${REPORTS[0]!.title}` }).click(),
    ]);
    expect(refetched.headers()['x-share-code']).toBe(code);
    expect(download.suggestedFilename()).toBe(REPORTS[0]!.title);
    expect(fs.statSync(await download.path()).size).toBe(REPORTS[0]!.bytes.length);
    const [traversal] = await Promise.all([
      doctor.waitForEvent('download'),
      doctor.getByRole('link', { name: `Download ${REPORTS[1]!.title}` }).click(),
    ]);
    expect(traversal.suggestedFilename()).not.toMatch(/[/\\]/);
    expect(fs.statSync(await traversal.path()).size).toBe(REPORTS[1]!.bytes.length);

    // The patient sees who opened the link, the refused code too.
    await patient.getByRole('button', { name: 'Show the latest uses' }).click();
    await card
      .getByText(/^Opened on \d{1,2} \w{3} \d{4}, .+ from [\d.:a-f]+ \(Chrome \d+, Linux\)$/)
      .first()
      .waitFor();
    await card.getByText(/^Refused on .+: wrong code$/).waitFor();
    await patient.screenshot({
      path: path.join(SCREENSHOTS, 'patient-sharing.png'),
      fullPage: true,
    });

    // The patient revokes (after confirming); the doctor's reload shows only why.
    const dialogs: string[] = [];
    patient.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await patient.getByRole('button', { name: `Revoke the link for ${DOCTOR}` }).click();
    await patient.getByText(`The link for ${DOCTOR} no longer works.`).waitFor();
    expect(dialogs).toEqual([expect.stringContaining(`Revoke the link you gave ${DOCTOR}?`)]);
    await card.getByText(/^Revoked /).waitFor();
    expect(await card.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);

    await doctor.reload();
    await doctor.getByText('This link has been withdrawn by the patient.').waitFor();
    expect(await doctor.getByRole('table').count()).toBe(0);
    expect(await doctor.getByText(REPORTS[0]!.title).count()).toBe(0);
    expect(await doctor.getByLabel('6-digit code').count()).toBe(0);
    expect(await wcagViolations(doctor)).toEqual([]);
    await doctor.getByLabel('Language').selectOption('hi');
    await doctor.getByText('मरीज़ ने यह लिंक वापस ले लिया है।').waitFor();
    await doctor.goto(`${origin}/shared/not-a-real-secret`);
    await doctor.getByText('यह लिंक मान्य नहीं है।').waitFor();

    await patient.getByRole('button', { name: 'Show the latest uses' }).click();
    await card.getByText(/^Refused on .+: the link had been revoked$/).waitFor();

    // The patient downloads the record as a FHIR R4 Bundle.
    const [exported] = await Promise.all([
      patient.waitForEvent('download'),
      patient.getByRole('button', { name: 'Download my health record (FHIR R4)' }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(
      /^consilium-health-record-\d{4}-\d{2}-\d{2}\.json$/,
    );
    await patient.getByText(`Saved as ${exported.suggestedFilename()}.`).waitFor();
    const bundle = JSON.parse(fs.readFileSync(await exported.path(), 'utf8')) as {
      resourceType: string;
      entry: { resource: { resourceType: string; name?: { text?: string }[] } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    const resources = bundle.entry.map((entry) => entry.resource);
    expect(resources.filter((resource) => resource.resourceType === 'Patient')).toHaveLength(1);
    expect(JSON.stringify(resources.find((r) => r.resourceType === 'Patient'))).toContain(
      account.name,
    );
    expect(
      resources.filter((resource) => resource.resourceType === 'DocumentReference'),
    ).toHaveLength(REPORTS.length);

    // …and as a readable PDF case file.
    const [printed] = await Promise.all([
      patient.waitForEvent('download'),
      patient.getByRole('button', { name: 'Download my case file (PDF)' }).click(),
    ]);
    expect(printed.suggestedFilename()).toMatch(/^consilium-case-file-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = fs.readFileSync(await printed.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await patient.getByText(`Saved as ${printed.suggestedFilename()}.`).waitFor();
    expect(await wcagViolations(patient)).toEqual([]);
  }, 300_000);
});
