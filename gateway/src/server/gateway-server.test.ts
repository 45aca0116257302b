import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

const CASE_ACROSS_SUBGRAPHS = `query CasePage($id: ID!) {
  case(id: $id) {
    id
    patient { id }
    panel { id }
    quote { amount currency }
    documents { id }
  }
}`;

describe('The gateway', () => {
  let OPS: { authorization: string };
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
    OPS = await platform.as('operations');
  });
  afterAll(() => platform.stop());

  it('joins one field from each of the four subgraphs on the seeded case', async () => {
    const result = await postGraphQL(
      platform.gateway.url,
      CASE_ACROSS_SUBGRAPHS,
      {
        id: DEMO_IDS.case,
      },
      OPS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      case: {
        id: DEMO_IDS.case,
        patient: { id: DEMO_IDS.patient },
        panel: { id: DEMO_IDS.panel },
        quote: { amount: 500000, currency: 'INR' },
        documents: DEMO_IDS.documents.map((id) => ({ id })),
      },
    });
  });

  it('reaches the health record and specialists through nested entities', async () => {
    const result = await postGraphQL<{
      case: {
        patient: { healthRecord: { documents: unknown[] } };
        panel: { members: { specialist: { registration: { number: string } } }[] };
      };
    }>(
      platform.gateway.url,
      `query ($id: ID!) { case(id: $id) {
         patient { fullName healthRecord { documents { title } } }
         panel { members { specialist { fullName registration { number } } } }
       } }`,
      { id: DEMO_IDS.case },
      OPS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.case.patient.healthRecord.documents).toHaveLength(2);
    expect(
      result.data?.case.panel.members.map((member) => member.specialist.registration.number),
    ).toEqual(['TNMC/90412', 'DMC/R/09117', 'WBMC/71820']);
  });

  it('answers NOT_FOUND for an unknown case and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await postGraphQL(
      platform.gateway.url,
      CASE_ACROSS_SUBGRAPHS,
      {
        id: '019ad000-0000-7000-8000-0000000fffff',
      },
      OPS,
    );
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await postGraphQL(
      platform.gateway.url,
      CASE_ACROSS_SUBGRAPHS,
      {
        id: '1 OR 1=1',
      },
      OPS,
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    const still = await postGraphQL(
      platform.gateway.url,
      CASE_ACROSS_SUBGRAPHS,
      {
        id: DEMO_IDS.case,
      },
      OPS,
    );
    expect(still.errors).toBeUndefined();
  });

  it('answers the public pages’ queries without a token: price list, directory, privacy notice', async () => {
    const result = await postGraphQL<{
      currentPriceList: { currency: string; entries: { amount: number }[]; includes: string[] };
      specialists: { edges: { node: { fullName: string; email: string | null } }[] };
      currentLegalDocument: { version: string; pdfPath: string };
    }>(
      platform.gateway.url,
      `{
        currentPriceList { currency entries { amount } includes }
        specialists(first: 6) { edges { node { fullName email } } }
        currentLegalDocument(kind: PRIVACY_NOTICE) { version pdfPath }
      }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.currentPriceList.currency).toBe('INR');
    expect(result.data?.currentPriceList.entries.map((entry) => entry.amount)).toEqual([
      250000, 350000, 500000,
    ]);
    expect(result.data?.currentPriceList.includes).toHaveLength(3);
    const doctors = result.data?.specialists.edges.map((edge) => edge.node) ?? [];
    expect(doctors.map((doctor) => doctor.fullName)).toContain('Sunanda Iyer');
    // the directory is public, their message email is not
    expect(doctors.every((doctor) => doctor.email === null)).toBe(true);
    expect(result.data?.currentLegalDocument).toEqual({
      version: 'v1',
      pdfPath: '/legal-documents/privacy-notice/v1.pdf',
    });
  });

  it('rejects a query the supergraph does not have, before any subgraph is asked', async () => {
    const result = await postGraphQL(
      platform.gateway.url,
      '{ case(id: "x") { secretField } }',
      {},
      OPS,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('returns the caller’s request id and makes one when there is none', async () => {
    const given = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'support-ticket-4711' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('support-ticket-4711');
    const made = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes the request id and the caller’s Authorization (never logged) on to the subgraphs', async () => {
    const intake = platform.subgraphs['patient-intake'];
    intake.logs.length = 0;
    await fetch(platform.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-me-2611',
        ...OPS,
      },
      body: JSON.stringify({ query: `{ case(id: "${DEMO_IDS.case}") { id } }` }),
    });
    type Line = { req?: { id?: string; headers?: Record<string, string> } };
    const line = intake.logs
      .map((text) => JSON.parse(text) as Line)
      .find((entry) => entry.req?.id === 'trace-me-2611');
    expect(line?.req?.headers?.['authorization']).toBe('[Redacted]');
    const token = OPS.authorization.replace('Bearer ', '');
    expect(intake.logs.join('\n')).toContain('trace-me-2611');
    expect(intake.logs.join('\n')).not.toContain(token);
  });

  it('answers a malformed or oversized body with a 4xx GraphQL error, never a stack trace', async () => {
    const malformed = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(malformed.status).toBe(400);
    const body = await malformed.text();
    expect(JSON.parse(body)).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    const oversized = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000_000)}` }),
    });
    expect(oversized.status).toBe(413);
    const missing = await fetch(platform.gateway.url.replace('/graphql', '/no/such/thing'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('node_modules');
  });

  it.each([
    ['a mutation, which the API does not have yet', 'mutation { x }', undefined],
    [
      'two operations without operationName',
      'query A { __typename } query B { __typename }',
      undefined,
    ],
    ['an unknown operationName', 'query A { __typename }', 'B'],
  ])(
    'answers %s as the client’s mistake, not an internal error',
    async (_label, query, operationName) => {
      const response = await fetch(platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, operationName }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(response.status).toBe(400);
      expect(body.errors[0]?.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    },
  );

  it('answers a malformed entity representation with BAD_USER_INPUT', async () => {
    const result = await postGraphQL(
      platform.urls['specialist-matching'],
      '{ _entities(representations: [{ __typename: "Case" }]) { ... on Case { panel { id } } } }',
      {},
      OPS,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'representations.id',
    });
  });

  it('reports itself healthy and ready when all five subgraphs are', async () => {
    const base = platform.gateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: {
        'patient-intake': 'ready',
        'specialist-matching': 'ready',
        billing: 'ready',
        records: 'ready',
        identity: 'ready',
      },
    });
  });
});
