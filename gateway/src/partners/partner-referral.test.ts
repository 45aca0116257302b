import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { CaseReferral } from '@consilium/patient-intake/src/referral/case-referral.entity';
import { registerPatient } from '../identity/testing/auth-client';
import { gql } from '../intake/intake-test-client';
import { flushEvents } from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  PartnerCaseStatusDocument,
  ReferCaseDocument,
  type ReferCaseInput,
} from './client/gql/graphql';
import { partnerSession, runPartnerOperation } from './partner-test-client';

// Issue 10, partner API: a partner refers a patient; one draft case per idempotency key, shared
// with the partner for its status; the patient is invited (the admin Mailbox), signs up with
// that email and claims the draft, which then appears among their cases to complete.

const MAILBOX = `{ devMailbox(first: 20) { recipient subject body caseId } }`;
const MY_CASES = `{ cases(first: 20) { edges { node { id stage patient { id fullName } } } } }`;
const CLAIM = `mutation ($code: String!) { claimReferral(code: $code) { id stage } }`;
const ERASE = `mutation ($input: RequestErasureInput!) { requestErasure(input: $input) { id } }`;
const CONFIRM_ERASURE = `mutation ($id: ID!) { confirmErasureRequest(id: $id) { id status } }`;

const codes = (result: GraphQLResponse<unknown>): unknown[] =>
  (result.errors ?? []).map((error) => error.extensions?.['code']);

describe('Partners refer patients', () => {
  let platform: TestPlatform;
  let partner: { authorization: string };

  const referral = (overrides: Partial<ReferCaseInput> = {}): ReferCaseInput => ({
    idempotencyKey: randomUUID(),
    fullName: 'Sunil Mehta',
    birthDate: '1971-04-12',
    gender: 'MALE',
    email: 'sunil.mehta@example.org',
    phone: '098682 27853',
    preferredLanguage: 'en',
    referralNote: 'Advised bypass surgery; the policy asks for a second opinion first.',
    ...overrides,
  });
  const refer = (input: ReferCaseInput, session = partner) =>
    runPartnerOperation(platform, session, ReferCaseDocument, { input });

  beforeAll(async () => {
    platform = await startTestPlatform();
    partner = await partnerSession(platform, 'cases:refer cases:read-status');
  });
  afterAll(() => platform.stop());

  it('makes one draft case per idempotency key, invites the patient, who claims it', async () => {
    const input = referral();
    const [first, retried] = await Promise.all([refer(input), refer(input)]);
    expect(first.errors).toBeUndefined();
    expect(retried.errors).toBeUndefined();
    const made = first.data!.referCase;
    expect(retried.data!.referCase).toEqual(made);
    expect(made).toMatchObject({
      invitationSentTo: 'sunil.mehta@example.org',
      case: { stage: 'DRAFT' },
    });
    const again = await refer(input);
    expect(again.data?.referCase.case.id).toBe(made.case.id);

    await flushEvents(platform);
    const status = await runPartnerOperation(platform, partner, PartnerCaseStatusDocument, {
      id: made.case.id,
    });
    expect(status.errors).toBeUndefined();
    expect(status.data?.case.stage).toBe('DRAFT');

    const ops = await platform.as('operations');
    const mailbox = await gql<{
      devMailbox: { recipient: string; body: string; caseId: string | null }[];
    }>(platform, ops, MAILBOX);
    const invitations = mailbox.data!.devMailbox.filter(
      (message) => message.caseId === made.case.id,
    );
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.recipient).toBe('sunil.mehta@example.org');
    expect(invitations[0]!.body).not.toContain('bypass');
    const code = /code ([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(invitations[0]!.body)?.[1];
    expect(code).toBeDefined();
    expect(invitations[0]!.body).toContain(`/patient/referral?code=${code}`);

    const patient = await registerPatient(platform, 'sunil.mehta@example.org', 'Sunil Mehta');
    const before = await gql<{ cases: { edges: { node: { id: string } }[] } }>(
      platform,
      patient,
      MY_CASES,
    );
    expect(before.data?.cases.edges).toEqual([]);
    const claimed = await gql(platform, patient, CLAIM, { code: code!.toLowerCase() });
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data?.['claimReferral']).toEqual({ id: made.case.id, stage: 'DRAFT' });
    await flushEvents(platform);
    const mine = await gql<{
      cases: { edges: { node: { id: string; stage: string; patient: { id: string } } }[] };
    }>(platform, patient, MY_CASES);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.cases.edges.map((edge) => edge.node)).toEqual([
      {
        id: made.case.id,
        stage: 'DRAFT',
        patient: { id: patient.patientId, fullName: 'Sunil Mehta' },
      },
    ]);
    // the partner still follows the status; the code works once only
    const followed = await runPartnerOperation(platform, partner, PartnerCaseStatusDocument, {
      id: made.case.id,
    });
    expect(followed.data?.case.stage).toBe('DRAFT');
    const twice = await gql(platform, patient, CLAIM, { code });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    // erasing the record ends the sharing, and the referral keeps no contact details or reason
    const asked = await gql<{ requestErasure: { id: string } }>(platform, patient, ERASE, {
      input: { patientId: patient.patientId, reason: 'Please delete everything.' },
    });
    expect(asked.errors).toBeUndefined();
    const confirmed = await gql(platform, ops, CONFIRM_ERASURE, {
      id: asked.data!.requestErasure.id,
    });
    expect(confirmed.errors).toBeUndefined();
    await flushEvents(platform);
    const erased = await runPartnerOperation(platform, partner, PartnerCaseStatusDocument, {
      id: made.case.id,
    });
    expect(codes(erased)).toContain('FORBIDDEN');
    const kept = await platform.subgraphs['patient-intake'].orm.em
      .fork()
      .findOneOrFail(CaseReferral, { caseId: made.case.id });
    expect(kept).toMatchObject({ referralNote: '', invitationSentTo: '' });
  });

  it.each([
    ['input.phone', { phone: '12345' }],
    ['input.email', { email: 'not-an-email' }],
    ['input.email', { email: null, phone: null }],
    ['input.birthDate', { birthDate: '12/04/1971' }],
    ['input.fullName', { fullName: ' ' }],
    ['input.preferredLanguage', { preferredLanguage: 'fr' }],
    ['input.referralNote', { referralNote: '' }],
    ['input.idempotencyKey', { idempotencyKey: 'retry-1' }],
  ])('refuses a referral naming %s', async (field, overrides) => {
    const result = await refer(referral(overrides as Partial<ReferCaseInput>));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data?.referCase ?? null).toBeNull();
  });

  it('normalises an Indian phone to E.164 and invites by SMS when there is no email', async () => {
    const result = await refer(referral({ email: null, phone: '98682 27853' }));
    expect(result.errors).toBeUndefined();
    expect(result.data?.referCase.invitationSentTo).toBe('+919868227853');
  });

  it('needs the cases:refer scope', async () => {
    const statusOnly = await partnerSession(platform, 'cases:read-status');
    const result = await refer(referral(), statusOnly);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.message).toContain('cases:refer');
  });
});
