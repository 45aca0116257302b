import { DEMO_IDS, OutboxEvent } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  completeOpinion,
  confirmPanelAndPay,
  consentedFixtureCase,
  flushEvents,
  OPINION_FIELDS,
  payFor,
  saveDraft,
  specialistSession,
  submit,
  writeAndSign,
} from './opinion-test-client';

// Issue 7, specialist opinions: structured opinions per panel specialist, drafts, sign and
// submit; for a board, a consensus and the dissent matrix. The demo case is a board of three
// (Sunanda Iyer, the chair; Vikram Sethi; Ananya Ghosh) with two patient questions.

type Who = { authorization: string };
interface OpinionView {
  id: string;
  kind: string;
  status: string;
  version: number;
  signerName: string | null;
  recommendedTreatment: string | null;
  answers: { questionIndex: number; question: string; answer: string | null }[];
  specialist: { id: string; fullName: string } | null;
}
interface MatrixView {
  complete: boolean;
  missingVotes: number;
  rows: {
    topic: string;
    questionIndex: number | null;
    statement: string | null;
    agreement: string | null;
    dissents: { level: string; reason: string; specialist: { fullName: string } }[];
    pendingMembers: { id: string }[];
  }[];
}

const CASE_OPINIONS = `query ($id: ID!) { case(id: $id) { stage opinions { ${OPINION_FIELDS} } } }`;
const CONSENSUS = `query ($id: ID!) { case(id: $id) { opinions { kind status version
  dissentMatrix { complete missingVotes rows { topic questionIndex statement agreement
    dissents { level reason specialist { fullName } } pendingMembers { id } } } } } }`;
const VOTE = `mutation ($input: ConsensusVotesInput!) { voteOnConsensus(input: $input) { id version } }`;

/** The error code of each error of a response. */
const codes = (response: GraphQLResponse<unknown>): unknown[] =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

