import { extractText } from '../../../services/patient-intake/src/consent/pdf/pdf-text';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { intakeOf, loadFixtureCases, registrationOf, type FixtureCase } from './fixture-cases';
import {
  drawnSignature,
  gql,
  legalDocumentsInForce,
  signUpPatient,
  signUpProxyWithDependent,
  type PatientSideSession,
} from './intake-test-client';

// Issue 6, must show: each fixture case entered through the API reaching CONSENTED; every
// registration/history/consent row of bad-inputs.json answered as expected; the consent PDF's
// printed hash equals the stored hash.

const REGISTER = `mutation ($patientId: ID!, $patient: PatientRegistrationInput!) {
  registerPatient(patientId: $patientId, patient: $patient) {
    id fullName phone birthDate age identifier { type value } guardian { fullName relationship }
  }
}`;
const START = `mutation ($patientId: ID!, $key: ID!) { startCase(patientId: $patientId, idempotencyKey: $key) { id stage } }`;
const SAVE = `mutation ($caseId: ID!, $intake: CaseIntakeInput!) {
  saveCaseIntake(caseId: $caseId, intake: $intake) {
    id presentingComplaint questions allergies { substance severity } noKnownAllergies
    intakeProblems { field rule }
  }
}`;
const SUBMIT = `mutation ($caseId: ID!) { submitCase(caseId: $caseId) { id stage submittedAt needsConsent } }`;
const SIGN = `mutation ($input: SignConsentInput!) {
  signConsent(input: $input) {
    id status signerName signerRelationship ipAddress userAgent
    document { version sha256 } privacyNotice { version } isCurrent
  }
}`;
const CASE = `query ($id: ID!) {
  case(id: $id) {
    stage needsConsent questions symptoms { description severity }
    consent { status signerRelationship document { version sha256 } isCurrent }
    timeline { eventType fromStage toStage actorAccountId actingForPatientId }
  }
}`;

/** A case as CASE reads it. */
interface CaseView {
  stage: string;
  needsConsent: boolean;
  questions: string[];
  consent: Record<string, unknown> | null;
  timeline: { eventType: string; toStage: string | null }[];
}

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const errorOf = (errors: Errors) => errors?.[0] ?? { message: '', extensions: {} };

