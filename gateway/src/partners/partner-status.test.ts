import { AuditEntry, AuditOutcome, DEMO_IDS } from '@consilium/subgraph-kit';
import type { GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { registerPatient } from '../identity/testing/auth-client';
import { gql } from '../intake/intake-test-client';
import { flushEvents } from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { DEMO_PARTNER_CLIENT, partnerSession } from './partner-test-client';

// Issue 10, partner API: a partner sees a case only once the patient's side shared it, then its
// status only (stage, stage changes, panel) and never anything clinical; revoking ends it at
// the partner's next request.

const STATUS = `query ($id: ID!) {
  case(id: $id) {
    id stage submittedAt
    timeline { eventType fromStage toStage occurredAt }
    panel { size members { status specialist { fullName } } }
  }
}`;
const LIST = `{ cases(first: 20) { edges { node { id stage } } } }`;
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

/** Clinical or personal fields of a case (in the subgraph that owns each), and the field refused. */
const CLINICAL_FIELDS: [string, string][] = [
  ['presentingComplaint', 'presentingComplaint'],
  ['conditions { text }', 'conditions'],
  ['questions', 'questions'],
  ['patient { fullName phone }', 'patient'],
  ['documents { id title }', 'documents'],
  ['opinions { id }', 'opinions'],
  ['caseSummary { id }', 'caseSummary'],
  ['quote { amount }', 'quote'],
  ['payments { id }', 'payments'],
  ['appointments { id }', 'appointments'],
  ['contacts { id }', 'contacts'],
  ['infoRequests { id }', 'infoRequests'],
  ['partnerShares { includeReport }', 'partnerShares'],
  ['timeline { actorAccountId }', 'actorAccountId'],
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
    gql<{ case: Record<string, unknown> | null }>(platform, partner, STATUS, {
      id: DEMO_IDS.case,
    });
  const listed = async (): Promise<string[]> => {
    const result = await gql<{ cases: { edges: { node: { id: string } }[] } }>(
      platform,
      partner,
      LIST,
    );
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
    const seen = after.data!.case as {
      stage: string;
      timeline: { eventType: string; toStage: string | null }[];
      panel: { size: number; members: { specialist: { fullName: string } }[] };
    };
    expect(seen.stage).toBe('AWAITING_PAYMENT');
    expect(seen.panel.size).toBe(3);
    expect(seen.panel.members.length).toBeGreaterThan(0);
    expect(seen.panel.members[0]!.specialist.fullName).toMatch(/\w/);
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
    'never gives a partner %s, and logs the refusal of %s',
    async (field, refusedField) => {
      const patient = await platform.as('patient');
      await gql(platform, patient, SHARE, {
        caseId: DEMO_IDS.case,
        partnerId: DEMO_PARTNER_CLIENT.partnerId,
        includeReport: true,
      });
      await flushEvents(platform);
      const result = await gql<{ case: unknown }>(
        platform,
        partner,
        `query ($id: ID!) { case(id: $id) { id ${field} } }`,
        { id: DEMO_IDS.case },
      );
      expect(codes(result)).toContain('FORBIDDEN');
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

  it('lets only the patient’s side share or revoke', async () => {
    const stranger = await registerPatient(platform, 'nikhil.stranger@example.org', 'Nikhil S');
    for (const session of [stranger, partner, await platform.as('specialist')]) {
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
});