describe('Specialists’ opinions and the board’s dissent matrix, through the gateway', () => {
  let platform: TestPlatform;
  let sunanda: Who;
  let vikram: Who;
  let ananya: Who;
  let outsider: Who;
  let patient: Who;
  let proxy: Who;
  let ops: Who;

  const read = async (who: Who, caseId = DEMO_IDS.case) =>
    postGraphQL<{ case: { stage: string; opinions: OpinionView[] | null } }>(
      platform.gateway.url,
      CASE_OPINIONS,
      { id: caseId },
      who,
    );
  const stageOf = async (caseId: string): Promise<string> =>
    (await read(ops, caseId)).data!.case.stage;
  const consensusOf = async (who: Who) => {
    const result = await postGraphQL<{
      case: {
        opinions: {
          kind: string;
          status: string;
          version: number;
          dissentMatrix: MatrixView | null;
        }[];
      };
    }>(platform.gateway.url, CONSENSUS, { id: DEMO_IDS.case }, who);
    return result.data!.case.opinions.find((opinion) => opinion.kind === 'CONSENSUS')!;
  };
  const vote = (who: Who, consensusVersion: number, votes: Record<string, unknown>[]) =>
    postGraphQL(
      platform.gateway.url,
      VOTE,
      { input: { caseId: DEMO_IDS.case, consensusVersion, votes } },
      who,
    );
  const row = (questionIndex: number | null, level: string, reason?: string) => ({
    topic: questionIndex === null ? 'RECOMMENDED_TREATMENT' : 'PATIENT_QUESTION',
    questionIndex,
    level,
    ...(reason ? { reason } : {}),
  });
  const opinionEvents = async (caseId: string): Promise<{ final: boolean }[]> => {
    const events = await platform.subgraphs.records.orm.em
      .fork()
      .find(OutboxEvent, { type: 'OpinionSubmitted', caseId }, { orderBy: { occurredAt: 'asc' } });
    return events.map((event) => (event.payload as { data: { final: boolean } }).data);
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    sunanda = await platform.as('specialist');
    patient = await platform.as('patient');
    proxy = await platform.as('proxy');
    ops = await platform.as('operations');
    vikram = await specialistSession(platform, DEMO_IDS.specialists[1], 'Dr Vikram Sethi');
    ananya = await specialistSession(platform, DEMO_IDS.specialists[2], 'Dr Ananya Ghosh');
    outsider = await specialistSession(platform, DEMO_IDS.specialists[4], 'Dr Pooja Agarwal');
  });
  afterAll(() => platform?.stop());

  it('refuses opinions before the fee is paid, and afterwards from a patient or a specialist not on the panel', async () => {
    const early = await saveDraft(platform, sunanda, { caseId: DEMO_IDS.case, notes: 'early' });
    expect(codes(early)).toEqual(['CONFLICT']);
    expect(early.errors?.[0]?.message).toMatch(/not active yet/);

    await payFor(platform, DEMO_IDS.case, DEMO_IDS.patient);
    expect(await stageOf(DEMO_IDS.case)).toBe('ACTIVE');
    const byPatient = await saveDraft(platform, patient, { caseId: DEMO_IDS.case, notes: 'me' });
    expect(codes(byPatient)).toEqual(['FORBIDDEN']);
    const byOutsider = await saveDraft(platform, outsider, { caseId: DEMO_IDS.case, notes: 'x' });
    expect(codes(byOutsider)).toEqual(['FORBIDDEN']);
    expect(codes(await read(outsider))).toEqual(['FORBIDDEN']);
  });

  it('keeps a partial draft, seen by its author only, with every patient question to answer', async () => {
    const saved = await saveDraft(platform, sunanda, {
      caseId: DEMO_IDS.case,
      expectedVersion: 0,
      recommendedTreatment: 'Radiotherapy, then trastuzumab.',
      answers: [{ answer: 'Both are advised for your tumour type.' }],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveOpinionDraft).toMatchObject({ version: 1, status: 'DRAFT' });

    const own = (await read(sunanda)).data!.case.opinions!;
    expect(own).toHaveLength(1);
    expect(own[0]!.answers).toEqual([
      {
        questionIndex: 0,
        question: 'Do I need both radiotherapy and targeted therapy, or is one of them enough?',
        answer: 'Both are advised for your tumour type.',
      },
      {
        questionIndex: 1,
        question: 'What are the long-term side effects of each, and how are they monitored?',
        answer: null,
      },
    ]);
    expect((await read(vikram)).data!.case.opinions).toEqual([]);
    expect((await read(patient)).data!.case.opinions).toEqual([]);

    const badCode = await saveDraft(platform, sunanda, {
      caseId: DEMO_IDS.case,
      diagnosisAssessment: 'REVISED',
      revisedDiagnosisCode: 'C5O.4',
    });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.revisedDiagnosisCode',
    });
    const tooMany = await saveDraft(platform, sunanda, {
      caseId: DEMO_IDS.case,
      answers: [{ answer: 'a' }, { answer: 'b' }, { answer: 'c' }],
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ field: 'input.answers' });
  });

  it('refuses to sign an incomplete opinion, naming every missing part', async () => {
    const refused = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      expectedVersion: 1,
      typedFullName: 'Sunanda Iyer',
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    const problems = refused.errors![0]!.extensions!['problems'] as { field: string }[];
    expect(problems.map((problem) => problem.field)).toEqual([
      'diagnosisAssessment',
      'alternatives',
      'answers[1].answer',
    ]);
    expect(refused.errors![0]!.message).toContain('answers[1].answer');
  });

  it('refuses a signature in someone else’s name, or on a version the signer did not read', async () => {
    const saved = await saveDraft(platform, sunanda, {
      caseId: DEMO_IDS.case,
      expectedVersion: 1,
      ...completeOpinion(2, 'Sunanda'),
    });
    expect(saved.data!.saveOpinionDraft.version).toBe(2);
    const wrongName = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      expectedVersion: 2,
      typedFullName: 'Vikram Sethi',
    });
    expect(wrongName.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.typedFullName',
    });
    expect(wrongName.errors?.[0]?.message).toContain('input.typedFullName');
    const stale = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      expectedVersion: 1,
      typedFullName: 'Sunanda Iyer',
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('signs with the account’s name, records when, and never changes a signed opinion', async () => {
    const signed = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      expectedVersion: 2,
      typedFullName: 'sunanda  iyer',
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.submitOpinion).toMatchObject({
      status: 'SUBMITTED',
      signerName: 'sunanda iyer',
    });
    expect(Date.now() - Date.parse(signed.data!.submitOpinion.submittedAt)).toBeLessThan(60_000);
    const again = await saveDraft(platform, sunanda, { caseId: DEMO_IDS.case, notes: 'later' });
    expect(codes(again)).toEqual(['CONFLICT']);
    await flushEvents(platform);
    // a board member's own opinion is not the last one the case needs
    expect(await opinionEvents(DEMO_IDS.case)).toEqual([expect.objectContaining({ final: false })]);
    expect(await stageOf(DEMO_IDS.case)).toBe('ACTIVE');
  });

  it('shows the submitted opinion to colleagues and to the patient’s side, never a colleague’s draft', async () => {
    await saveDraft(platform, vikram, { caseId: DEMO_IDS.case, notes: 'thinking' });
    const seenByAnanya = (await read(ananya)).data!.case.opinions!;
    expect(seenByAnanya.map((opinion) => [opinion.specialist?.fullName, opinion.status])).toEqual([
      ['Sunanda Iyer', 'SUBMITTED'],
    ]);
    for (const who of [patient, proxy]) {
      const seen = (await read(who)).data!.case.opinions!;
      expect(seen.map((opinion) => [opinion.specialist?.fullName, opinion.status])).toEqual([
        ['Sunanda Iyer', 'SUBMITTED'],
      ]);
      expect(seen[0]!.answers[1]!.answer).toBe('Answer 2 (Sunanda).');
    }
  });

  it('blocks the consensus until every member has signed their own opinion and voted on every row', async () => {
    const drafted = await saveDraft(platform, vikram, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 0,
      ...completeOpinion(2, 'board'),
    });
    expect(drafted.data!.saveOpinionDraft.version).toBe(1);
    const early = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 1,
      typedFullName: 'Sunanda Iyer',
    });
    expect(early.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/2 of 3 have not yet/);

    await writeAndSign(platform, vikram, DEMO_IDS.case, 2, 'Vikram Sethi', { expectedVersion: 1 });
    await writeAndSign(platform, ananya, DEMO_IDS.case, 2, 'Dr Ananya Ghosh');
    const noVotes = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 1,
      typedFullName: 'Sunanda Iyer',
    });
    expect(noVotes.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', missingVotes: 9 });
    const notChair = await submit(platform, vikram, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 1,
      typedFullName: 'Vikram Sethi',
    });
    expect(codes(notChair)).toEqual(['FORBIDDEN']);

    expect(
      (await vote(sunanda, 1, [row(null, 'AGREE'), row(0, 'AGREE'), row(1, 'AGREE')])).errors,
    ).toBeUndefined();
    const noReason = await vote(ananya, 1, [row(null, 'DISAGREE')]);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.votes[0].reason',
    });
    expect(
      (
        await vote(ananya, 1, [
          row(null, 'DISAGREE', 'Hypofractionated radiotherapy would do at her age.'),
          row(0, 'DISAGREE', 'Radiotherapy alone is enough for a tumour this small.'),
          row(1, 'AGREE'),
        ])
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await vote(vikram, 1, [
          row(null, 'AGREE'),
          row(0, 'PARTLY', 'Both, but the targeted therapy could be shorter.'),
          row(1, 'AGREE'),
        ])
      ).errors,
    ).toBeUndefined();
    expect((await consensusOf(sunanda)).dissentMatrix).toMatchObject({
      complete: true,
      missingVotes: 0,
    });

    // a change to one answer resets the votes on that row only, and old versions cannot be voted on
    const edited = await saveDraft(platform, ananya, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 1,
      answers: [
        { answer: 'Answer 1 (board).' },
        { answer: 'Yearly echocardiograms and mammograms.' },
      ],
    });
    expect(edited.data!.saveOpinionDraft.version).toBe(2);
    const afterEdit = (await consensusOf(sunanda)).dissentMatrix!;
    expect(afterEdit).toMatchObject({ complete: false, missingVotes: 3 });
    expect(afterEdit.rows.map((item) => item.pendingMembers.length)).toEqual([0, 0, 3]);
    expect(codes(await vote(vikram, 1, [row(1, 'AGREE')]))).toEqual(['CONFLICT']);
    const stale = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 2,
      typedFullName: 'Sunanda Iyer',
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', missingVotes: 3 });
    for (const who of [sunanda, vikram, ananya]) {
      expect((await vote(who, 2, [row(1, 'AGREE')])).errors).toBeUndefined();
    }
  });

  it('sums up where the board agrees and where it does not', async () => {
    const matrix = (await consensusOf(sunanda)).dissentMatrix!;
    expect(matrix.rows.map((item) => [item.topic, item.questionIndex, item.agreement])).toEqual([
      ['RECOMMENDED_TREATMENT', null, 'MAJORITY'],
      ['PATIENT_QUESTION', 0, 'SPLIT'],
      ['PATIENT_QUESTION', 1, 'UNANIMOUS'],
    ]);
    expect(matrix.rows[0]!.dissents).toEqual([
      {
        level: 'DISAGREE',
        reason: 'Hypofractionated radiotherapy would do at her age.',
        specialist: { fullName: 'Ananya Ghosh' },
      },
    ]);
    expect(matrix.rows[1]!.dissents.map((item) => [item.specialist.fullName, item.level])).toEqual([
      ['Vikram Sethi', 'PARTLY'],
      ['Ananya Ghosh', 'DISAGREE'],
    ]);
    expect(matrix.rows[2]!.statement).toBe('Yearly echocardiograms and mammograms.');
  });

  it('lets the chair sign the consensus, which makes the opinions ready for the patient', async () => {
    const before = await consensusOf(patient);
    expect(before).toBeUndefined();
    const signed = await submit(platform, sunanda, {
      caseId: DEMO_IDS.case,
      consensus: true,
      expectedVersion: 2,
      typedFullName: 'Dr Sunanda Iyer',
    });
    expect(signed.errors).toBeUndefined();
    await flushEvents(platform);
    expect((await opinionEvents(DEMO_IDS.case)).map((event) => event.final)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(await stageOf(DEMO_IDS.case)).toBe('OPINIONS_READY');
    expect(codes(await vote(vikram, 2, [row(1, 'DISAGREE', 'too late')]))).toEqual(['CONFLICT']);
  });

  it('shows the patient only signed opinions: three of their own and the consensus with its dissent matrix', async () => {
    const seen = (await read(patient)).data!.case.opinions!;
    expect(
      seen.map((opinion) => [opinion.kind, opinion.status, opinion.specialist?.fullName ?? null]),
    ).toEqual([
      ['INDIVIDUAL', 'SUBMITTED', 'Sunanda Iyer'],
      ['INDIVIDUAL', 'SUBMITTED', 'Vikram Sethi'],
      ['INDIVIDUAL', 'SUBMITTED', 'Ananya Ghosh'],
      ['CONSENSUS', 'SUBMITTED', null],
    ]);
    const consensus = await consensusOf(patient);
    expect(consensus.dissentMatrix!.rows.map((item) => item.agreement)).toEqual([
      'MAJORITY',
      'SPLIT',
      'UNANIMOUS',
    ]);
    const record = await postGraphQL<{
      patient: {
        healthRecord: { opinions: { id: string; fhirResource: Record<string, unknown> }[] };
      };
    }>(
      platform.gateway.url,
      'query ($id: ID!) { patient(id: $id) { healthRecord { opinions { id fhirResource } } } }',
      { id: DEMO_IDS.patient },
      patient,
    );
    const resources = record.data!.patient.healthRecord.opinions.map((item) => item.fhirResource);
    expect(resources).toHaveLength(4);
    expect(resources[3]).toMatchObject({
      resourceType: 'DiagnosticReport',
      status: 'final',
      subject: { reference: `Patient/${DEMO_IDS.patient}` },
      performer: [{ display: 'Dr Sunanda Iyer' }],
    });
    const text = Buffer.from(
      (resources[3]!['presentedForm'] as { data: string }[])[0]!.data,
      'base64',
    ).toString('utf8');
    expect(text).toContain(
      'Dr Ananya Ghosh disagrees: Hypofractionated radiotherapy would do at her age.',
    );
  });

  it('moves a case with several specialists to OPINIONS_READY only with the last one’s opinion', async () => {
    const rahul = await specialistSession(platform, DEMO_IDS.specialists[3], 'Dr Rahul Menon');
    const { caseId, questions } = await consentedFixtureCase(
      platform,
      'case-b',
      'opinions.case-b@example.org',
    );
    await confirmPanelAndPay(platform, caseId, 'MULTIPLE', [
      DEMO_IDS.specialists[0],
      DEMO_IDS.specialists[3],
    ]);
    expect(await stageOf(caseId)).toBe('ACTIVE');
    const asked = await postGraphQL<{
      case: { opinionProgress: { questions: string[]; chair: null } };
    }>(
      platform.gateway.url,
      'query ($id: ID!) { case(id: $id) { opinionProgress { questions chair { id } } } }',
      { id: caseId },
      sunanda,
    );
    expect(asked.data!.case.opinionProgress).toEqual({ questions, chair: null });
    const consensus = await saveDraft(platform, sunanda, { caseId, consensus: true, notes: 'x' });
    expect(codes(consensus)).toEqual(['CONFLICT']);

    await writeAndSign(platform, sunanda, caseId, questions.length, 'Sunanda Iyer');
    await flushEvents(platform);
    expect(await stageOf(caseId)).toBe('ACTIVE');
    await writeAndSign(platform, rahul, caseId, questions.length, 'Rahul Menon');
    await flushEvents(platform);
    expect((await opinionEvents(caseId)).map((event) => event.final)).toEqual([false, true]);
    expect(await stageOf(caseId)).toBe('OPINIONS_READY');
  });
});
