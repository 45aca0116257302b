import { randomUUID } from 'node:crypto';
import { AuditEntry, AuditOutcome, DEMO_IDS, recordEvent } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { registerPatient } from '../identity/testing/auth-client';
import { gql } from '../intake/intake-test-client';
import { flushEvents } from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { loadPartnerSafelist } from './partner-safelist';
import type { SubgraphName } from '../subgraphs/subgraph-urls';
import {
  PartnerCaseReportDocument,
  PartnerCasesDocument,
  PartnerCaseStatusDocument,
} from './client/gql/graphql';
import { DEMO_PARTNER_CLIENT, partnerSession, runPartnerOperation } from './partner-test-client';

// Issue 10, partner API: a partner sees a case only once the patient's side shared it, then its
// status only (stage, stage changes, panel) and never anything clinical; revoking ends it at
// the partner's next request.

const SHARE = `mutation ($caseId: ID!, $partnerId: ID!, $includeReport: Boolean!) {
  shareCaseWithPartner(caseId: $caseId, partnerId: $partnerId, includeReport: $includeReport) {
    caseId includeReport revokedAt organisation { id name }
  }
}`;
const REVOKE = `mutation ($caseId: ID!, $partnerId: ID!) {
  revokePartnerAccess(caseId: $caseId, partnerId: $partnerId) { revokedAt }
}`;
const SHARES = `query ($id: ID!) {
  case(id: $id) {
    partnerShares { includeReport organisation { id name } }
    timeline { eventType actorAccountId }
  }
}`;

/**
 * Clinical or personal fields of a case, the subgraph that owns each (asked directly, past the
 * gateway's safelist), and the field refused.
 */
const CLINICAL_FIELDS: [string, SubgraphName, string][] = [
  ['presentingComplaint', 'patient-intake', 'presentingComplaint'],
  ['conditions { text }', 'patient-intake', 'conditions'],
  ['questions', 'patient-intake', 'questions'],
  ['patient { fullName phone }', 'patient-intake', 'patient'],
  ['partnerShares { includeReport }', 'patient-intake', 'partnerShares'],
  ['timeline { actorAccountId }', 'patient-intake', 'actorAccountId'],
  ['documents { id title }', 'records', 'documents'],
  ['opinions { id }', 'records', 'opinions'],
  ['caseSummary { id }', 'records', 'caseSummary'],
  ['quote { amount }', 'billing', 'quote'],
  ['payments { id }', 'billing', 'payments'],
  ['appointments { id }', 'specialist-matching', 'appointments'],
  ['contacts { id }', 'specialist-matching', 'contacts'],
  ['infoRequests { id }', 'specialist-matching', 'infoRequests'],
];

const codes = (result: GraphQLResponse<unknown>): unknown[] =>
  (result.errors ?? []).map((error) => error.extensions?.['code']);

