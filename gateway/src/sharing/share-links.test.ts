import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  gql,
  signUpPatient,
  uploadReport,
  type PatientSideSession,
} from '../intake/intake-test-client';

// Issue 7, must show: a share link refused after expiry and after revocation (bad-inputs rows
// share-link-after-expiry, share-link-after-revocation), with no health data in the refusal, and
// every use visible to the patient.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');
const CREATE = `mutation ($input: CreateShareLinkInput!) {
  createShareLink(input: $input) { url code shareLink { id scope expiresAt requiresCode } }
}`;

describe('Sharing the record with a doctor by link', () => {
  let platform: TestPlatform;
  let patient: PatientSideSession;
  let caseId: string;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-share-'));

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    platform = await startTestPlatform();
    patient = await signUpPatient(platform, 'share.patient@example.org', 'Meena Iyer');
    await gql(
      platform,
      patient,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: patient.patientId,
        p: {
          fullName: 'Meena Iyer',
          birthDate: '1970-05-01',
          gender: 'FEMALE',
          phone: '+919000003001',
        },
      },
    );
    const started = await gql<{ startCase: { id: string } }>(
      platform,
      patient,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      {
        p: patient.patientId,
        k: crypto.randomUUID(),
      },
    );
    caseId = started.data!.startCase.id;
    const bytes = fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf'));
    await uploadReport(platform, patient, caseId, 'Kidney function.pdf', bytes, 'LAB_REPORT');
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const open = (url: string, code?: string) =>
    fetch(`${platform.origin}/files${url}`, { headers: code ? { 'x-share-code': code } : {} });
  const share = async (input: Record<string, unknown>) => {
    const created = await gql<{
      createShareLink: { url: string; code: string | null; shareLink: { id: string } };
    }>(platform, patient, CREATE, {
      input: { patientId: patient.patientId, recipientEmail: 'dr.rao@hospital.example', ...input },
    });
    expect(created.errors).toBeUndefined();
    return created.data!.createShareLink;
  };

  const usesOf = async (linkId: string) => {
    const listed = await gql<{
      shareLinks: {
        id: string;
        lockedAt: string | null;
        uses: { outcome: string; documentId: string | null }[];
      }[];
    }>(
      platform,
      patient,
      `query ($p: ID!) { shareLinks(patientId: $p) { id lockedAt uses { outcome documentId } } }`,
      { p: patient.patientId },
    );
    return listed.data!.shareLinks.find((l) => l.id === linkId)!;
  };

  it('opens the case’s documents for the doctor; each download is logged for the patient and stops with the link', async () => {
    const link = await share({ caseId });
    const opened = await open(link.url);
    expect(opened.status).toBe(200);
    const body = (await opened.json()) as {
      scope: string;
      documents: { id: string; title: string; downloadUrl: string }[];
    };
    expect(body.scope).toBe('CASE');
    expect(body.documents.map((document) => document.title)).toEqual(['Kidney function.pdf']);
    const downloadUrl = body.documents[0]!.downloadUrl;
    expect(downloadUrl.startsWith(`/files${link.url}/documents/`)).toBe(true);
    const file = await fetch(`${platform.origin}${downloadUrl}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const tampered = await fetch(
      `${platform.origin}${downloadUrl.replace(/sig=./, (sig) => (sig.endsWith('A') ? 'sig=B' : 'sig=A'))}`,
    );
    expect(tampered.status).toBe(403);
    expect((await usesOf(link.shareLink.id)).uses).toEqual([
      { outcome: 'DOWNLOADED', documentId: body.documents[0]!.id },
      { outcome: 'OPENED', documentId: null },
    ]);
    await gql(platform, patient, `mutation ($id: ID!) { revokeShareLink(id: $id) { revokedAt } }`, {
      id: link.shareLink.id,
    });
    const afterRevocation = await fetch(`${platform.origin}${downloadUrl}`);
    expect(afterRevocation.status).toBe(410);
    expect(await afterRevocation.text()).not.toMatch(/%PDF|Kidney/);
  });

  it('share-link-after-revocation: 410 at once, without any health data; the use is shown to the patient', async () => {
    const link = await share({});
    expect((await open(link.url)).status).toBe(200);
    await gql(platform, patient, `mutation ($id: ID!) { revokeShareLink(id: $id) { revokedAt } }`, {
      id: link.shareLink.id,
    });
    const refused = await open(link.url);
    expect(refused.status).toBe(410);
    const text = await refused.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'REVOKED', message: 'This link has been withdrawn by the patient.' },
    });
    expect(text).not.toMatch(/Meena|Kidney/);
    const uses = await gql<{ shareLinks: { id: string; uses: { outcome: string }[] }[] }>(
      platform,
      patient,
      `query ($p: ID!) { shareLinks(patientId: $p) { id uses { outcome at ipAddress } } }`,
      { p: patient.patientId },
    );
    const mine = uses.data!.shareLinks.find((l) => l.id === link.shareLink.id)!;
    expect(mine.uses.map((use) => use.outcome)).toEqual(['REFUSED_REVOKED', 'OPENED']);
  });

  it('share-link-after-expiry: 410 "This link has expired."', async () => {
    const link = await share({ expiresInDays: 1 });
    const records = platform.subgraphs.records.orm.em.fork();
    await records
      .getConnection()
      .execute(`update share_link set expires_at = ? where id = ?`, [
        new Date(Date.now() - 1000).toISOString(),
        link.shareLink.id,
      ]);
    const refused = await open(link.url);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toEqual({
      error: { code: 'EXPIRED', message: 'This link has expired.' },
    });
  });

  it('asks for the one-time code when the patient chose one', async () => {
    const link = await share({ withCode: true });
    expect(link.code).toMatch(/^\d{6}$/);
    expect((await open(link.url)).status).toBe(401);
    expect((await open(link.url, '000000' === link.code ? '111111' : '000000')).status).toBe(401);
    expect((await open(link.url, link.code!)).status).toBe(200);
  });

  it('locks itself after 5 wrong codes, even for the right code afterwards, and tells the patient', async () => {
    const link = await share({ withCode: true });
    const wrong = link.code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const refused = await open(link.url, wrong);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        'INVALID_CODE',
      );
    }
    const fifth = await open(link.url, wrong);
    expect(fifth.status).toBe(410);
    expect(((await fifth.json()) as { error: { code: string } }).error.code).toBe('LOCKED');
    const right = await open(link.url, link.code!);
    expect(right.status).toBe(410);
    expect(((await right.json()) as { error: { code: string } }).error.code).toBe('LOCKED');
    const seen = await usesOf(link.shareLink.id);
    expect(seen.lockedAt).not.toBeNull();
    expect(seen.uses.map((use) => use.outcome)).toEqual([
      'REFUSED_LOCKED',
      ...Array(5).fill('REFUSED_CODE'),
    ]);
  });

  it('lets only the patient’s side share or list, and refuses a bad email or duration', async () => {
    const stranger = await signUpPatient(platform, 'share.stranger@example.org', 'Anil Stranger');
    const refused = await gql(platform, stranger, CREATE, {
      input: { patientId: patient.patientId, recipientEmail: 'x@example.org' },
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const badEmail = await gql(platform, patient, CREATE, {
      input: { patientId: patient.patientId, recipientEmail: 'not an email' },
    });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.recipientEmail',
    });
    const tooLong = await gql(platform, patient, CREATE, {
      input: { patientId: patient.patientId, recipientEmail: 'x@example.org', expiresInDays: 365 },
    });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresInDays',
    });
    expect((await open('/shared/not-a-real-secret')).status).toBe(404);
  });
});
