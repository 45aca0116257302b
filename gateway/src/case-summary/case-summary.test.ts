import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, DEMO_IDS, OutboxEvent } from '@consilium/subgraph-kit';
import {
  caseSummaryBreachWatch,
  markOverdueCaseSummaries,
} from '@consilium/records/src/case-summary/case-summary-breach';
import { extractText } from '../../../services/patient-intake/src/consent/pdf/pdf-text';
import { codeSentTo, postAuth } from '../identity/testing/auth-client';
import { intakeOf, loadFixtureCases, registrationOf } from '../intake/fixture-cases';
import {
  drawnSignature,
  gql,
  legalDocumentsInForce,
  signUpPatient,
  uploadReport,
  type PatientSideSession,
} from '../intake/intake-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

// Issue 7, "GP case summary": a GP assigned to the case writes a structured summary (history, key
// findings, relevant documents, questions) within 24–48 h of consent; the due time and breach are
// tracked; a PDF of it is generated. DESIGN.md: the summary doubles as the referral note.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');
const HOUR = 60 * 60 * 1000;

type Session = { authorization: string };

const SUMMARY_FIELDS = `id status gpAccountId gpName assignedAt dueAt targetAt overdue breachedAt
  submittedAt history keyFindings questions relevantDocuments { id title } pdfUrl
  case { id }`;

interface SummaryView {
  id: string;
  status: 'DRAFT' | 'FINAL';
  gpAccountId: string;
  gpName: string;
  assignedAt: string;
  dueAt: string | null;
  targetAt: string | null;
  overdue: boolean;
  breachedAt: string | null;
  submittedAt: string | null;
  history: string;
  keyFindings: string[];
  questions: string[];
  relevantDocuments: { id: string; title: string }[];
  pdfUrl: string | null;
  case: { id: string };
}

const ASSIGN = `mutation ($input: AssignCaseGpInput!) { assignCaseGp(input: $input) { ${SUMMARY_FIELDS} } }`;
const SAVE = `mutation ($input: CaseSummaryInput!) { saveCaseSummary(input: $input) { ${SUMMARY_FIELDS} } }`;
const SUBMIT = `mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { ${SUMMARY_FIELDS} } }`;
const CASE_SUMMARY = `query ($id: ID!) { case(id: $id) { id caseSummary { ${SUMMARY_FIELDS} } } }`;
const LIST = `query ($status: CaseSummaryStatus) {
  caseSummaries(status: $status, first: 50) { edges { node { ${SUMMARY_FIELDS} } } }
}`;

/** The first error's code and field, to compare in one line. */
function refusal(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): {
  code: unknown;
  field?: unknown;
} {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return extensions['field'] === undefined
    ? { code: extensions['code'] }
    : { code: extensions['code'], field: extensions['field'] };
}

