import { createCipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createLogger,
  DEMO_IDS,
  recordEvent,
  retentionWorker,
  SealedRecord,
  type EventType,
  type NewEvent,
} from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { recordsRetentionWorker } from '@consilium/records';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { intakeOf, loadFixtureCases, registrationOf } from '../intake/fixture-cases';
import {
  drawnSignature,
  gql,
  legalDocumentsInForce,
  signUpPatient,
  uploadReport,
  type PatientSideSession,
} from '../intake/intake-test-client';
import {
  recoverableDataKeys,
  scanDatabase,
  scanFiles,
  scanSqliteFile,
  storageKeysOf,
  type Needle,
} from './erasure-scan';

// Issue 7, must show: an erasure test that finds no readable clinical content left in the
// database, the file store or derived files, and the itemised confirmation listing what is kept
// and until when; a share link refused after erasure (410). Plus: what is kept is sealed, readable
// only by the compliance role (each read logged), and destroyed by the retention worker when its
// retention ends.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');
const fixture = loadFixtureCases().find((found) => found.caseRef === 'case-d')!;
const PDF = fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf'));
const PHOTO = fs.readFileSync(path.join(FILES, 'mri-lumbar-spine-report-photo-case-b.jpg'));
const GP_LOGIN = 'dr.arvind.rao.gp@consilium.example';
const SUMMARY_HISTORY = `${fixture.conditions[0]!.name}; advised AV fistula and haemodialysis.`;
const OPINION_TEXT = 'Defer dialysis; optimise diuretics and heart-failure medicines first.';

const REQUEST = `mutation ($input: RequestErasureInput!) { requestErasure(input: $input) { id status } }`;
const REQUEST_FIELDS = `id status reason requestedAt requestedByRelationship declineReason cancelledAt completedAt
  cases { id stage }
  casesUnderWay { id }
  confirmation {
    completedAt
    items {
      category action service count caseId retainedUntil why source
      retention { category years source }
    }
  }`;
const LIST = `query ($p: ID, $s: ErasureRequestStatus) {
  erasureRequests(patientId: $p, status: $s) { edges { node { ${REQUEST_FIELDS} } } }
}`;

interface ConfirmationItem {
  category: string;
  action: string;
  service: string;
  count: number | null;
  caseId: string | null;
  retainedUntil: string | null;
  why: string;
  source: string | null;
  retention: { category: string; years: number; source: string } | null;
}
interface ErasureView {
  id: string;
  status: string;
  reason: string | null;
  declineReason: string | null;
  cases: { id: string; stage: string }[];
  casesUnderWay: { id: string }[];
  confirmation: { completedAt: string; items: ConfirmationItem[] } | null;
}
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors): unknown => errors?.[0]?.extensions?.['code'];

/** A 64-byte slice from the middle of a file: raw content no one may read after the erasure. */
const middleOf = (bytes: Buffer): Buffer =>
  bytes.subarray(bytes.length >> 1, (bytes.length >> 1) + 64);

/** The `sub` of a bearer token's payload. */
const accountOf = (session: { authorization: string }): string =>
  (
    JSON.parse(Buffer.from(session.authorization.split('.')[1]!, 'base64url').toString('utf8')) as {
      sub: string;
    }
  ).sub;

