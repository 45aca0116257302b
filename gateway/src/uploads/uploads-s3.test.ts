import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { gql, signUpPatient, uploadReport } from '../intake/intake-test-client';

// Issue 10 (README: S3-compatible storage): with RECORDS_S3_BUCKET the records service keeps
// report bytes in the bucket (here s3rver, an S3 API on loopback), encrypted, and serves them back.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');
const S3_ENV = [
  'RECORDS_S3_BUCKET',
  'RECORDS_S3_ENDPOINT',
  'RECORDS_S3_PREFIX',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'RECORDS_FILES_DIR',
];

/** Every file under a directory, recursively. */
function filesUnder(directory: string): string[] {
  return fs.existsSync(directory)
    ? fs
        .readdirSync(directory, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
    : [];
}

describe('Reports kept in S3-compatible storage', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-s3-'));
  const bucketDir = path.join(directory, 's3', 'consilium-records');
  const localDir = path.join(directory, 'local');
  let s3rver: S3rver;
  let platform: TestPlatform;

  beforeAll(async () => {
    s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: path.join(directory, 's3'),
      configureBuckets: [{ name: 'consilium-records', configs: [] }],
    });
    const address = (await s3rver.run()) as AddressInfo;
    Object.assign(process.env, {
      RECORDS_S3_BUCKET: 'consilium-records',
      RECORDS_S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
      RECORDS_S3_PREFIX: 'records/',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      RECORDS_FILES_DIR: localDir,
    });
    platform = await startTestPlatform();
  });

  afterAll(async () => {
    await platform?.stop();
    await s3rver?.close();
    for (const name of S3_ENV) delete process.env[name];
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('stores a PDF and a HEIC photo in the bucket, encrypted, and gives back the same bytes', async () => {
    const session = await signUpPatient(platform, 's3.patient@example.org', 'Meera Pillai');
    await gql(
      platform,
      session,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: session.patientId,
        p: {
          fullName: 'Meera Pillai',
          birthDate: '1979-03-14',
          gender: 'FEMALE',
          phone: '+919000001310',
        },
      },
    );
    const started = await gql<{ startCase: { id: string } }>(
      platform,
      session,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      { p: session.patientId, k: randomUUID() },
    );
    const caseId = started.data!.startCase.id;
    const pdf = fs.readFileSync(path.join(FILES, 'histopathology-report-case-a.pdf'));
    const heic = fs.readFileSync(path.join(FILES, 'mri-lumbar-spine-report-photo-case-b.heic'));
    const pdfId = await uploadReport(
      platform,
      session,
      caseId,
      'histopathology.pdf',
      pdf,
      'PATHOLOGY_REPORT',
    );
    const heicId = await uploadReport(
      platform,
      session,
      caseId,
      'mri.heic',
      heic,
      'IMAGING_REPORT',
    );

    const stored = filesUnder(bucketDir);
    expect(stored.some((file) => file.includes(`${path.sep}records${path.sep}`))).toBe(true);
    for (const file of stored) {
      const content = fs.readFileSync(file);
      expect(content.includes(pdf.subarray(0, 64))).toBe(false);
      expect(content.includes(heic.subarray(0, 64))).toBe(false);
    }
    expect(filesUnder(localDir)).toEqual([]);

    const read = await gql<{
      pdf: { sha256: string; downloadUrl: string };
      photo: { downloadUrl: string; thumbnailUrl: string | null };
    }>(
      platform,
      session,
      `query ($pdf: ID!, $photo: ID!) {
        pdf: document(id: $pdf) { sha256 downloadUrl }
        photo: document(id: $photo) { downloadUrl thumbnailUrl }
      }`,
      { pdf: pdfId, photo: heicId },
    );
    expect(read.errors).toBeUndefined();
    const downloaded = async (url: string) =>
      Buffer.from(await (await fetch(`${platform.origin}${url}`)).arrayBuffer());
    const pdfBack = await downloaded(read.data!.pdf.downloadUrl);
    expect(createHash('sha256').update(pdfBack).digest('hex')).toBe(read.data!.pdf.sha256);
    expect(pdfBack.equals(pdf)).toBe(true);
    expect((await downloaded(read.data!.photo.downloadUrl)).equals(heic)).toBe(true);
    const thumbnail = await downloaded(read.data!.photo.thumbnailUrl!);
    expect(thumbnail.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // a JPEG
  });
});
