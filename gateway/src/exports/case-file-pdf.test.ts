import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { extractPdfText } from '@consilium/records/src/document-text/extract-pdf-text';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  gql,
  signUpPatient,
  uploadReport,
  type PatientSideSession,
} from '../intake/intake-test-client';
import {
  confirmPanelAndPay,
  consentedFixtureCase,
  flushEvents,
  specialistSession,
  writeAndSign,
} from '../opinions/opinion-test-client';

// Issue 7: the lifetime health record as a readable PDF case file: the patient's history, the
// reports handed over and the signed opinions, printed for the patient's side only.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');

describe('The readable PDF case file', () => {
  let platform: TestPlatform;
  let patient: PatientSideSession;
  let caseId: string;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-case-file-'));

  const print = (who: { authorization: string } | null, patientId: string, query = '') =>
    fetch(`${platform.origin}/health-record/${patientId}/case-file.pdf${query}`, {
      headers: who ? { authorization: who.authorization } : {},
    });

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    platform = await startTestPlatform();
    const entered = await consentedFixtureCase(platform, 'case-b', 'case-file.patient@example.org');
    patient = entered.session;
    caseId = entered.caseId;
    await uploadReport(
      platform,
      patient,
      caseId,
      'MRI lumbar spine.jpg',
      fs.readFileSync(path.join(FILES, 'mri-lumbar-spine-report-photo-case-b.jpg')),
      'IMAGING_REPORT',
    );
    const specialistId = DEMO_IDS.specialists[3];
    await confirmPanelAndPay(platform, caseId, 'SINGLE', [specialistId]);
    await flushEvents(platform);
    const specialist = await specialistSession(platform, specialistId, 'Dr Case File Writer');
    await writeAndSign(
      platform,
      specialist,
      caseId,
      entered.questions.length,
      'Dr Case File Writer',
    );
    await flushEvents(platform);
    // The demo GP writes the referral note.
    const gp = await platform.as('gp');
    const gpAccountId = (
      JSON.parse(Buffer.from(gp.authorization.split('.')[1]!, 'base64url').toString('utf8')) as {
        sub: string;
      }
    ).sub;
    const assigned = await gql(
      platform,
      await platform.as('operations'),
      `mutation ($input: AssignCaseGpInput!) { assignCaseGp(input: $input) { id } }`,
      { input: { caseId, gpAccountId, gpName: 'Dr Arvind Rao' } },
    );
    expect(assigned.errors).toBeUndefined();
    await flushEvents(platform);
    const submitted = await gql(
      platform,
      gp,
      `mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { status } }`,
      {
        input: {
          caseId,
          history: 'Low back pain radiating to the left leg for four months despite physiotherapy.',
          keyFindings: ['L4-L5 disc extrusion compressing the left L5 root on MRI'],
          questions: ['Is surgery needed now, or another trial of conservative care?'],
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('prints the history, the reports and the signed opinion for the patient', async () => {
    const answer = await print(patient, patient.patientId);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('cache-control')).toContain('no-store');
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractPdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Case file of');
    expect(text).toContain('The patient’s questions');
    expect(text).toContain('MRI lumbar spine.jpg');
    expect(text).toContain('Opinion of');
    expect(text).toContain('Whole-breast radiotherapy');
    expect(text).toContain('Referral note');
    expect(text).toContain('L4-L5 disc extrusion compressing the left L5 root');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('prints one case when asked, and refuses a malformed or unknown case', async () => {
    expect((await print(patient, patient.patientId, `?caseId=${caseId}`)).status).toBe(200);
    expect((await print(patient, patient.patientId, '?caseId=../etc')).status).toBe(400);
    expect((await print(patient, patient.patientId, `?caseId=${DEMO_IDS.case}`)).status).toBe(404);
  });

  it('is for the patient’s side only', async () => {
    expect((await print(null, patient.patientId)).status).toBe(401);
    const stranger = await signUpPatient(platform, 'case-file.stranger@example.org', 'Asha Verma');
    const refused = await print(stranger, patient.patientId);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toMatch(/%PDF/);
    expect((await print(await platform.as('specialist'), patient.patientId)).status).toBe(403);
  });
});