describe('Partners read the status of cases shared with them', () => {
  let platform: TestPlatform;
  let partner: { authorization: string };

  beforeAll(async () => {
    platform = await startTestPlatform();
    partner = await partnerSession(platform, 'cases:read-status reports:read');
  });
  afterAll(() => platform.stop());

  const readStatus = () =>
    runPartnerOperation(platform, partner, PartnerCaseStatusDocument, { id: DEMO_IDS.case });
  const listed = async (): Promise<string[]> => {
    const result = await runPartnerOperation(platform, partner, PartnerCasesDocument, {
      first: 20,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.cases.edges.map((edge) => edge.node.id);
  };

  it('sees nothing before the patient shares, status after, and nothing once revoked', async () => {
    const before = await readStatus();
    expect(codes(before)).toContain('FORBIDDEN');
    expect(JSON.stringify(before)).not.toContain('AWAITING_PAYMENT');
    expect(await listed()).toEqual([]);

    const patient = await platform.as('patient');
    const organisations = await gql<{ partnerOrganisations: { id: string; name: string }[] }>(
      platform,
      patient,
      '{ partnerOrganisations { id name } }',
    );
    expect(organisations.data?.partnerOrganisations).toContainEqual({
      id: DEMO_PARTNER_CLIENT.partnerId,
      name: expect.stringMatching(/\w/) as string,
    });
    const shared = await gql(platform, patient, SHARE, {
      caseId: DEMO_IDS.case,
      partnerId: DEMO_PARTNER_CLIENT.partnerId,
      includeReport: false,
    });
    expect(shared.errors).toBeUndefined();
    expect(shared.data?.['shareCaseWithPartner']).toMatchObject({
      includeReport: false,
      revokedAt: null,
      organisation: { id: DEMO_PARTNER_CLIENT.partnerId },
    });
    await flushEvents(platform);

    const after = await readStatus();
    expect(after.errors).toBeUndefined();
    const seen = after.data!.case;
    expect(seen.stage).toBe('AWAITING_PAYMENT');
    expect(seen.panel?.size).toBe(3);
    expect(seen.panel?.members.length).toBeGreaterThan(0);
    expect(seen.panel?.members[0]!.specialist.fullName).toMatch(/\w/);
    // the partner sees the stage changes only, not who did what in between
    expect(seen.timeline.every((entry) => entry.toStage !== null)).toBe(true);
    expect(await listed()).toEqual([DEMO_IDS.case]);

    // the patient's side sees who the case is shared with, and the sharing on the timeline
    const ownView = await gql<{
      case: {
        partnerShares: { organisation: { id: string } }[];
        timeline: { eventType: string }[];
      };
    }>(platform, patient, SHARES, { id: DEMO_IDS.case });
    expect(ownView.data?.case.partnerShares.map((share) => share.organisation.id)).toEqual([
      DEMO_PARTNER_CLIENT.partnerId,
    ]);
    expect(ownView.data?.case.timeline.map((entry) => entry.eventType)).toContain(
      'PartnerAccessGranted',
    );

    const revoked = await gql(platform, patient, REVOKE, {
      caseId: DEMO_IDS.case,
      partnerId: DEMO_PARTNER_CLIENT.partnerId,
    });
    expect(revoked.errors).toBeUndefined();
    await flushEvents(platform);
    expect(codes(await readStatus())).toContain('FORBIDDEN');
    expect(await listed()).toEqual([]);
    const afterRevoke = await gql<{ case: { timeline: { eventType: string }[] } }>(
      platform,
      patient,
      SHARES,
      { id: DEMO_IDS.case },
    );
    expect(afterRevoke.data?.case.timeline.map((entry) => entry.eventType)).toContain(
      'PartnerAccessRevoked',
    );
  });

  it.each(CLINICAL_FIELDS)(
    'never gives a partner %s from %s, and logs the refusal of %s',
    async (field, subgraph, refusedField) => {
      const patient = await platform.as('patient');
      await gql(platform, patient, SHARE, {
        caseId: DEMO_IDS.case,
        partnerId: DEMO_PARTNER_CLIENT.partnerId,
        includeReport: true,
      });
      await flushEvents(platform);
      const query =
        subgraph === 'patient-intake'
          ? `query ($id: ID!) { case(id: $id) { id ${field} } }`
          : `query ($id: ID!) { _entities(representations: [{ __typename: "Case", id: $id }]) { ... on Case { id ${field} } } }`;
      const result = await postGraphQL(
        platform.urls[subgraph],
        query,
        { id: DEMO_IDS.case },
        partner,
      );
      expect(codes(result)).toContain('FORBIDDEN');
      expect(result.errors?.[0]?.path).toContain(refusedField);
      const text = JSON.stringify(result);
      for (const secret of ['Kavita', '+9190000', '500000', DEMO_IDS.documents[0]]) {
        expect(text).not.toContain(secret);
      }
      const denied = await Promise.all(
        Object.values(platform.subgraphs).map((service) =>
          service.orm.em.fork().find(AuditEntry, {
            outcome: AuditOutcome.DENIED,
            reason: 'not shown to partner organisations',
          }),
        ),
      );
      expect(denied.flat().some((entry) => entry.fields.includes(refusedField))).toBe(true);
    },
  );

  it('runs only safelisted operations for a partner token; other callers are unaffected', async () => {
    const raw = await gql(platform, partner, '{ cases(first: 5) { edges { node { id } } } }');
    expect(raw.errors?.[0]).toMatchObject({
      extensions: { code: 'OPERATION_NOT_SAFELISTED' },
      message: expect.stringContaining('docs/partners.md') as string,
    });
    expect(raw.data).toBeUndefined();
    const unknownHash = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: partner.authorization },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
      }),
    });
    expect(unknownHash.status).toBe(400);
    expect(await unknownHash.json()).toMatchObject({
      errors: [{ extensions: { code: 'OPERATION_NOT_SAFELISTED' } }],
    });
    // the exact safelisted document may be sent as text too
    const asText = await gql(
      platform,
      partner,
      loadPartnerSafelist().get(PartnerCasesDocument.__meta__!.hash!.slice(7))!,
      { first: 5 },
    );
    expect(asText.errors).toBeUndefined();
    const patient = await gql(
      platform,
      await platform.as('patient'),
      '{ cases(first: 5) { edges { node { id } } } }',
    );
    expect(patient.errors).toBeUndefined();
  });

  it('lets only the patient’s side share or revoke', async () => {
    const stranger = await registerPatient(platform, 'nikhil.stranger@example.org', 'Nikhil S');
    for (const session of [stranger, await platform.as('specialist')]) {
      const result = await gql(platform, session, SHARE, {
        caseId: DEMO_IDS.case,
        partnerId: DEMO_PARTNER_CLIENT.partnerId,
        includeReport: true,
      });
      expect(codes(result)).toContain('FORBIDDEN');
    }
    const malformed = await gql(platform, await platform.as('patient'), SHARE, {
      caseId: DEMO_IDS.case,
      partnerId: 'star-health',
      includeReport: true,
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partnerId',
    });
  });
  // last: it delivers the demo case's report
  it('gives the delivered report only with reports:read and the patient’s permission', async () => {
    const patient = await platform.as('patient');
    const share = async (includeReport: boolean): Promise<void> => {
      const result = await gql(platform, patient, SHARE, {
        caseId: DEMO_IDS.case,
        partnerId: DEMO_PARTNER_CLIENT.partnerId,
        includeReport,
      });
      expect(result.errors).toBeUndefined();
      await flushEvents(platform);
    };
    const readReport = (session = partner) =>
      runPartnerOperation(platform, session, PartnerCaseReportDocument, { id: DEMO_IDS.case });

    await share(false);
    const notAllowed = await readReport();
    expect(codes(notAllowed)).toEqual(['FORBIDDEN']);
    expect(notAllowed.errors?.[0]?.message).toContain('reports:read');

    await share(true);
    expect((await readReport()).data?.case.partnerReport).toBeNull(); // not delivered yet
    // no service delivers reports yet: the event is injected (records learns it like any other)
    await platform.subgraphs['specialist-matching'].orm.em.fork().transactional(async (em) => {
      recordEvent(em, {
        type: 'ReportDelivered',
        caseId: DEMO_IDS.case,
        patientId: DEMO_IDS.patient,
        data: { reportId: randomUUID() },
      });
    });
    await flushEvents(platform);
    const delivered = await readReport();
    expect(delivered.errors).toBeUndefined();
    const link = delivered.data!.case.partnerReport!.downloadUrl;
    expect(link).toMatch(/^\/files\/cases\/.+\/report\.pdf\?/);
    const pdf = await fetch(`${platform.origin}${link}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const tampered = await fetch(
      `${platform.origin}${link.replace(/sig=./, (sig) => (sig.endsWith('0') ? 'sig=1' : 'sig=0'))}`,
    );
    expect(tampered.status).toBe(403);

    const statusOnly = await partnerSession(platform, 'cases:read-status');
    expect(codes(await readReport(statusOnly))).toEqual(['FORBIDDEN']);
    await share(false);
    expect(codes(await readReport())).toEqual(['FORBIDDEN']);
    await gql(platform, patient, REVOKE, {
      caseId: DEMO_IDS.case,
      partnerId: DEMO_PARTNER_CLIENT.partnerId,
    });
    await flushEvents(platform);
    expect(codes(await readReport())).toEqual(['FORBIDDEN']);
  });
});