describe('The GP case summary (referral note)', () => {
  let platform: TestPlatform;
  let OPS: Session;
  let ARVIND: Session; // the demo GP, assigned to the demo case
  let SPECIALIST: Session; // Dr Sunanda Iyer, on the demo case's board
  let KAVITA: Session; // the demo patient
  let MEERA: Session & { accountId: string }; // a second GP
  let patient: PatientSideSession;
  let caseId: string; // a fixture case, given to Dr Meera Nair before its consent
  let documentId: string; // a report of that case
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-summary-'));

  const flushAll = async (): Promise<void> => {
    for (const service of Object.values(platform.subgraphs)) await service.events.relay.flush();
  };
  const summaryOf = async (session: Session, id: string) =>
    gql<{ case: { caseSummary: SummaryView | null } }>(platform, session, CASE_SUMMARY, { id });
  const timelineOf = async (id: string): Promise<string[]> => {
    const read = await gql<{ case: { timeline: { eventType: string }[] } }>(
      platform,
      OPS,
      `query ($id: ID!) { case(id: $id) { timeline { eventType } } }`,
      { id },
    );
    return read.data!.case.timeline.map((entry) => entry.eventType);
  };

  /** A GP account made by operations staff, with a password set from the emailed code. */
  async function createGp(email: string, name: string): Promise<Session & { accountId: string }> {
    const created = await gql<{ createStaffAccount: { id: string } }>(
      platform,
      OPS,
      `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { role: 'GP', displayName: name, email } },
    );
    const code = await codeSentTo(platform, email);
    const reset = await postAuth(platform, '/auth/password-reset/confirm', {
      login: email,
      code,
      password: 'a long enough password',
    });
    expect(reset.status).toBe(204);
    return {
      ...(await platform.signIn(email, 'a long enough password')),
      accountId: created.data!.createStaffAccount.id,
    };
  }

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    platform = await startTestPlatform();
    [OPS, ARVIND, SPECIALIST, KAVITA] = await Promise.all([
      platform.as('operations'),
      platform.as('gp'),
      platform.as('specialist'),
      platform.as('patient'),
    ]);
    MEERA = await createGp('meera.nair.gp@consilium.example', 'Dr Meera Nair');

    // A fixture case, submitted but not yet consented, with one report.
    const fixture = loadFixtureCases().find((f) => f.caseRef === 'case-a')!;
    patient = await signUpPatient(
      platform,
      'summary.patient@example.org',
      fixture.patient.fullName,
    );
    await gql(
      platform,
      patient,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      { id: patient.patientId, p: registrationOf(fixture) },
    );
    const started = await gql<{ startCase: { id: string } }>(
      platform,
      patient,
      `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
      { p: patient.patientId, k: crypto.randomUUID() },
    );
    caseId = started.data!.startCase.id;
    await gql(
      platform,
      patient,
      `mutation ($id: ID!, $i: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $i) { id } }`,
      { id: caseId, i: intakeOf(fixture) },
    );
    await gql(platform, patient, `mutation ($id: ID!) { submitCase(caseId: $id) { id } }`, {
      id: caseId,
    });
    const report = (fixture as unknown as { documents: { file: string; kind: string }[] })
      .documents[0]!;
    documentId = await uploadReport(
      platform,
      patient,
      caseId,
      path.basename(report.file),
      fs.readFileSync(path.join(FILES, path.basename(report.file))),
      report.kind,
    );
    await flushAll();
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('lets only operations staff assign a GP, and checks what they send', async () => {
    const input = { caseId, gpAccountId: MEERA.accountId, gpName: 'Dr Meera Nair' };
    for (const someone of [ARVIND, SPECIALIST, patient]) {
      expect(refusal(await gql(platform, someone, ASSIGN, { input }))).toEqual({
        code: 'FORBIDDEN',
      });
    }
    expect(
      refusal(await gql(platform, OPS, ASSIGN, { input: { ...input, gpAccountId: 'meera' } })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.gpAccountId' });
    expect(refusal(await gql(platform, OPS, ASSIGN, { input: { ...input, gpName: ' ' } }))).toEqual(
      { code: 'BAD_USER_INPUT', field: 'input.gpName' },
    );

    const assigned = await gql<{ assignCaseGp: SummaryView }>(platform, OPS, ASSIGN, { input });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignCaseGp).toMatchObject({
      status: 'DRAFT',
      gpAccountId: MEERA.accountId,
      gpName: 'Dr Meera Nair',
      dueAt: null, // not consented yet
      targetAt: null,
      overdue: false,
      case: { id: caseId },
    });
  });

  it('makes the assigned GP a party to the case in every service, and no other GP', async () => {
    await flushAll();
    const read = await gql<{
      case: {
        presentingComplaint: string;
        patient: { fullName: string };
        documents: { id: string }[];
        caseSummary: SummaryView;
      };
    }>(
      platform,
      MEERA,
      `query ($id: ID!) { case(id: $id) {
        presentingComplaint patient { fullName } documents { id } caseSummary { status gpName }
      } }`,
      { id: caseId },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.case.presentingComplaint).toBeTruthy();
    expect(read.data!.case.documents.map((document) => document.id)).toEqual([documentId]);
    expect(read.data!.case.caseSummary).toMatchObject({ status: 'DRAFT', gpName: 'Dr Meera Nair' });
    expect(refusal(await summaryOf(ARVIND, caseId))).toEqual({ code: 'FORBIDDEN' });
    expect(await timelineOf(caseId)).toContain('GpAssigned');
  });

  it('sets the due time 48 hours after the consent that arrives after the assignment', async () => {
    const { consent, notice } = await legalDocumentsInForce(platform);
    const fixture = loadFixtureCases().find((f) => f.caseRef === 'case-a')!;
    const signed = await gql<{ signConsent: { dateTime: string } }>(
      platform,
      patient,
      `mutation ($input: SignConsentInput!) { signConsent(input: $input) { dateTime } }`,
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
    await flushAll();
    const summary = (await summaryOf(MEERA, caseId)).data!.case.caseSummary!;
    const consentedAt = Date.parse(signed.data!.signConsent.dateTime);
    const dueAt = Date.parse(summary.dueAt!);
    expect(Math.abs(dueAt - 48 * HOUR - consentedAt)).toBeLessThan(5000);
    expect(Date.parse(summary.targetAt!)).toBe(dueAt - 24 * HOUR);
    expect(summary.overdue).toBe(false);
  });

  it('lets only the assigned GP write, about this case’s own documents', async () => {
    expect(
      refusal(await gql(platform, ARVIND, SAVE, { input: { caseId, history: 'Not mine.' } })),
    ).toEqual({ code: 'FORBIDDEN' });
    expect(
      refusal(await gql(platform, MEERA, SAVE, { input: { caseId: DEMO_IDS.case, history: 'x' } })),
    ).toEqual({ code: 'FORBIDDEN' });
    expect(refusal(await gql(platform, OPS, SAVE, { input: { caseId, history: 'x' } }))).toEqual({
      code: 'FORBIDDEN',
    });
    const otherCasesReport = await gql(platform, MEERA, SAVE, {
      input: { caseId, relevantDocumentIds: [documentId, DEMO_IDS.documents[0]] },
    });
    expect(refusal(otherCasesReport)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.relevantDocumentIds[1]',
    });
    const emoji = await gql(platform, MEERA, SAVE, {
      input: { caseId, keyFindings: ['ok', '🙂'] },
    });
    expect(refusal(emoji)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.keyFindings[1]' });

    const saved = await gql<{ saveCaseSummary: SummaryView }>(platform, MEERA, SAVE, {
      input: {
        caseId,
        history: 'Swelling of the right knee for three months.\n\nघुटने में सूजन, तीन महीने से।',
        relevantDocumentIds: [documentId, documentId],
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveCaseSummary).toMatchObject({
      status: 'DRAFT',
      history: 'Swelling of the right knee for three months.\n\nघुटने में सूजन, तीन महीने से।',
      relevantDocuments: [{ id: documentId }],
      keyFindings: [],
      pdfUrl: null,
    });
  });

  it('says what submitting still lacks, naming each field', async () => {
    const lacking = await gql(platform, MEERA, SUBMIT, { input: { caseId } });
    expect(refusal(lacking)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.keyFindings' });
    const problems = (lacking.errors![0]!.extensions!['problems'] as { field: string }[]).map(
      (problem) => problem.field,
    );
    expect(problems).toEqual(['input.keyFindings', 'input.questions']);
    expect((await summaryOf(MEERA, caseId)).data!.case.caseSummary!.status).toBe('DRAFT');
  });

  it('lists summaries for operations (drafts by due time, overdue first) and a GP’s own', async () => {
    const all = await gql<{ caseSummaries: { edges: { node: SummaryView }[] } }>(
      platform,
      OPS,
      LIST,
    );
    expect(all.errors).toBeUndefined();
    const nodes = all.data!.caseSummaries.edges.map((edge) => edge.node);
    expect(nodes.map((node) => [node.case.id, node.overdue])).toEqual([
      [DEMO_IDS.case, true], // the demo summary: due 22 Nov 2026, already marked overdue
      [caseId, false],
    ]);
    expect(nodes[0]!.breachedAt).toBeTruthy();
    const mine = await gql<{ caseSummaries: { edges: { node: SummaryView }[] } }>(
      platform,
      MEERA,
      LIST,
    );
    expect(mine.data!.caseSummaries.edges.map((edge) => edge.node.case.id)).toEqual([caseId]);
    expect(refusal(await gql(platform, SPECIALIST, LIST))).toEqual({ code: 'FORBIDDEN' });

    // one at a time, in the same order, through the cursors
    const PAGE = `query ($after: String) { caseSummaries(first: 1, after: $after) {
      edges { node { case { id } } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      caseSummaries: {
        edges: { node: { case: { id: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const one = (await gql<Page>(platform, OPS, PAGE)).data!.caseSummaries;
    const two = (await gql<Page>(platform, OPS, PAGE, { after: one.pageInfo.endCursor })).data!
      .caseSummaries;
    expect([...one.edges, ...two.edges].map((edge) => edge.node.case.id)).toEqual([
      DEMO_IDS.case,
      caseId,
    ]);
    expect([one.pageInfo.hasNextPage, two.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(refusal(await gql(platform, OPS, PAGE, { after: 'bm9wZQ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('keeps a draft from the panel and the patient; operations and its GP read it', async () => {
    expect((await summaryOf(SPECIALIST, DEMO_IDS.case)).data!.case.caseSummary).toBeNull();
    expect((await summaryOf(KAVITA, DEMO_IDS.case)).data!.case.caseSummary).toBeNull();
    expect((await summaryOf(OPS, DEMO_IDS.case)).data!.case.caseSummary!.status).toBe('DRAFT');
    expect((await summaryOf(ARVIND, DEMO_IDS.case)).data!.case.caseSummary!.gpName).toBe(
      'Dr Arvind Rao',
    );
  });

  it('submits the summary, which is then final and published as CaseSummaryReady', async () => {
    const submitted = await gql<{ submitCaseSummary: SummaryView }>(platform, ARVIND, SUBMIT, {
      input: {
        caseId: DEMO_IDS.case,
        keyFindings: [
          'Carcinoma of the left breast, upper outer quadrant (C50.4), after lumpectomy',
          'Levothyroxine 50 mcg daily; allergic to sulfonamides',
        ],
        questions: ['Is adjuvant radiotherapy needed as well as targeted therapy?'],
        relevantDocumentIds: [DEMO_IDS.documents[0], DEMO_IDS.documents[1]],
      },
    });
    expect(submitted.errors).toBeUndefined();
    const summary = submitted.data!.submitCaseSummary;
    expect(summary).toMatchObject({ status: 'FINAL', overdue: false });
    expect(summary.submittedAt).toBeTruthy();
    expect(summary.history).toContain('Kavita Deshpande');
    expect(summary.relevantDocuments.map((document) => document.id)).toEqual([
      ...DEMO_IDS.documents,
    ]);
    await flushAll();
    expect(await timelineOf(DEMO_IDS.case)).toContain('CaseSummaryReady');
  });

  it('never changes a submitted summary, nor gives it to another GP', async () => {
    expect(
      refusal(
        await gql(platform, ARVIND, SAVE, { input: { caseId: DEMO_IDS.case, history: 'x' } }),
      ),
    ).toEqual({ code: 'CONFLICT' });
    expect(
      refusal(await gql(platform, ARVIND, SUBMIT, { input: { caseId: DEMO_IDS.case } })),
    ).toEqual({ code: 'CONFLICT' });
    expect(
      refusal(
        await gql(platform, OPS, ASSIGN, {
          input: { caseId: DEMO_IDS.case, gpAccountId: MEERA.accountId, gpName: 'Dr Meera Nair' },
        }),
      ),
    ).toEqual({ code: 'CONFLICT' });
    const read = (await summaryOf(OPS, DEMO_IDS.case)).data!.case.caseSummary!;
    expect(read.history).toContain('Kavita Deshpande');
    expect(read.gpName).toBe('Dr Arvind Rao');
  });

  it('shows the final summary to the panel’s specialist and the patient, with a PDF', async () => {
    for (const reader of [SPECIALIST, KAVITA]) {
      const read = await summaryOf(reader, DEMO_IDS.case);
      expect(read.errors).toBeUndefined();
      expect(read.data!.case.caseSummary).toMatchObject({
        status: 'FINAL',
        gpName: 'Dr Arvind Rao',
        questions: ['Is adjuvant radiotherapy needed as well as targeted therapy?'],
      });
      expect(read.data!.case.caseSummary!.pdfUrl).toMatch(
        /^\/files\/case-summaries\/[0-9a-f-]{36}\/referral-note\.pdf\?exp=\d+&sig=/,
      );
    }
  });

  it('downloads the PDF through a short-lived signed link that expires', async () => {
    const link = (await summaryOf(SPECIALIST, DEMO_IDS.case)).data!.case.caseSummary!.pdfUrl!;
    const response = await fetch(`${platform.origin}${link}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(pdf);
    for (const expected of [
      'Dr Arvind Rao (GP)',
      'Key findings',
      'Levothyroxine 50 mcg daily',
      'Histopathology report (lumpectomy).pdf',
      'Is adjuvant radiotherapy needed as well as targeted therapy?',
      DEMO_IDS.case,
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(text).toMatch(/मैमोग्राफी/); // the Hindi file name is printed as text

    const tampered = link.replace(/sig=./, (sig) => (sig.endsWith('A') ? 'sig=B' : 'sig=A'));
    expect((await fetch(`${platform.origin}${tampered}`)).status).toBe(403);
    const later = Date.now() + 6 * 60 * 1000;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
    try {
      const expired = await fetch(`${platform.origin}${link}`);
      expect(expired.status).toBe(403);
    } finally {
      clock.mockRestore();
    }
    // A draft has no PDF, and a draft's id does not open one with another summary's signature.
    const draft = (await summaryOf(MEERA, caseId)).data!.case.caseSummary!;
    expect(draft.pdfUrl).toBeNull();
    const forged = link.replace(/case-summaries\/[^/]+\//, `case-summaries/${draft.id}/`);
    expect((await fetch(`${platform.origin}${forged}`)).status).toBe(403);
  });

  it('marks a summary overdue once, through the worker with its own clock, and publishes it', async () => {
    const records = platform.subgraphs.records;
    const draft = (await summaryOf(MEERA, caseId)).data!.case.caseSummary!;
    const dueAt = Date.parse(draft.dueAt!);
    expect(await markOverdueCaseSummaries(records.orm, new Date(dueAt - 60_000))).toBe(0);

    const stop = caseSummaryBreachWatch({ now: () => new Date(dueAt + 60_000), intervalMs: 20 })(
      records.orm,
      createLogger('records'),
    );
    try {
      for (let look = 0; look < 100; look += 1) {
        const read = (await summaryOf(MEERA, caseId)).data!.case.caseSummary!;
        if (read.breachedAt) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // several more looks of the watch, which must not mark it again
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await stop();
    }
    const read = (await summaryOf(MEERA, caseId)).data!.case.caseSummary!;
    expect(Date.parse(read.breachedAt!)).toBe(dueAt + 60_000);
    expect(await markOverdueCaseSummaries(records.orm, new Date(dueAt + HOUR))).toBe(0);

    const published = await records.orm.em
      .fork()
      .find(OutboxEvent, { type: 'CaseSummaryOverdue', caseId });
    expect(published.map((event) => event.payload.data)).toEqual([
      { summaryId: draft.id, gpAccountId: MEERA.accountId, dueAt: new Date(dueAt).toISOString() },
    ]);
    await flushAll();
    expect((await timelineOf(caseId)).filter((type) => type === 'CaseSummaryOverdue')).toHaveLength(
      1,
    );
  });

  it('hands a draft to another GP, who replaces the first everywhere', async () => {
    const reassigned = await gql<{ assignCaseGp: SummaryView }>(platform, OPS, ASSIGN, {
      input: { caseId, gpAccountId: DEMO_IDS.gpAccount, gpName: 'Dr Arvind Rao' },
    });
    expect(reassigned.errors).toBeUndefined();
    expect(reassigned.data!.assignCaseGp).toMatchObject({
      gpName: 'Dr Arvind Rao',
      history: expect.stringContaining('Swelling of the right knee'),
    });
    await flushAll();
    expect(refusal(await summaryOf(MEERA, caseId))).toEqual({ code: 'FORBIDDEN' });
    expect(
      refusal(
        await gql(platform, MEERA, `query ($id: ID!) { case(id: $id) { stage } }`, { id: caseId }),
      ),
    ).toEqual({ code: 'FORBIDDEN' });
    const now = await gql<{ case: { stage: string } }>(
      platform,
      ARVIND,
      `query ($id: ID!) { case(id: $id) { stage } }`,
      { id: caseId },
    );
    expect(now.errors).toBeUndefined();
    expect(refusal(await gql(platform, MEERA, SAVE, { input: { caseId, history: 'x' } }))).toEqual({
      code: 'FORBIDDEN',
    });
  });
});
