import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { gql, signUpPatient, type PatientSideSession } from '../intake/intake-test-client';

// Issue 7, must show (uploads): report files uploaded through the API; the upload rows of
// bad-inputs.json (an executable named .pdf, 0 bytes, oversize refused without reading it all,
// path-traversal and Devanagari names); the bytes encrypted at rest and stored once.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');
const REQUEST = `mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl expiresAt maxBytes } }`;
const COMPLETE = `mutation ($id: ID!) { completeUpload(uploadId: $id) { id title kind contentType size sha256 downloadUrl } }`;

interface Ticket {
  uploadId: string;
  uploadUrl: string;
  maxBytes: number;
}
interface StoredDocument {
  id: string;
  title: string;
  kind: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadUrl: string;
}

describe('Report uploads through signed same-origin URLs', () => {
  let platform: TestPlatform;
  let session: PatientSideSession;
  let caseId: string;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-files-'));

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    platform = await startTestPlatform();
    session = await signUpPatient(platform, 'uploads.patient@example.org', 'Nikhil Bhardwaj');
    await gql(
      platform,
      session,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: session.patientId,
        p: {
          fullName: 'Nikhil Bhardwaj',
          birthDate: '1988-07-22',
          gender: 'MALE',
          phone: '+919000001202',
        },
      },
    );
    const started = await gql<{ startCase: { id: string } }>(
      platform,
      session,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      {
        p: session.patientId,
        k: crypto.randomUUID(),
      },
    );
    caseId = started.data!.startCase.id;
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /** Asks for an upload; records learns of the new case by event, so the first tries may wait. */
  async function ask(
    fileName: string,
    byteSize: number,
    contentType = 'application/pdf',
    kind = 'LAB_REPORT',
  ) {
    for (let attempt = 0; ; attempt += 1) {
      const result = await gql<{ requestUpload: Ticket }>(platform, session, REQUEST, {
        input: { caseId, fileName, contentType, byteSize, kind },
      });
      const code = result.errors?.[0]?.extensions?.['code'];
      if (code !== 'FORBIDDEN' || attempt > 50) return result;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const put = (url: string, body: Buffer | Readable, headers: Record<string, string> = {}) =>
    fetch(`${platform.origin}${url}`, {
      method: 'PUT',
      body: body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body,
      headers: { 'content-type': 'application/octet-stream', ...headers },
      ...(body instanceof Readable ? { duplex: 'half' } : {}),
    } as RequestInit);
  async function upload(
    fileName: string,
    bytes: Buffer,
    kind = 'LAB_REPORT',
  ): Promise<StoredDocument> {
    const ticket = (await ask(fileName, bytes.length, 'application/pdf', kind)).data!.requestUpload;
    const sent = await put(ticket.uploadUrl, bytes);
    expect(sent.status).toBe(200);
    const done = await gql<{ completeUpload: StoredDocument }>(platform, session, COMPLETE, {
      id: ticket.uploadId,
    });
    expect(done.errors).toBeUndefined();
    return done.data!.completeUpload;
  }
  const storedFiles = (): string[] =>
    fs.existsSync(path.join(filesDir, 'uploads'))
      ? fs.readdirSync(path.join(filesDir, 'uploads'))
      : [];

  it.each([
    ['histopathology-report-case-a.pdf', 'PATHOLOGY_REPORT', 'application/pdf'],
    ['lab-report-cbc-kft-case-d.pdf', 'LAB_REPORT', 'application/pdf'],
    ['eeg-report-scan-case-c.png', 'LAB_REPORT', 'image/png'],
    ['echocardiography-report-case-e.jpg', 'IMAGING_REPORT', 'image/jpeg'],
    ['mri-lumbar-spine-report-photo-case-b.heic', 'IMAGING_REPORT', 'image/heic'],
  ])(
    'stores %s encrypted, typed by its content, and gives it back unchanged',
    async (file, kind, type) => {
      const bytes = fs.readFileSync(path.join(FILES, file));
      const document = await upload(file, bytes, kind);
      expect(document).toMatchObject({
        title: file,
        kind,
        contentType: type,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      const stored = storedFiles().map((name) =>
        fs.readFileSync(path.join(filesDir, 'uploads', name)),
      );
      expect(stored.some((content) => content.includes(bytes.subarray(0, 64)))).toBe(false);
      const downloaded = await fetch(`${platform.origin}${document.downloadUrl}`);
      expect(downloaded.status).toBe(200);
      expect(downloaded.headers.get('content-type')).toBe(type);
      expect(Buffer.from(await downloaded.arrayBuffer()).equals(bytes)).toBe(true);
    },
  );

  it.each([
    ['blurred.jpg', { tooBlurred: true, tooDark: false }],
    ['dark.jpg', { tooBlurred: false, tooDark: true }],
    ['echocardiography-report-case-e.jpg', { tooBlurred: false, tooDark: false }],
  ])(
    'measures %s and says when a photo is too blurred or too dark to read',
    async (file, expected) => {
      const bytes = fs.readFileSync(path.join(FILES, file));
      const document = await upload(
        `quality ${file}`,
        Buffer.concat([bytes, Buffer.from('quality')]),
        'IMAGING_REPORT',
      );
      const read = await gql<{ document: { photoQuality: Record<string, unknown> } }>(
        platform,
        session,
        `query ($id: ID!) { document(id: $id) { photoQuality { tooBlurred tooDark sharpness brightness } } }`,
        { id: document.id },
      );
      expect(read.data!.document.photoQuality).toMatchObject(expected);
    },
  );

  it('shows a rotated phone photo upright and a HEIC photo as JPEG, keeping the originals', async () => {
    for (const file of [
      'mri-lumbar-spine-report-photo-case-b.jpg',
      'mri-lumbar-spine-report-photo-case-b.heic',
    ]) {
      const bytes = fs.readFileSync(path.join(FILES, file));
      const document = await upload(`upright ${file}`, bytes, 'IMAGING_REPORT');
      const read = await gql<{
        document: { previewUrl: string; thumbnailUrl: string; downloadUrl: string };
      }>(
        platform,
        session,
        `query ($id: ID!) { document(id: $id) { previewUrl thumbnailUrl downloadUrl } }`,
        { id: document.id },
      );
      const preview = await fetch(`${platform.origin}${read.data!.document.previewUrl}`);
      expect(preview.headers.get('content-type')).toBe('image/jpeg');
      const shown = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
      // The report was photographed in portrait; the camera stored it sideways (EXIF 6) or as HEIC.
      expect(shown.height).toBeGreaterThan(shown.width);
      expect([undefined, 1]).toContain(shown.orientation);
      const thumbnail = await sharp(
        Buffer.from(
          await (
            await fetch(`${platform.origin}${read.data!.document.thumbnailUrl}`)
          ).arrayBuffer(),
        ),
      ).metadata();
      expect(Math.max(thumbnail.width, thumbnail.height)).toBeLessThanOrEqual(320);
      const original = Buffer.from(
        await (await fetch(`${platform.origin}${read.data!.document.downloadUrl}`)).arrayBuffer(),
      );
      expect(original.equals(bytes)).toBe(true);
    }
  });

  it('stores the same file twice once', async () => {
    const bytes = fs.readFileSync(path.join(FILES, 'histopathology-report-case-a.pdf'));
    const before = storedFiles().length;
    const again = await upload('histopathology again.pdf', bytes, 'PATHOLOGY_REPORT');
    expect(storedFiles().length).toBe(before);
    const first = await gql<{ case: { documents: { id: string; sha256: string }[] } }>(
      platform,
      session,
      `query ($id: ID!) { case(id: $id) { documents { id sha256 } } }`,
      { id: caseId },
    );
    expect(first.data!.case.documents.filter((d) => d.sha256 === again.sha256)).toHaveLength(1);
  });

  it('upload-exe-named-pdf: refused by its content with 415; nothing stored', async () => {
    const head = Buffer.from(
      '4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000000000000000000000000000000000000000000000000000400000005045000064860300',
      'hex',
    );
    const exe = Buffer.concat([head, Buffer.alloc(4096 - head.length)]);
    const before = storedFiles().length;
    const ticket = (await ask('report.pdf', exe.length)).data!.requestUpload;
    const sent = await put(ticket.uploadUrl, exe, { 'content-type': 'application/pdf' });
    expect(sent.status).toBe(415);
    const body = (await sent.json()) as { error: Record<string, string> };
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(body.error['message']).toBe(
      'The file is not a PDF, JPEG, PNG or HEIC (its content is a Windows executable).',
    );
    expect(storedFiles().length).toBe(before);
    const done = await gql(platform, session, COMPLETE, { id: ticket.uploadId });
    expect(done.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('upload-zero-bytes: refused, nothing stored', async () => {
    const asked = await ask('lab-report.pdf', 0);
    expect(asked.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.byteSize',
    });
    expect(asked.errors?.[0]?.message).toBe('The file is empty (0 bytes).');
    const ticket = (await ask('lab-report.pdf', 10)).data!.requestUpload;
    const sent = await put(ticket.uploadUrl, Buffer.alloc(0));
    expect(sent.status).toBe(400);
    expect(((await sent.json()) as { error: { message: string } }).error.message).toBe(
      'The file is empty (0 bytes).',
    );
  });

  it('upload-60mb-pdf: refused from its declared size, its Content-Length, or at the first byte over', async () => {
    const asked = await ask('ct-abdomen-report.pdf', 62_914_560);
    expect(asked.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.byteSize',
    });
    expect(asked.errors?.[0]?.message).toBe('Files can be up to 25 MB.');

    const before = storedFiles().length;
    const ticket = (await ask('ct-abdomen-report.pdf', 25 * 1024 * 1024)).data!.requestUpload;
    let sentBytes = 0;
    const sixtyMegabytes = Readable.from(
      (function* () {
        yield Buffer.from('%PDF-1.7\n');
        for (let i = 0; i < 60; i += 1) {
          sentBytes += 1024 * 1024;
          yield Buffer.alloc(1024 * 1024);
        }
      })(),
    );
    const streamed = await put(ticket.uploadUrl, sixtyMegabytes).catch(() => null);
    // The service answers 413 at the first byte over the limit and stops reading.
    if (streamed) expect(streamed.status).toBe(413);
    expect(sentBytes).toBeLessThan(60 * 1024 * 1024);
    expect(storedFiles().length).toBe(before);
  });

  it('upload-path-traversal-filename: the name is kept as text, the storage key is the server’s', async () => {
    const bytes = fs.readFileSync(path.join(FILES, 'histopathology-report-case-a.pdf'));
    const document = await upload(
      '../../etc/passwd.pdf',
      Buffer.concat([bytes, Buffer.from('\n% another copy\n')]),
    );
    expect(document.title).toBe('../../etc/passwd.pdf');
    expect(fs.existsSync(path.join(filesDir, '..', 'etc'))).toBe(false);
    for (const name of storedFiles()) expect(name).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('upload-devanagari-filename: kept exactly; downloaded with an RFC 6266 filename*', async () => {
    // (a copy that differs: the same content in the same case is the same document)
    const bytes = Buffer.concat([
      fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf')),
      Buffer.from('\n% copy\n'),
    ]);
    const document = await upload('रिपोर्ट 1.pdf', bytes);
    expect(document.title).toBe('रिपोर्ट 1.pdf');
    const downloaded = await fetch(`${platform.origin}${document.downloadUrl}`);
    const disposition = downloaded.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(
      "filename*=UTF-8''%E0%A4%B0%E0%A4%BF%E0%A4%AA%E0%A5%8B%E0%A4%B0%E0%A5%8D%E0%A4%9F%201.pdf",
    );
    expect(disposition).toMatch(/^attachment; filename="?report-\d+\.pdf"?;/);
  });

  it('refuses a forged or expired link, and another patient', async () => {
    const ticket = (await ask('forged.pdf', 100)).data!.requestUpload;
    const forged = ticket.uploadUrl.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await put(forged, Buffer.from('%PDF-1.4\n'))).status).toBe(403);
    const stranger = await signUpPatient(platform, 'uploads.stranger@example.org', 'Anil Stranger');
    const refused = await gql(platform, stranger, REQUEST, {
      input: {
        caseId,
        fileName: 'x.pdf',
        contentType: 'application/pdf',
        byteSize: 100,
        kind: 'OTHER',
      },
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
