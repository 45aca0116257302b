import { DEMO_IDS } from '@consilium/subgraph-kit';
import {
  testAuthorization,
  TEST_VIEWERS,
  postGraphQL,
  startTestService,
  type TestService,
} from '@consilium/subgraph-kit/testing';
import { patientIntake } from '../index';
import { Case } from './case.entity';
import { CaseStage } from './case-stage.enum';

interface Page {
  cases: {
    edges: { node: { id: string; stage: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const CASES = `query ($first: Int, $after: String, $stage: CaseStage, $patientId: ID) {
  cases(first: $first, after: $after, stage: $stage, patientId: $patientId) {
    edges { node { id stage } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

describe('Lists of cases', () => {
  let OPS: { authorization: string };
  let service: TestService;
  const extra: string[] = [];

  beforeAll(async () => {
    OPS = await testAuthorization(TEST_VIEWERS.operations);
    service = await startTestService(patientIntake);
    const em = service.orm.em.fork();
    const patient = DEMO_IDS.patient;
    for (const [index, stage] of [CaseStage.DRAFT, CaseStage.ACTIVE, CaseStage.ACTIVE].entries()) {
      const created = em.create(Case, {
        patient,
        stage,
        createdAt: new Date(Date.now() + (index + 1) * 60_000),
      });
      extra.push(created.id);
    }
    await em.flush();
  });
  afterAll(() => service.stop());

  it('come newest first, page by page, without gaps or repeats', async () => {
    const first = await postGraphQL<Page>(service.url, CASES, { first: 2 }, OPS);
    expect(first.data?.cases.edges.map((edge) => edge.node.id)).toEqual([extra[2], extra[1]]);
    expect(first.data?.cases.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await postGraphQL<Page>(
      service.url,
      CASES,
      {
        first: 2,
        after: first.data?.cases.pageInfo.endCursor,
      },
      OPS,
    );
    expect(second.data?.cases.edges.map((edge) => edge.node.id)).toEqual([extra[0], DEMO_IDS.case]);
    expect(second.data?.cases.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });

  it('filter by stage and by patient', async () => {
    const active = await postGraphQL<Page>(service.url, CASES, { first: 10, stage: 'ACTIVE' }, OPS);
    expect(active.data?.cases.edges.map((edge) => edge.node.stage)).toEqual(['ACTIVE', 'ACTIVE']);
    const nobody = await postGraphQL<Page>(
      service.url,
      CASES,
      {
        first: 10,
        patientId: '019ad000-0000-7000-8000-0000000000ee',
      },
      OPS,
    );
    expect(nobody.data?.cases.edges).toEqual([]);
  });

  it('refuse a tampered cursor and a malformed patient id, naming the argument', async () => {
    const tampered = Buffer.from(JSON.stringify([{ $ne: 1 }, DEMO_IDS.case])).toString('base64url');
    const cursor = await postGraphQL(service.url, CASES, { first: 2, after: tampered }, OPS);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const patient = await postGraphQL(service.url, CASES, { first: 2, patientId: 'abc' }, OPS);
    expect(patient.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'patientId',
    });
  });

  it('count cases at every stage, in journey order, zeros included', async () => {
    const result = await postGraphQL<{ caseStageCounts: { stage: string; count: number }[] }>(
      service.url,
      '{ caseStageCounts { stage count } }',
      {},
      OPS,
    );
    const counts = result.data?.caseStageCounts ?? [];
    expect(counts.map((entry) => entry.stage)).toEqual(Object.values(CaseStage));
    expect(
      Object.fromEntries(counts.filter((entry) => entry.count > 0).map((e) => [e.stage, e.count])),
    ).toEqual({
      DRAFT: 1,
      AWAITING_PAYMENT: 1,
      ACTIVE: 2,
    });
  });

  it('show a row’s fields and the whole case alike, whether a page asks for its rows or more', async () => {
    type Shown = Record<string, unknown> & { patient: { id: string; fullName: string } };
    const rowFields = 'id stage submittedAt presentingComplaint patient { id fullName }';
    const wholeFields = `${rowFields} symptoms { description } questions intakeProblems { field }`;
    const rowsAndCase = await postGraphQL<{
      cases: { edges: { node: Shown }[] };
      case: Shown;
    }>(
      service.url,
      `query ($id: ID!) {
        cases(first: 10) { edges { node { ...Row } } }
        case(id: $id) { ${wholeFields} }
      }
      fragment Row on Case { ${rowFields} }`,
      { id: DEMO_IDS.case },
      OPS,
    );
    const wholePage = await postGraphQL<{ cases: { edges: { node: Shown }[] } }>(
      service.url,
      `{ cases(first: 10) { edges { node { ${wholeFields} } } } }`,
      {},
      OPS,
    );
    expect(rowsAndCase.errors).toBeUndefined();
    expect(wholePage.errors).toBeUndefined();
    const demoCase = rowsAndCase.data!.case;
    expect((demoCase['symptoms'] as unknown[]).length).toBeGreaterThan(0);
    expect(demoCase.patient.fullName).not.toBe('');
    const row = rowsAndCase.data!.cases.edges.find((edge) => edge.node['id'] === DEMO_IDS.case);
    const { symptoms, questions, intakeProblems, ...rowOfCase } = demoCase;
    expect(row?.node).toEqual(rowOfCase);
    const whole = wholePage.data!.cases.edges.find((edge) => edge.node['id'] === DEMO_IDS.case);
    expect(whole?.node).toEqual({ ...rowOfCase, symptoms, questions, intakeProblems });
  });
});