describe('Patient intake and e-consent through the gateway', () => {
  let platform: TestPlatform;
  const fixtures = loadFixtureCases();
  const consented: { fixture: FixtureCase; session: PatientSideSession; caseId: string }[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform?.stop();
  });

  /** Signs consent for a case with the documents in force. */
  async function sign(session: PatientSideSession, caseId: string, name: string) {
    const { consent, notice } = await legalDocumentsInForce(platform);
    return gql<{ signConsent: Record<string, unknown> }>(platform, session, SIGN, {
      input: {
        caseId,
        documentVersion: consent.version,
        documentSha256: consent.sha256,
        privacyNoticeVersion: notice.version,
        privacyNoticeSha256: notice.sha256,
        typedFullName: name,
        signatureImage: drawnSignature(),
        agreed: true,
      },
    });
  }

  /** Registers, takes the history in two saves, submits: the case is SUBMITTED. */
  async function submitFixture(fixture: FixtureCase, session: PatientSideSession) {
    const registered = await gql(platform, session, REGISTER, {
      patientId: session.patientId,
      patient: registrationOf(fixture),
    });
    expect(registered.errors).toBeUndefined();
    const started = await gql<{ startCase: { id: string; stage: string } }>(
      platform,
      session,
      START,
      { patientId: session.patientId, key: crypto.randomUUID() },
    );
    const caseId = started.data!.startCase.id;
    expect(started.data!.startCase.stage).toBe('DRAFT');
    const intake = intakeOf(fixture);
    const { presentingComplaint, symptoms, ...rest } = intake;
    const first = await gql<{ saveCaseIntake: { intakeProblems: { field: string }[] } }>(
      platform,
      session,
      SAVE,
      { caseId, intake: { presentingComplaint, symptoms } },
    );
    expect(first.data!.saveCaseIntake.intakeProblems.map((p) => p.field)).toContain('questions');
    const second = await gql<{ saveCaseIntake: { intakeProblems: unknown[] } }>(
      platform,
      session,
      SAVE,
      { caseId, intake: rest },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.saveCaseIntake.intakeProblems).toEqual([]);
    const submitted = await gql<{ submitCase: { stage: string; needsConsent: boolean } }>(
      platform,
      session,
      SUBMIT,
      { caseId },
    );
    expect(submitted.data!.submitCase).toMatchObject({ stage: 'SUBMITTED', needsConsent: true });
    return caseId;
  }

  it.each(loadFixtureCases().map((fixture) => [fixture.caseRef, fixture] as const))(
    'takes %s from registration to CONSENTED, recording who acted for whom',
    async (_ref, fixture) => {
      const session =
        fixture.submittedBy === 'PROXY'
          ? await signUpProxyWithDependent(
              platform,
              fixture.proxy!.email,
              fixture.proxy!.fullName,
              fixture.patient.fullName,
              fixture.proxy!.relationship,
            )
          : await signUpPatient(platform, fixture.patient.email!, fixture.patient.fullName);
      const caseId = await submitFixture(fixture, session);
      const signer = fixture.proxy?.fullName ?? fixture.patient.fullName;
      const signed = await sign(session, caseId, signer);
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signConsent).toMatchObject({
        status: 'ACTIVE',
        signerName: signer,
        signerRelationship: fixture.proxy?.relationship ?? 'SELF',
        isCurrent: true,
      });
      expect(signed.data!.signConsent['ipAddress']).toBeTruthy();

      const read = await gql<{ case: CaseView }>(platform, session, CASE, {
        id: caseId,
      });
      expect(read.data!.case).toMatchObject({ stage: 'CONSENTED', needsConsent: false });
      expect(read.data!.case.questions).toEqual(fixture.questions);
      const moves = read.data!.case.timeline.filter((entry) => entry.toStage);
      expect(moves).toEqual([
        expect.objectContaining({
          eventType: 'CaseSubmitted',
          fromStage: 'DRAFT',
          toStage: 'SUBMITTED',
          actorAccountId: session.accountId,
          actingForPatientId: session.patientId,
        }),
        expect.objectContaining({ eventType: 'CaseConsented', toStage: 'CONSENTED' }),
      ]);
      consented.push({ fixture, session, caseId });
    },
  );

  describe('completeness table', () => {
    const REQUIRED = `query ($id: ID!) { case(id: $id) { requiredReports { documentKind titleEn because } } }`;
    const required = async (ref: string) => {
      const { session, caseId } = consented.find((entry) => entry.fixture.caseRef === ref)!;
      const read = await gql<{
        case: { requiredReports: { documentKind: string; titleEn: string; because: string }[] };
      }>(platform, session, REQUIRED, { id: caseId });
      return read.data!.case.requiredReports;
    };

    it('lists the reports a case usually needs, and why', async () => {
      expect(await required('case-a')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            documentKind: 'PATHOLOGY_REPORT',
            because: expect.stringContaining('C50.4'),
          }),
          expect.objectContaining({ documentKind: 'IMAGING_REPORT' }),
        ]),
      );
      expect((await required('case-b')).map((r) => r.titleEn)).toContain('MRI report of the spine');
      const ckd = await required('case-d');
      expect(ckd.map((r) => r.documentKind)).toEqual(
        expect.arrayContaining(['LAB_REPORT', 'OTHER']),
      );
      expect(ckd.find((r) => r.documentKind === 'OTHER')!.because).toBe(
        'PAYER_OR_EMPLOYER_REQUIREMENT',
      );
    });

    it('is edited by operations staff only, with clear errors, and a retired row no longer applies', async () => {
      const ops = await platform.as('operations');
      const SAVE_ROW = `mutation ($input: ReportRequirementInput!) { saveReportRequirement(input: $input) { id active } }`;
      const row = {
        conditionCodes: ['M51.1'],
        conditionKeywords: [],
        reasons: [],
        documentKind: 'PRESCRIPTION',
        titleEn: 'Current prescriptions for pain',
        titleHi: 'दर्द की वर्तमान दवा पर्चियाँ',
      };
      const patient = consented.find((entry) => entry.fixture.caseRef === 'case-b')!.session;
      const refused = await gql(platform, patient, SAVE_ROW, { input: row });
      expect(errorOf(refused.errors).extensions?.['code']).toBe('FORBIDDEN');
      const bad = await gql(platform, ops, SAVE_ROW, {
        input: { ...row, conditionCodes: ['XYZ'] },
      });
      expect(errorOf(bad.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.conditionCodes',
      });
      const saved = await gql<{ saveReportRequirement: { id: string } }>(platform, ops, SAVE_ROW, {
        input: row,
      });
      expect((await required('case-b')).map((r) => r.titleEn)).toContain(
        'Current prescriptions for pain',
      );
      await gql(
        platform,
        ops,
        `mutation ($id: ID!) { retireReportRequirement(id: $id) { active } }`,
        {
          id: saved.data!.saveReportRequirement.id,
        },
      );
      expect((await required('case-b')).map((r) => r.titleEn)).not.toContain(
        'Current prescriptions for pain',
      );
    });

    it('reads the kinds of the uploaded reports from records, to show what is present', async () => {
      const kavita = await platform.as('patient');
      const read = await gql<{
        case: { documents: { kind: string }[]; requiredReports: { documentKind: string }[] };
      }>(
        platform,
        kavita,
        `query ($id: ID!) { case(id: $id) { documents { kind } requiredReports { documentKind } } }`,
        { id: DEMO_IDS.case },
      );
      expect(read.data!.case.documents.map((d) => d.kind).sort()).toEqual([
        'IMAGING_REPORT',
        'PATHOLOGY_REPORT',
      ]);
    });
  });

  describe('found by a new user trying to break it', () => {
    it('refuses a signature typed in someone else’s name, NUL characters and impossible dates, naming the field', async () => {
      const { session, caseId, fixture } = consented.find(
        (entry) => entry.fixture.caseRef === 'case-c',
      )!;
      // The mother typed her child's name: refused before anything else is checked.
      const wrongName = await sign(session, caseId, fixture.patient.fullName);
      expect(errorOf(wrongName.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.typedFullName',
      });
      const nul = await gql(
        platform,
        session,
        `mutation ($caseId: ID!, $reason: String) { withdrawConsent(caseId: $caseId, reason: $reason) { status } }`,
        {
          caseId,
          reason: 'bad\u0000reason',
        },
      );
      expect(errorOf(nul.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      const impossible = await gql(platform, session, REGISTER, {
        patientId: session.patientId,
        patient: { ...registrationOf(fixture), birthDate: '2026-02-30' },
      });
      expect(errorOf(impossible.errors).extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(errorOf(impossible.errors).message).toContain('patient.birthDate');
    });

    it('keeps consent texts to a size that renders quickly, and versions in sequence', async () => {
      const ops = await platform.as('operations');
      const PUBLISH = `mutation ($input: PublishLegalDocumentInput!) { publishLegalDocument(input: $input) { version } }`;
      const texts = { titleEn: 'Notice', bodyEn: 'Text.', titleHi: 'सूचना', bodyHi: 'पाठ।' };
      const huge = await gql(platform, ops, PUBLISH, {
        input: { kind: 'PRIVACY_NOTICE', version: 'v9', ...texts, bodyEn: 'x'.repeat(900_000) },
      });
      expect(errorOf(huge.errors).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const skipped = await gql(platform, ops, PUBLISH, {
        input: { kind: 'CONSENT', version: 'v9', ...texts },
      });
      expect(errorOf(skipped.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.version',
      });
    });
  });

  describe('registration rows of bad-inputs.json', () => {
    const base = { birthDate: '1979-11-03', gender: 'MALE' };

    it.each([
      ['reg-name-devanagari', 'सुनीता देवी शर्मा'],
      ['reg-name-tamil', 'கார்த்திகேயன் சுப்ரமணியம்'],
      ['reg-name-apostrophe-hyphen', "Mary-Ann D'Souza"],
      ['reg-name-apostrophe-hyphen (typographic)', 'Mary-Ann D’Souza'],
    ])('%s: stores and returns the name exactly', async (ref, fullName) => {
      const session = await signUpPatient(
        platform,
        `${ref.replace(/\W/g, '')}@example.org`,
        fullName,
      );
      const result = await gql<{ registerPatient: { fullName: string } }>(
        platform,
        session,
        REGISTER,
        {
          patientId: session.patientId,
          patient: { ...base, fullName, phone: '+919000002001' },
        },
      );
      expect(result.data!.registerPatient.fullName).toBe(fullName);
      expect(JSON.stringify(result)).not.toContain('&#39;');
    });

    it('reg-phone-national-format: stores 098682 27853 as +919868227853', async () => {
      const session = await signUpPatient(
        platform,
        'ravi.prasad@example.org',
        'Ravi Shankar Prasad',
      );
      const result = await gql<{ registerPatient: { phone: string } }>(
        platform,
        session,
        REGISTER,
        {
          patientId: session.patientId,
          patient: {
            fullName: 'Ravi Shankar Prasad',
            phone: '098682 27853',
            birthDate: '1975-06-30',
            gender: 'MALE',
          },
        },
      );
      expect(result.data!.registerPatient.phone).toBe('+919868227853');
    });

    it('keeps an Aadhaar number masked, and keeps it when an update leaves it out', async () => {
      const session = await signUpPatient(platform, 'meera.nair@example.org', 'Meera Nair');
      const patient = {
        fullName: 'Meera Nair',
        birthDate: '1984-02-11',
        gender: 'FEMALE',
        phone: '+919000002011',
        identifier: { type: 'AADHAAR', value: '2345 6789 0124' },
      };
      const first = await gql<{ registerPatient: { identifier: unknown } }>(
        platform,
        session,
        REGISTER,
        {
          patientId: session.patientId,
          patient,
        },
      );
      expect(first.data!.registerPatient.identifier).toEqual({
        type: 'AADHAAR',
        value: 'XXXX XXXX 0124',
      });
      const { identifier: _left, ...update } = patient;
      const second = await gql<{ registerPatient: { identifier: unknown; phone: string } }>(
        platform,
        session,
        REGISTER,
        {
          patientId: session.patientId,
          patient: { ...update, phone: '98682 27853' },
        },
      );
      expect(second.data!.registerPatient).toEqual(
        expect.objectContaining({
          phone: '+919868227853',
          identifier: { type: 'AADHAAR', value: 'XXXX XXXX 0124' },
        }),
      );
    });

    it('reg-phone-nine-digits, reg-dob-in-future: refused naming the field and the rule; nothing created', async () => {
      const session = await signUpPatient(platform, 'sneha.kapoor@example.org', 'Sneha Kapoor');
      const short = await gql(platform, session, REGISTER, {
        patientId: session.patientId,
        patient: {
          fullName: 'Ravi Shankar Prasad',
          phone: '98682 2785',
          birthDate: '1975-06-30',
          gender: 'MALE',
        },
      });
      expect(errorOf(short.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'patient.phone',
      });
      expect(errorOf(short.errors).message).toContain('10 digits (9 were entered)');
      const future = await gql(platform, session, REGISTER, {
        patientId: session.patientId,
        patient: {
          fullName: 'Sneha Kapoor',
          birthDate: '2027-01-15',
          gender: 'FEMALE',
          phone: '+919000002004',
        },
      });
      expect(errorOf(future.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'patient.birthDate',
      });
      expect(errorOf(future.errors).message).toContain('Date of birth cannot be in the future.');
      const read = await gql(platform, session, `query ($id: ID!) { patient(id: $id) { id } }`, {
        id: session.patientId,
      });
      expect(errorOf(read.errors).extensions?.['code']).toBe('NOT_FOUND');
    });

    it('reg-minor-without-guardian: refused for the 16-year-old; accepted from a guardian proxy', async () => {
      const arnav = {
        fullName: 'Arnav Joshi',
        birthDate: '2010-03-12',
        gender: 'MALE',
        phone: '+919000002005',
        email: 'arnav.joshi@example.com',
      };
      const self = await signUpPatient(platform, 'arnav.joshi@example.com', 'Arnav Joshi');
      const refused = await gql(platform, self, REGISTER, {
        patientId: self.patientId,
        patient: arnav,
      });
      expect(errorOf(refused.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'proxy',
      });
      expect(errorOf(refused.errors).message).toContain(
        'The patient is 16; a parent or legal guardian must register and act for a patient under 18.',
      );
      const father = await signUpProxyWithDependent(
        platform,
        'vikram.joshi@example.com',
        'Vikram Joshi',
        'Arnav Joshi',
        'FATHER',
      );
      const accepted = await gql<{ registerPatient: { age: number; guardian: unknown } }>(
        platform,
        father,
        REGISTER,
        {
          patientId: father.patientId,
          patient: { ...arnav, guardian: { fullName: 'Vikram Joshi', relationship: 'FATHER' } },
        },
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.registerPatient).toMatchObject({
        age: 16,
        guardian: { fullName: 'Vikram Joshi', relationship: 'FATHER' },
      });
    });
  });

  describe('history rows of bad-inputs.json', () => {
    let session: PatientSideSession;
    let caseId: string;

    beforeAll(async () => {
      session = await signUpPatient(platform, 'history.rows@example.org', 'Rohit Malhotra');
      await gql(platform, session, REGISTER, {
        patientId: session.patientId,
        patient: {
          fullName: 'Rohit Malhotra',
          birthDate: '1988-07-22',
          gender: 'MALE',
          phone: '+919000001202',
        },
      });
      const started = await gql<{ startCase: { id: string } }>(platform, session, START, {
        patientId: session.patientId,
        key: crypto.randomUUID(),
      });
      caseId = started.data!.startCase.id;
      await gql(platform, session, SAVE, {
        caseId,
        intake: { presentingComplaint: 'Low back pain' },
      });
    });

    it('history-symptom-description-20000-chars: states the maximum and the length; nothing half-written', async () => {
      const result = await gql(platform, session, SAVE, {
        caseId,
        intake: {
          presentingComplaint: 'Changed in the same save',
          symptoms: [
            {
              description: 'Pain in lower back. '.repeat(1000),
              onsetDate: '2026-09-20',
              severity: 6,
            },
          ],
        },
      });
      expect(errorOf(result.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'intake.symptoms[0].description',
      });
      expect(errorOf(result.errors).message).toContain(
        'At most 4,000 characters (20,000 were entered)',
      );
      const read = await gql<{ case: { symptoms: unknown[] } }>(
        platform,
        session,
        `query ($id: ID!) { case(id: $id) { presentingComplaint symptoms { description } } }`,
        { id: caseId },
      );
      expect(read.data!.case).toEqual({ presentingComplaint: 'Low back pain', symptoms: [] });
    });

    it('history-allergy-severity-11: names MILD, MODERATE, SEVERE; no allergy saved', async () => {
      const result = await gql(platform, session, SAVE, {
        caseId,
        intake: { allergies: [{ substance: 'Peanut', reaction: 'Lip swelling', severity: 11 }] },
      });
      expect(errorOf(result.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'intake.allergies[0].severity',
      });
      expect(errorOf(result.errors).message).toContain('MILD, MODERATE, SEVERE');
      const read = await gql<{ case: { allergies: unknown[] } }>(
        platform,
        session,
        `query ($id: ID!) { case(id: $id) { allergies { substance } } }`,
        { id: caseId },
      );
      expect(read.data!.case.allergies).toEqual([]);
    });

    it('refuses to submit an incomplete case, listing what is missing', async () => {
      const result = await gql(platform, session, SUBMIT, { caseId });
      const problems = errorOf(result.errors).extensions?.['problems'] as { field: string }[];
      expect(problems.map((problem) => problem.field)).toEqual(
        expect.arrayContaining([
          'allergies',
          'reasonForSecondOpinion',
          'questions',
          'patient.address',
          'patient.identifier',
        ]),
      );
    });
  });

  describe('consent', () => {
    it('serves the consent PDF with the stored hash printed on it', async () => {
      const { consent } = await legalDocumentsInForce(platform);
      const response = await fetch(`${platform.origin}${consent.pdfPath}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      const { text } = await extractText(pdf);
      const printed = [...text.matchAll(/SHA-256\s+([0-9a-f]{64})/g)].map((match) => match[1]);
      expect(printed.length).toBeGreaterThan(0);
      expect(new Set(printed)).toEqual(new Set([consent.sha256]));
      expect((await fetch(`${platform.origin}/legal-documents/consent/v99.pdf`)).status).toBe(404);
    });

    it('consent-by-proxy-after-authorisation-revoked: FORBIDDEN with the date; nothing recorded; audited', async () => {
      const fixture = fixtures.find((f) => f.caseRef === 'case-d')!;
      const son = await signUpProxyWithDependent(
        platform,
        'abhishek.s@example.org',
        'Abhishek Srivastava',
        fixture.patient.fullName,
        'SON',
      );
      const caseId = await submitFixture(fixture, son);
      const ops = await platform.as('operations');
      const grants = await gql<{ proxyAuthorizations: { id: string; patientId: string }[] }>(
        platform,
        ops,
        `{ proxyAuthorizations { id patientId } }`,
      );
      const grant = grants.data!.proxyAuthorizations.find((g) => g.patientId === son.patientId)!;
      const revoked = await gql(
        platform,
        ops,
        `mutation ($id: ID!) { revokeProxyAuthorization(id: $id) { revokedAt } }`,
        { id: grant.id },
      );
      expect(revoked.errors).toBeUndefined();
      // The son's next session no longer carries the patient; patient-intake learns of the
      // revocation by event and says when it happened.
      const fresh = await platform.signIn('abhishek.s@example.org', 'a long enough password');
      const day = new Intl.DateTimeFormat('en-IN', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'Asia/Kolkata',
      }).format(new Date());
      let answer = await sign({ ...son, ...fresh }, caseId, 'Abhishek Srivastava');
      for (let i = 0; i < 50 && !errorOf(answer.errors).message.includes('withdrawn'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await sign({ ...son, ...fresh }, caseId, 'Abhishek Srivastava');
      }
      expect(errorOf(answer.errors).extensions?.['code']).toBe('FORBIDDEN');
      expect(errorOf(answer.errors).message).toBe(
        `Your authorisation to act for ${fixture.patient.fullName} was withdrawn on ${day}.`,
      );
      const read = await gql<{ case: { stage: string; consent: unknown } }>(platform, ops, CASE, {
        id: caseId,
      });
      expect(read.data!.case).toMatchObject({ stage: 'SUBMITTED', consent: null });
      const audit = await gql<{
        patientIntakeAuditLog: { edges: { node: { outcome: string; accountId: string } }[] };
      }>(
        platform,
        ops,
        `query ($filter: AuditLogFilter) { patientIntakeAuditLog(filter: $filter) { edges { node { outcome accountId objectType } } } }`,
        { filter: { caseId, outcome: 'DENIED' } },
      );
      expect(audit.data!.patientIntakeAuditLog.edges.map((edge) => edge.node)).toContainEqual(
        expect.objectContaining({ accountId: son.accountId, objectType: 'Consent' }),
      );
    });

    it('withdrawing consent cancels the case; withdrawing twice is a CONFLICT', async () => {
      const { session, caseId } = consented.find((entry) => entry.fixture.caseRef === 'case-e')!;
      const withdrawn = await gql<{ withdrawConsent: { status: string } }>(
        platform,
        session,
        `mutation ($caseId: ID!) { withdrawConsent(caseId: $caseId, reason: "We chose a local hospital") { status withdrawnAt withdrawalReason } }`,
        { caseId },
      );
      expect(withdrawn.data!.withdrawConsent).toMatchObject({ status: 'INACTIVE' });
      const read = await gql<{ case: { stage: string } }>(platform, session, CASE, { id: caseId });
      expect(read.data!.case.stage).toBe('CANCELLED');
      const again = await gql(
        platform,
        session,
        `mutation ($caseId: ID!) { withdrawConsent(caseId: $caseId) { status } }`,
        { caseId },
      );
      expect(errorOf(again.errors).extensions?.['code']).toBe('CONFLICT');
    });

    it('consent-outdated-document-version: a new version asks for re-consent; old signatures keep their version', async () => {
      const { session, caseId, fixture } = consented.find(
        (entry) => entry.fixture.caseRef === 'case-a',
      )!;
      const before = await legalDocumentsInForce(platform);
      const ops = await platform.as('operations');
      const published = await gql<{ publishLegalDocument: { version: string; sha256: string } }>(
        platform,
        ops,
        `mutation ($input: PublishLegalDocumentInput!) { publishLegalDocument(input: $input) { version sha256 } }`,
        {
          input: {
            kind: 'CONSENT',
            version: 'v2',
            titleEn: 'Consent, revised',
            bodyEn: 'Revised text.',
            titleHi: 'संशोधित सहमति',
            bodyHi: 'संशोधित पाठ।',
          },
        },
      );
      expect(published.data!.publishLegalDocument.version).toBe('v2');

      const read = await gql<{ case: CaseView }>(platform, session, CASE, {
        id: caseId,
      });
      expect(read.data!.case).toMatchObject({
        needsConsent: true,
        consent: { isCurrent: false, document: { version: 'v1', sha256: before.consent.sha256 } },
      });
      const stale = await gql(platform, session, SIGN, {
        input: {
          caseId,
          documentVersion: before.consent.version,
          documentSha256: before.consent.sha256,
          privacyNoticeVersion: before.notice.version,
          privacyNoticeSha256: before.notice.sha256,
          typedFullName: fixture.patient.fullName,
          signatureImage: drawnSignature(),
          agreed: true,
        },
      });
      expect(errorOf(stale.errors).extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'documentVersion',
      });
      expect(errorOf(stale.errors).message).toBe(
        'The consent form has been updated; please read and accept the current version (v2).',
      );
      const again = await sign(session, caseId, fixture.patient.fullName);
      expect(again.data!.signConsent).toMatchObject({
        document: { version: 'v2' },
        isCurrent: true,
      });
      const after = await gql<{ case: CaseView }>(platform, session, CASE, {
        id: caseId,
      });
      expect(after.data!.case).toMatchObject({ stage: 'CONSENTED', needsConsent: false });
    });

    it('asks for consent again after a new privacy notice; versions take effect in order', async () => {
      const { session, caseId, fixture } = consented.find(
        (entry) => entry.fixture.caseRef === 'case-a',
      )!;
      const ops = await platform.as('operations');
      const PUBLISH = `mutation ($input: PublishLegalDocumentInput!) { publishLegalDocument(input: $input) { version } }`;
      const texts = {
        titleEn: 'Privacy notice, revised',
        bodyEn: 'Revised.',
        titleHi: 'संशोधित सूचना',
        bodyHi: 'संशोधित।',
      };
      const now = await gql(platform, ops, PUBLISH, {
        input: { kind: 'PRIVACY_NOTICE', version: 'v2', ...texts },
      });
      expect(now.errors).toBeUndefined();
      // case-a was signed again on consent v2 with notice v1: only the notice is new.
      const read = await gql<{ case: CaseView }>(platform, session, CASE, { id: caseId });
      expect(read.data!.case).toMatchObject({ needsConsent: true, consent: { isCurrent: false } });
      const signed = await sign(session, caseId, fixture.patient.fullName);
      expect(signed.data!.signConsent).toMatchObject({
        privacyNotice: { version: 'v2' },
        isCurrent: true,
      });

      const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
      const tomorrow = await gql(platform, ops, PUBLISH, {
        input: { kind: 'PRIVACY_NOTICE', version: 'v3', effectiveFrom: hours(24), ...texts },
      });
      expect(tomorrow.errors).toBeUndefined();
      const earlier = await gql(platform, ops, PUBLISH, {
        input: { kind: 'PRIVACY_NOTICE', version: 'v4', effectiveFrom: hours(1), ...texts },
      });
      expect(errorOf(earlier.errors).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.effectiveFrom',
      });
      // v3 is only scheduled: v2 stays in force and nobody is asked again yet.
      expect((await legalDocumentsInForce(platform)).notice.version).toBe('v2');
      const after = await gql<{ case: CaseView }>(platform, session, CASE, { id: caseId });
      expect(after.data!.case.needsConsent).toBe(false);
    });
  });
});