describe('Erasing a patient’s record, with what the law keeps sealed', () => {
  let platform: TestPlatform;
  let patient: PatientSideSession;
  let caseId: string;
  let consentedAt: Date;
  let shareUrl: string;
  let downloadUrl: string;
  let pendingUploadUrl: string;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-erasure-'));
  const masterKey = randomBytes(32);
  const needles: Needle[] = [
    { label: 'patient name', value: fixture.patient.fullName },
    { label: 'condition', value: fixture.conditions[0]!.name },
    { label: 'complaint', value: fixture.presentingComplaint },
    { label: 'question', value: fixture.questions[0]! },
    { label: 'address', value: fixture.patient.address['line1']! },
    { label: 'identity document', value: 'ABCDE1234F' },
    { label: 'GP summary', value: SUMMARY_HISTORY },
    { label: 'opinion', value: OPINION_TEXT },
    { label: 'PDF bytes', value: middleOf(PDF) },
    { label: 'JPEG bytes', value: middleOf(PHOTO) },
    { label: 'JPEG start', value: PHOTO.subarray(0, 48) },
  ];
  const records = (): MikroORM => platform.subgraphs.records.orm;
  const intake = (): MikroORM => platform.subgraphs['patient-intake'].orm;
  /** The file store, without the demo patient's files (seeded with every platform). */
  const scanStore = async () =>
    scanFiles(
      filesDir,
      await recoverableDataKeys(records(), masterKey, DEMO_IDS.patient),
      needles,
      await storageKeysOf(records(), DEMO_IDS.patient),
    );
  const flushEvents = async (): Promise<void> => {
    for (let round = 0; round < 3; round += 1) {
      for (const service of Object.values(platform.subgraphs)) await service.events.relay.flush();
    }
  };
  /** Records events in another service's outbox (as its own workflow would) and delivers them. */
  const emit = async (
    service: 'specialist-matching' | 'billing',
    events: NewEvent<EventType>[],
  ): Promise<void> => {
    await platform.subgraphs[service].orm.em.fork().transactional(async (em) => {
      for (const event of events) recordEvent(em, event);
    });
    await flushEvents();
  };
  const listFor = async (session: { authorization: string }, patientId: string | null) => {
    const listed = await gql<{ erasureRequests: { edges: { node: ErasureView }[] } }>(
      platform,
      session,
      LIST,
      { p: patientId },
    );
    expect(listed.errors).toBeUndefined();
    return listed.data!.erasureRequests.edges.map((edge) => edge.node);
  };

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    process.env['RECORDS_MASTER_KEY'] = masterKey.toString('base64');
    platform = await startTestPlatform();
    patient = await signUpPatient(
      platform,
      'raghunath.erasure@example.org',
      'Raghunath Srivastava',
    );
    const registered = await gql(
      platform,
      patient,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      { id: patient.patientId, p: registrationOf(fixture) },
    );
    expect(registered.errors).toBeUndefined();
    const started = await gql<{ startCase: { id: string } }>(
      platform,
      patient,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      { p: patient.patientId, k: crypto.randomUUID() },
    );
    caseId = started.data!.startCase.id;
    const saved = await gql(
      platform,
      patient,
      `mutation ($id: ID!, $intake: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $intake) { id } }`,
      { id: caseId, intake: intakeOf(fixture) },
    );
    expect(saved.errors).toBeUndefined();
    const submitted = await gql(
      platform,
      patient,
      `mutation ($id: ID!) { submitCase(caseId: $id) { stage } }`,
      { id: caseId },
    );
    expect(submitted.errors).toBeUndefined();
    const { consent, notice } = await legalDocumentsInForce(platform);
    const signed = await gql(
      platform,
      patient,
      `mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }`,
      {
        input: {
          caseId,
          documentVersion: consent.version,
          documentSha256: consent.sha256,
          privacyNoticeVersion: notice.version,
          privacyNoticeSha256: notice.sha256,
          typedFullName: fixture.patient.fullName,
          signatureImage: drawnSignature(),
          agreed: true,
        },
      },
    );
    expect(signed.errors).toBeUndefined();

    // Reports: a PDF whose name and text carry the patient's name, and a photo (so an upright
    // preview and a thumbnail are made).
    const pdfId = await uploadReport(
      platform,
      patient,
      caseId,
      `${fixture.patient.fullName} kidney function.pdf`,
      PDF,
      'LAB_REPORT',
    );
    await uploadReport(platform, patient, caseId, 'MRI report photo.jpg', PHOTO, 'IMAGING_REPORT');
    // An upload left half way: asked for and sent, never completed.
    const asked = await gql<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
      platform,
      patient,
      `mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }`,
      {
        input: {
          caseId,
          fileName: 'second page.pdf',
          contentType: 'application/pdf',
          byteSize: PDF.length,
          kind: 'LAB_REPORT',
        },
      },
    );
    pendingUploadUrl = asked.data!.requestUpload.uploadUrl;
    expect(
      (await fetch(`${platform.origin}${pendingUploadUrl}`, { method: 'PUT', body: PDF })).status,
    ).toBe(200);
    // The PDF's text is extracted in the background: wait for it (it is derived data too).
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const read = await gql<{ document: { textStatus: string; downloadUrl: string } }>(
        platform,
        patient,
        `query ($id: ID!) { document(id: $id) { textStatus downloadUrl } }`,
        { id: pdfId },
      );
      downloadUrl = read.data!.document.downloadUrl;
      if (read.data!.document.textStatus !== 'PENDING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // A share link, opened once by a doctor.
    const shared = await gql<{ createShareLink: { url: string } }>(
      platform,
      patient,
      `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { url } }`,
      {
        input: { patientId: patient.patientId, caseId, recipientEmail: 'dr.rao@hospital.example' },
      },
    );
    shareUrl = shared.data!.createShareLink.url;
    expect((await fetch(`${platform.origin}/files${shareUrl}`)).status).toBe(200);

    // The GP's case summary, a consultation record.
    const ops = await platform.as('operations');
    const assigned = await gql(
      platform,
      ops,
      `mutation ($input: AssignCaseGpInput!) { assignCaseGp(input: $input) { id } }`,
      { input: { caseId, gpAccountId: DEMO_IDS.gpAccount, gpName: 'Dr Arvind Rao' } },
    );
    expect(assigned.errors).toBeUndefined();
    await flushEvents();
    const gp = await platform.signIn(GP_LOGIN);
    const written = await gql(
      platform,
      gp,
      `mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { id status } }`,
      {
        input: {
          caseId,
          history: SUMMARY_HISTORY,
          keyFindings: ['eGFR 18 mL/min/1.73m2'],
          questions: [fixture.questions[0]],
        },
      },
    );
    expect(written.errors).toBeUndefined();
    await flushEvents();
    const progress = await records()
      .em.getConnection()
      .execute<{ consented_at: string | Date }[]>(
        'select consented_at from case_progress where case_id = ?',
        [caseId],
      );
    consentedAt = new Date(progress[0]!.consented_at);

    // The panel confirms, the patient pays: a specialist drafts an opinion.
    const specialistId = DEMO_IDS.specialists[0];
    const patientId = patient.patientId;
    await emit('specialist-matching', [
      {
        type: 'PanelRequested',
        caseId,
        patientId,
        data: { mode: 'SINGLE', specialistIds: [specialistId] },
      },
      {
        type: 'PanelConfirmed',
        caseId,
        patientId,
        data: { panelId: crypto.randomUUID(), mode: 'SINGLE', specialistIds: [specialistId] },
      },
    ]);
    await emit('billing', [
      {
        type: 'PaymentCaptured',
        caseId,
        patientId,
        data: { paymentId: crypto.randomUUID(), amount: 250000, currency: 'INR' },
      },
    ]);
    const drafted = await gql(
      platform,
      await platform.as('specialist'),
      `mutation ($input: OpinionDraftInput!) { saveOpinionDraft(input: $input) { id } }`,
      { input: { caseId, recommendedTreatment: OPINION_TEXT } },
    );
    expect(drafted.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    delete process.env['RECORDS_MASTER_KEY'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('finds the clinical content where it lives before the erasure (the scans can see it)', async () => {
    const inRecords = await scanDatabase(records(), needles);
    expect(inRecords).toEqual(
      expect.arrayContaining([
        'document.title: patient name',
        'upload.file_name: patient name',
        'case_summary.history: GP summary',
        'opinion.recommended_treatment: opinion',
      ]),
    );
    const files = await scanStore();
    expect(files.decryptable).toBeGreaterThanOrEqual(4);
    expect(files.findings.join('\n')).toMatch(/JPEG bytes/);
    expect(files.findings.join('\n')).toMatch(/PDF bytes/);
    expect(await scanDatabase(intake(), needles)).toEqual(
      expect.arrayContaining([
        'medical_case.conditions: condition',
        'patient.full_name: patient name',
        'patient.address: address',
        'patient.identifier: identity document',
      ]),
    );
  });

  it('lets the patient ask and withdraw, and operations decline with a reason the patient sees', async () => {
    const stranger = await signUpPatient(platform, 'stranger.erasure@example.org', 'Someone Else');
    const refused = await gql(platform, stranger, REQUEST, {
      input: { patientId: patient.patientId },
    });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    const tooLong = await gql(platform, patient, REQUEST, {
      input: { patientId: patient.patientId, reason: 'x'.repeat(1001) },
    });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });

    const first = await gql<{ requestErasure: { id: string; status: string } }>(
      platform,
      patient,
      REQUEST,
      { input: { patientId: patient.patientId, reason: 'I have my answer.' } },
    );
    expect(first.data!.requestErasure.status).toBe('PENDING');
    const again = await gql(platform, patient, REQUEST, {
      input: { patientId: patient.patientId },
    });
    expect(codeOf(again.errors)).toBe('CONFLICT');
    const strangerCancel = await gql(
      platform,
      stranger,
      `mutation ($id: ID!) { cancelErasureRequest(id: $id) { status } }`,
      { id: first.data!.requestErasure.id },
    );
    expect(codeOf(strangerCancel.errors)).toBe('FORBIDDEN');
    const cancelled = await gql<{ cancelErasureRequest: { status: string } }>(
      platform,
      patient,
      `mutation ($id: ID!) { cancelErasureRequest(id: $id) { status } }`,
      { id: first.data!.requestErasure.id },
    );
    expect(cancelled.data!.cancelErasureRequest.status).toBe('CANCELLED');

    const second = await gql<{ requestErasure: { id: string } }>(platform, patient, REQUEST, {
      input: { patientId: patient.patientId },
    });
    const ops = await platform.as('operations');
    const pending = await listFor(ops, null);
    expect(pending.find((request) => request.id === second.data!.requestErasure.id)).toMatchObject({
      status: 'PENDING',
      cases: [{ id: caseId, stage: 'ACTIVE' }],
      casesUnderWay: [{ id: caseId }],
    });
    const decline = `mutation ($id: ID!, $r: String!) { declineErasureRequest(id: $id, reason: $r) { status declineReason } }`;
    const noReason = await gql(platform, ops, decline, {
      id: second.data!.requestErasure.id,
      r: '  ',
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const byPatient = await gql(platform, patient, decline, {
      id: second.data!.requestErasure.id,
      r: 'no',
    });
    expect(codeOf(byPatient.errors)).toBe('FORBIDDEN');
    await gql(platform, ops, decline, {
      id: second.data!.requestErasure.id,
      r: 'Please call us first: we could not reach you.',
    });
    const seen = await listFor(patient, patient.patientId);
    expect(seen.map((request) => [request.status, request.declineReason])).toEqual([
      ['DECLINED', 'Please call us first: we could not reach you.'],
      ['CANCELLED', null],
    ]);
  });

  it('erases the record on confirmation: nothing clinical is readable in the database, the file store or derived files', async () => {
    const asked = await gql<{ requestErasure: { id: string } }>(platform, patient, REQUEST, {
      input: { patientId: patient.patientId, reason: 'Please delete everything.' },
    });
    const ops = await platform.as('operations');
    const confirm = `mutation ($id: ID!) { confirmErasureRequest(id: $id) { id } }`;
    // Not while the case is under way (paid, opinions not delivered): refunded first.
    const underWay = await gql(platform, ops, confirm, { id: asked.data!.requestErasure.id });
    expect(underWay.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining(caseId),
    });
    await emit('billing', [
      {
        type: 'RefundProcessed',
        caseId,
        patientId: patient.patientId,
        data: { refundId: crypto.randomUUID(), amount: 250000, currency: 'INR' },
      },
    ]);
    const confirmed = await gql<{ confirmErasureRequest: ErasureView }>(
      platform,
      ops,
      `mutation ($id: ID!) { confirmErasureRequest(id: $id) { ${REQUEST_FIELDS} } }`,
      { id: asked.data!.requestErasure.id },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmErasureRequest).toMatchObject({
      status: 'COMPLETED',
      reason: null,
    });
    const twice = await gql(
      platform,
      ops,
      `mutation ($id: ID!) { confirmErasureRequest(id: $id) { id } }`,
      { id: asked.data!.requestErasure.id },
    );
    expect(codeOf(twice.errors)).toBe('CONFLICT');
    await flushEvents();

    expect(await scanDatabase(records(), needles)).toEqual([]);
    const files = await scanStore();
    expect(files).toEqual({ files: [], decryptable: 0, findings: [] });
    expect(await scanDatabase(intake(), needles)).toEqual([]);
    // Not even in the databases' free pages: each service rebuilds its SQLite file after erasing.
    const textNeedles = needles.filter((needle) => typeof needle.value === 'string');
    for (const orm of [records(), intake()]) {
      let left = scanSqliteFile(orm, textNeedles);
      for (let wait = 0; wait < 50 && left.length > 0; wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        left = scanSqliteFile(orm, textNeedles);
      }
      expect(left).toEqual([]);
    }

    // The case is closed (a nameless entry stays for the doctors' and operations' lists).
    const read = await gql<{ case: { stage: string; presentingComplaint: string | null } }>(
      platform,
      ops,
      `query ($id: ID!) { case(id: $id) { stage presentingComplaint } }`,
      { id: caseId },
    );
    expect(read.data!.case).toEqual({ stage: 'CLOSED', presentingComplaint: null });
  });

  it('refuses the share link at once (410, no health data), the old download link and the half-done upload', async () => {
    const refused = await fetch(`${platform.origin}/files${shareUrl}`);
    expect(refused.status).toBe(410);
    expect(refused.headers.get('cache-control')).toContain('no-store');
    const body = await refused.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: 'ERASED', message: 'This record was erased at the patient’s request.' },
    });
    expect(body).not.toMatch(/Raghunath|kidney|Kidney/);
    expect([403, 404, 410]).toContain((await fetch(`${platform.origin}${downloadUrl}`)).status);
    const late = await fetch(`${platform.origin}${pendingUploadUrl}`, { method: 'PUT', body: PDF });
    expect(late.status).toBe(403);
    expect(
      (
        await gql<{ patient: { healthRecord: { documents: unknown[] } } }>(
          platform,
          patient,
          `query ($id: ID!) { patient(id: $id) { healthRecord { documents { id } } } }`,
          { id: patient.patientId },
        )
      ).data!.patient.healthRecord.documents,
    ).toEqual([]);
  });

  it('gives the patient an itemised confirmation: what was destroyed, what is kept, why and until when', async () => {
    const [done] = await listFor(patient, patient.patientId);
    expect(done!.status).toBe('COMPLETED');
    const items = done!.confirmation!.items;
    const line = (category: string) => items.filter((item) => item.category === category);
    for (const category of [
      'REPORTS',
      'PREVIEWS',
      'DOCUMENT_TEXT',
      'ENCRYPTION_KEYS',
      'UPLOADS_IN_PROGRESS',
      'SHARE_LINKS',
      'CASE_HISTORY',
      'PERSONAL_DETAILS',
    ]) {
      expect(line(category)).toEqual([
        expect.objectContaining({
          action: 'DESTROYED',
          retainedUntil: null,
          source: 'Digital Personal Data Protection Act, 2023, section 12(3)',
        }),
      ]);
    }
    expect(line('REPORTS')[0]!.count).toBe(2);
    expect(line('PREVIEWS')[0]!.count).toBe(2);
    expect(line('UPLOADS_IN_PROGRESS')[0]!.count).toBe(1);
    const threeYears = new Date(consentedAt);
    threeYears.setUTCFullYear(threeYears.getUTCFullYear() + 3);
    const imc =
      'Indian Medical Council (Professional Conduct, Etiquette and Ethics) Regulations, 2002, regulation 1.3.1';
    expect(line('SPECIALIST_OPINIONS')).toEqual([
      expect.objectContaining({ action: 'DESTROYED', service: 'records', caseId, count: 1 }),
    ]);
    for (const [category, service] of [
      ['CASE_SUMMARY', 'records'],
      ['CONSENT_RECORD', 'patient-intake'],
    ]) {
      expect(line(category!)).toEqual([
        expect.objectContaining({
          action: 'SEALED',
          service,
          caseId,
          retainedUntil: threeYears.toISOString(),
          source: imc,
          retention: { category: 'CONSULTATION_RECORDS', years: 3, source: imc },
        }),
      ]);
    }
    const year = Date.now() + 365 * 86_400_000;
    for (const item of [...line('ACCESS_LOG'), ...line('SHARE_LINK_LOG')]) {
      expect(item).toMatchObject({
        action: 'SEALED',
        source: 'Digital Personal Data Protection Rules, 2025, rule 8(3)',
      });
      expect(Math.abs(Date.parse(item.retainedUntil!) - year)).toBeLessThan(86_400_000 * 2);
    }
    expect(
      line('ACCESS_LOG')
        .map((item) => item.service)
        .sort(),
    ).toEqual(['patient-intake', 'records']);
    expect(line('SIGN_IN_ACCOUNT')).toEqual([
      expect.objectContaining({ action: 'KEPT', service: 'identity' }),
    ]);
    // the paid case's invoice and payment stay with billing (tax law), nothing clinical in them
    expect(line('INVOICES')).toEqual([
      expect.objectContaining({ action: 'KEPT', service: 'billing', count: 1 }),
    ]);
  });

  it('lets only the compliance role read what was sealed, and logs every read', async () => {
    const compliance = await platform.as('compliance');
    const ops = await platform.as('operations');
    const list = `query ($p: ID!) { recordsSealedRecords(filter: { patientId: $p }) { edges { node { id kind category caseId retainUntil destroyedAt } } } }`;
    const listed = await gql<{
      recordsSealedRecords: { edges: { node: { id: string; kind: string } }[] };
    }>(platform, compliance, list, { p: patient.patientId });
    expect(listed.errors).toBeUndefined();
    const kinds = listed.data!.recordsSealedRecords.edges.map((edge) => edge.node.kind).sort();
    // the specialist's unsigned draft was never an opinion given: destroyed, not sealed
    expect(kinds).toEqual(['AuditLog', 'CaseSummary', 'ShareLinkLog']);
    const summary = listed.data!.recordsSealedRecords.edges.find(
      (edge) => edge.node.kind === 'CaseSummary',
    )!.node;
    const open = `query ($id: ID!) { recordsSealedRecord(id: $id) { content readAt record { id } } }`;
    const opened = await gql<{ recordsSealedRecord: { content: string } }>(
      platform,
      compliance,
      open,
      { id: summary.id },
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.recordsSealedRecord.content).toContain(SUMMARY_HISTORY);
    for (const other of [ops, patient]) {
      expect(codeOf((await gql(platform, other, open, { id: summary.id })).errors)).toBe(
        'FORBIDDEN',
      );
      expect(codeOf((await gql(platform, other, list, { p: patient.patientId })).errors)).toBe(
        'FORBIDDEN',
      );
    }
    const consent = await gql<{
      patientIntakeSealedRecords: { edges: { node: { id: string; kind: string } }[] };
    }>(
      platform,
      compliance,
      `query ($p: ID!) { patientIntakeSealedRecords(filter: { patientId: $p }) { edges { node { id kind } } } }`,
      { p: patient.patientId },
    );
    const consentRecord = consent.data!.patientIntakeSealedRecords.edges.find(
      (edge) => edge.node.kind === 'Consent',
    )!.node;
    const consentContent = await gql<{ patientIntakeSealedRecord: { content: string } }>(
      platform,
      compliance,
      `query ($id: ID!) { patientIntakeSealedRecord(id: $id) { content } }`,
      { id: consentRecord.id },
    );
    expect(JSON.parse(consentContent.data!.patientIntakeSealedRecord.content)).toMatchObject({
      patient: { fullName: fixture.patient.fullName, birthDate: fixture.patient.dateOfBirth },
      consents: [expect.objectContaining({ signerName: fixture.patient.fullName })],
    });

    const log = await gql<{
      recordsAuditLog: {
        edges: {
          node: { objectType: string; objectId: string; outcome: string; roles: string[] };
        }[];
      };
    }>(
      platform,
      ops,
      `query ($a: ID!) { recordsAuditLog(filter: { accountId: $a }, first: 100) { edges { node { objectType objectId outcome roles } } } }`,
      { a: accountOf(compliance) },
    );
    expect(log.data!.recordsAuditLog.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        {
          objectType: 'SealedRecord',
          objectId: summary.id,
          outcome: 'ALLOWED',
          roles: ['COMPLIANCE'],
        },
      ]),
    );
    const denied = await gql<{
      recordsAuditLog: { edges: { node: { objectId: string; outcome: string } }[] };
    }>(
      platform,
      ops,
      `query ($a: ID!) { recordsAuditLog(filter: { accountId: $a, outcome: DENIED }, first: 100) { edges { node { objectType objectId outcome } } } }`,
      { a: accountOf(ops) },
    );
    expect(denied.data!.recordsAuditLog.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { objectType: 'SealedRecord', objectId: summary.id, outcome: 'DENIED' },
      ]),
    );
  });

  it('destroys what work under way wrote for the patient just after the erasure', async () => {
    // As the PDF text worker would if it committed just after the erasure: a derived object of the
    // erased patient, readable with its wrapped data key, that no document points to.
    const dataKey = randomBytes(32);
    const seal = (key: Buffer, plain: Buffer): Buffer => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    };
    const wrapped = (() => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
      const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
      return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
    })();
    const objectId = crypto.randomUUID();
    fs.mkdirSync(path.join(filesDir, 'derived'), { recursive: true });
    fs.writeFileSync(
      path.join(filesDir, 'derived', objectId),
      seal(dataKey, Buffer.from(`${fixture.patient.fullName} ${fixture.conditions[0]!.name}`)),
    );
    const now = new Date();
    await records()
      .em.getConnection()
      .execute(
        'insert into stored_object (id, created_at, updated_at, patient_id, sha256, size, content_type, storage_key, wrapped_data_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          objectId,
          now,
          now,
          patient.patientId,
          'f'.repeat(64),
          10,
          'text/plain',
          `derived/${objectId}`,
          wrapped,
        ],
      );
    const late = await scanStore();
    expect(late.findings).toEqual([
      `derived/${objectId}: condition`,
      `derived/${objectId}: patient name`,
    ]);

    const stop = recordsRetentionWorker({ clock: () => new Date(), intervalMs: 20 })(
      records(),
      createLogger('retention-test', { write: () => undefined }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stop();
    expect(await scanStore()).toEqual({
      files: [],
      decryptable: 0,
      findings: [],
    });
    expect(await scanDatabase(records(), needles)).toEqual([]);
  });

  it('destroys sealed data automatically when its retention ends (worker with an injected clock)', async () => {
    const sealed = async (orm: MikroORM) =>
      (await orm.em.fork().find(SealedRecord, { patientId: patient.patientId })).map((record) => ({
        kind: record.kind,
        destroyed: record.destroyedAt !== null,
        readable: record.wrappedDataKey !== null && record.ciphertext !== null,
      }));
    const runWorker = async (orm: MikroORM, now: Date): Promise<void> => {
      const worker = orm === records() ? recordsRetentionWorker : retentionWorker;
      const stop = worker({ clock: () => now, intervalMs: 20 })(
        orm,
        createLogger('retention-test', { write: () => undefined }),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await stop();
    };
    const dayAfter = (from: Date, years: number): Date => {
      const at = new Date(from);
      at.setUTCFullYear(at.getUTCFullYear() + years);
      return new Date(at.getTime() + 86_400_000);
    };

    await runWorker(records(), dayAfter(new Date(), 1));
    await runWorker(intake(), dayAfter(new Date(), 1));
    expect(await sealed(records())).toEqual(
      expect.arrayContaining([
        { kind: 'AuditLog', destroyed: true, readable: false },
        { kind: 'ShareLinkLog', destroyed: true, readable: false },
        { kind: 'CaseSummary', destroyed: false, readable: true },
      ]),
    );
    expect(await sealed(intake())).toEqual(
      expect.arrayContaining([
        { kind: 'AuditLog', destroyed: true, readable: false },
        { kind: 'Consent', destroyed: false, readable: true },
      ]),
    );
    const compliance = await platform.as('compliance');
    const destroyed = (await records().em.fork().findOne(SealedRecord, {
      patientId: patient.patientId,
      kind: 'AuditLog',
    }))!;
    const gone = await gql(
      platform,
      compliance,
      `query ($id: ID!) { recordsSealedRecord(id: $id) { content } }`,
      { id: destroyed.id },
    );
    expect(codeOf(gone.errors)).toBe('CONFLICT');

    await runWorker(records(), dayAfter(consentedAt, 3));
    await runWorker(intake(), dayAfter(consentedAt, 3));
    for (const orm of [records(), intake()]) {
      expect((await sealed(orm)).every((record) => record.destroyed && !record.readable)).toBe(
        true,
      );
    }
    expect(await scanDatabase(records(), needles)).toEqual([]);
  });
});
