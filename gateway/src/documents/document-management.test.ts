import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordEvent } from '@consilium/subgraph-kit';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  gql,
  signUpPatient,
  uploadReport,
  type PatientSideSession,
} from '../intake/intake-test-client';

// Issue 7: the text of PDFs with a text layer is searchable (without readable text in the
// database); the patient can rename, reclassify or remove a report until the case is consented.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');
const SEARCH = `query ($p: ID!, $t: String!, $c: ID) {
  searchDocuments(patientId: $p, text: $t, caseId: $c) { snippet document { id title } }
}`;
const CHANGE = `mutation ($id: ID!, $changes: DocumentChangesInput!) {
  changeDocument(id: $id, changes: $changes) { id title kind }
}`;
const REMOVE = `mutation ($id: ID!) { removeDocument(id: $id) }`;

interface Hit {
  snippet: string;
  document: { id: string; title: string };
}

describe('Searching, renaming and removing reports', () => {
  let platform: TestPlatform;
  let patient: PatientSideSession;
  let caseId: string;
  let labId: string;
  let photoId: string;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-docs-'));

  const textStatus = async (id: string): Promise<string> => {
    const read = await gql<{ document: { textStatus: string } }>(
      platform,
      patient,
      `query ($id: ID!) { document(id: $id) { textStatus } }`,
      { id },
    );
    return read.data!.document.textStatus;
  };

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    process.env['RECORDS_TEXT_EXTRACTION_INTERVAL_MS'] = '100';
    platform = await startTestPlatform();
    patient = await signUpPatient(platform, 'docs.patient@example.org', 'Raghunath Srivastava');
    const registered = await gql(
      platform,
      patient,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: patient.patientId,
        p: {
          fullName: 'Raghunath Srivastava',
          birthDate: '1955-03-02',
          gender: 'MALE',
          phone: '+919000003101',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const started = await gql<{ startCase: { id: string } }>(
      platform,
      patient,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      { p: patient.patientId, k: crypto.randomUUID() },
    );
    expect(started.errors).toBeUndefined();
    caseId = started.data!.startCase.id;
    labId = await uploadReport(
      platform,
      patient,
      caseId,
      'Kidney function.pdf',
      fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf')),
      'LAB_REPORT',
    );
    photoId = await uploadReport(
      platform,
      patient,
      caseId,
      'Echo.jpg',
      fs.readFileSync(path.join(FILES, 'echocardiography-report-case-e.jpg')),
      'IMAGING_REPORT',
    );
    for (let wait = 0; wait < 100 && (await textStatus(labId)) === 'PENDING'; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    delete process.env['RECORDS_TEXT_EXTRACTION_INTERVAL_MS'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('finds a lab report by words of its text, with the words in context; a photo is not read', async () => {
    expect(await textStatus(labId)).toBe('EXTRACTED');
    expect(await textStatus(photoId)).toBe('NOT_APPLICABLE');
    const found = await gql<{ searchDocuments: Hit[] }>(platform, patient, SEARCH, {
      p: patient.patientId,
      t: 'serum CREATININE',
      c: caseId,
    });
    expect(found.errors).toBeUndefined();
    expect(found.data!.searchDocuments.map((hit) => hit.document.title)).toEqual([
      'Kidney function.pdf',
    ]);
    expect(found.data!.searchDocuments[0]!.snippet).toMatch(/Serum Creatinine 3\.42/);
    const none = await gql<{ searchDocuments: Hit[] }>(platform, patient, SEARCH, {
      p: patient.patientId,
      t: 'creatinine troponin',
    });
    expect(none.data!.searchDocuments).toEqual([]);
  });

  it('keeps no readable text in the database: words are stored as keyed hashes', async () => {
    const connection = platform.subgraphs.records.orm.em.fork().getConnection();
    const rows = (await connection.execute(`select * from document_search_term`)) as Record<
      string,
      unknown
    >[];
    expect(rows.length).toBeGreaterThan(50);
    expect(JSON.stringify(rows)).not.toMatch(/creatinine|haemoglobin/i);
  });

  it('refuses another patient’s search and an empty query, naming the field', async () => {
    const stranger = await signUpPatient(platform, 'docs.stranger@example.org', 'Anil Kumar');
    const refused = await gql(platform, stranger, SEARCH, {
      p: patient.patientId,
      t: 'creatinine',
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const empty = await gql(platform, patient, SEARCH, { p: patient.patientId, t: ' - ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('renames (any script) and reclassifies a report; a blank name is refused at its field', async () => {
    const renamed = await gql<{ changeDocument: { title: string; kind: string } }>(
      platform,
      patient,
      CHANGE,
      { id: photoId, changes: { title: 'इकोकार्डियोग्राफी रिपोर्ट', kind: 'OTHER' } },
    );
    expect(renamed.data!.changeDocument).toMatchObject({
      title: 'इकोकार्डियोग्राफी रिपोर्ट',
      kind: 'OTHER',
    });
    const blank = await gql(platform, patient, CHANGE, { id: photoId, changes: { title: '  ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'changes.title',
    });
  });

  it('removes a report with its file, preview and thumbnail before consent, and refuses after', async () => {
    const filesBefore = fs.readdirSync(filesDir, { recursive: true }).length;
    const removed = await gql<{ removeDocument: string }>(platform, patient, REMOVE, {
      id: photoId,
    });
    expect(removed.data!.removeDocument).toBe(photoId);
    const listed = await gql<{ case: { documents: { id: string }[] } }>(
      platform,
      patient,
      `query ($id: ID!) { case(id: $id) { documents { id } } }`,
      { id: caseId },
    );
    expect(listed.data!.case.documents.map((document) => document.id)).toEqual([labId]);
    // the photo, its preview and its thumbnail are gone from the file store
    expect(fs.readdirSync(filesDir, { recursive: true }).length).toBeLessThanOrEqual(
      filesBefore - 3,
    );

    const intake = platform.subgraphs['patient-intake'];
    await intake.orm.em.fork().transactional(async (em) => {
      recordEvent(em, {
        type: 'CaseConsented',
        caseId,
        patientId: patient.patientId,
        data: { consentId: crypto.randomUUID(), documentVersion: 'v1' },
      });
    });
    await intake.events.relay.flush();
    const refused = await gql(platform, patient, REMOVE, { id: labId });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/consented/);
  });
});
