import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  confirmPanelAndPay,
  consentedFixtureCase,
  flushEvents,
  writeAndSign,
} from '../opinions/opinion-test-client';

// Issue 10, the journey's report step (DESIGN.md §2 step 7): once every opinion is signed and the
// GP's referral note is final, operations staff forward the case file to the patient; the case
// moves to REPORT_DELIVERED, the patient's side is told, and no opinion can be written any more.

type Who = { authorization: string };
const DELIVER = `mutation ($id: ID!) { deliverReport(caseId: $id) { id deliveredAt deliveredByName } }`;
const CASE = `query ($id: ID!) { case(id: $id) { stage reportDelivery { deliveredAt deliveredByName }
  timeline { eventType toStage } } }`;
const SUBMIT_SUMMARY = `mutation ($input: CaseSummaryInput!) { submitCaseSummary(input: $input) { status } }`;

const codes = (response: GraphQLResponse<unknown>): unknown[] =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

describe('Delivering a case’s report to the patient, through the gateway', () => {
  let platform: TestPlatform;
  let ops: Who;
  let sunanda: Who;
  let gp: Who;
  let caseId: string;
  let questions: string[];
  let patient: Who;
  const gql = <T>(who: Who, query: string, variables: Record<string, unknown>) =>
    postGraphQL<T>(platform.gateway.url, query, variables, who);

  beforeAll(async () => {
    platform = await startTestPlatform();
    [ops, sunanda, gp] = await Promise.all([
      platform.as('operations'),
      platform.as('specialist'),
      platform.as('gp'),
    ]);
    const made = await consentedFixtureCase(platform, 'case-b', 'report.case-b@example.org');
    ({ caseId, questions } = made);
    patient = made.session;
    await confirmPanelAndPay(platform, caseId, 'SINGLE', [DEMO_IDS.specialists[0]]);
  }, 120_000);
  afterAll(() => platform?.stop());

  it('refuses while the opinion or the referral note is missing, and to anyone but operations', async () => {
    expect(codes(await gql(ops, DELIVER, { id: caseId }))).toEqual(['CONFLICT']);
    await writeAndSign(platform, sunanda, caseId, questions.length, 'Sunanda Iyer');
    await flushEvents(platform);
    const noNote = await gql(ops, DELIVER, { id: caseId });
    expect(noNote.errors?.[0]?.message).toBe('The GP’s referral note is not submitted yet.');
    const assigned = await gql(
      ops,
      `mutation ($input: AssignCaseGpInput!) { assignCaseGp(input: $input) { id } }`,
      { input: { caseId, gpAccountId: DEMO_IDS.gpAccount, gpName: 'Dr Arvind Rao' } },
    );
    expect(assigned.errors).toBeUndefined();
    await flushEvents(platform);
    const submitted = await gql(gp, SUBMIT_SUMMARY, {
      input: {
        caseId,
        history:
          'Low back pain radiating to the right leg for four months, worse on sitting; MRI shows an L4–L5 disc herniation.',
        keyFindings: ['L4–L5 disc herniation with right L5 radiculopathy'],
        questions: ['Is surgery needed now, or physiotherapy first?'],
      },
    });
    expect(submitted.errors).toBeUndefined();
    for (const someone of [sunanda, gp, patient]) {
      expect(codes(await gql(someone, DELIVER, { id: caseId }))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await gql(ops, DELIVER, { id: 'not-a-case' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      (await gql<{ case: { stage: string } }>(ops, CASE, { id: caseId })).data!.case.stage,
    ).toBe('OPINIONS_READY');
  });

  it('delivers once: the case is REPORT_DELIVERED, the patient is told, opinions are closed', async () => {
    const delivered = await gql<{ deliverReport: { id: string; deliveredByName: string } }>(
      ops,
      DELIVER,
      { id: caseId },
    );
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data!.deliverReport.deliveredByName).toBe('Operations desk');
    const again = await gql<{ deliverReport: { id: string } }>(ops, DELIVER, { id: caseId });
    expect(again.data!.deliverReport.id).toBe(delivered.data!.deliverReport.id);
    await flushEvents(platform);

    const seen = await gql<{
      case: {
        stage: string;
        reportDelivery: { deliveredAt: string } | null;
        timeline: { eventType: string; toStage: string | null }[];
      };
    }>(patient, CASE, { id: caseId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.case.stage).toBe('REPORT_DELIVERED');
    expect(seen.data!.case.reportDelivery!.deliveredAt).toBeTruthy();
    expect(seen.data!.case.timeline.at(-1)).toEqual({
      eventType: 'ReportDelivered',
      toStage: 'REPORT_DELIVERED',
    });
    // the patient's registered email and phone are told (the Mailbox keeps them here)
    const mailbox = await gql<{ devMailbox: { recipient: string; body: string }[] }>(
      ops,
      '{ devMailbox(first: 100) { recipient body } }',
      {},
    );
    const told = mailbox.data!.devMailbox.filter((message) =>
      message.body.startsWith('Your second-opinion report is ready to read'),
    );
    expect(told.length).toBeGreaterThan(0);
    const late = await gql(
      sunanda,
      `mutation ($input: OpinionDraftInput!) { saveOpinionDraft(input: $input) { id } }`,
      { input: { caseId, expectedVersion: 1, notes: 'one more thing' } },
    );
    expect(codes(late)).toEqual(['CONFLICT']);
  });

  it('shows the delivery to the case’s parties only', async () => {
    const outsider = await platform.as('proxy'); // acts for Kavita, not for this patient
    const read = await gql<{ case: unknown }>(
      outsider,
      'query ($id: ID!) { case(id: $id) { reportDelivery { deliveredAt } } }',
      { id: caseId },
    );
    expect(codes(read)).toContain('FORBIDDEN');
  });
});
