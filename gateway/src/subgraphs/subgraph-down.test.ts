import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../server/gateway-server';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

describe('When a subgraph is down', () => {
  let OPS: { authorization: string };
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
    OPS = await platform.as('operations');
    await platform.subgraphs.billing.close();
  });
  afterAll(() => platform.stop());

  it('the gateway still answers the rest of the case with a clear error for the missing part', async () => {
    const result = await postGraphQL<{ case: Record<string, unknown> }>(
      platform.gateway.url,
      'query ($id: ID!) { case(id: $id) { id stage panel { mode } quote { amount } documents { id } } }',
      { id: DEMO_IDS.case },
      OPS,
    );
    expect(result.data?.case).toEqual({
      id: DEMO_IDS.case,
      stage: 'AWAITING_PAYMENT',
      panel: { mode: 'BOARD' },
      quote: null,
      documents: DEMO_IDS.documents.map((id) => ({ id })),
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['case', 'quote']);
    expect(result.errors?.[0]?.message).toContain('The billing service is unavailable');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      service: 'billing',
    });
  });

  it('names the missing field of each case of a list', async () => {
    const result = await postGraphQL<{
      cases: { edges: { node: { id: string; quote: null } }[] };
    }>(
      platform.gateway.url,
      '{ cases(first: 3) { edges { node { id quote { amount } } } } }',
      {},
      OPS,
    );
    const edges = result.data?.cases.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((edge) => edge.node.id && edge.node.quote === null)).toBe(true);
    expect(result.errors?.map((error) => error.path)).toEqual(
      edges.map((_edge, index) => ['cases', 'edges', index, 'node', 'quote']),
    );
  });

  it('the gateway keeps serving queries that do not need it', async () => {
    const result = await postGraphQL(
      platform.gateway.url,
      '{ specialists(first: 1) { edges { node { fullName } } } }',
      {},
      OPS,
    );
    expect(result.errors).toBeUndefined();
  });

  it('readiness names the subgraph that cannot be reached', async () => {
    const response = await fetch(platform.gateway.url.replace('/graphql', '/readyz'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      subgraphs: { billing: 'unreachable', records: 'ready' },
    });
  });
});

describe('When a subgraph hangs', () => {
  let OPS: { authorization: string };
  let platform: TestPlatform;
  let silent: net.Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    platform = await startTestPlatform();
    OPS = await platform.as('operations');
    silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { ...platform.urls, records: `http://127.0.0.1:${port}/graphql` },
      subgraphTimeoutMs: 500,
      identityOrm: platform.subgraphs.identity.orm,
      verifyToken: platform.verifyToken,
    });
  });
  afterAll(async () => {
    await gateway.close();
    silent.close();
    await platform.stop();
  });

  it('the gateway stops waiting after its timeout and answers the rest', async () => {
    const result = await postGraphQL<{ case: Record<string, unknown> }>(
      gateway.url,
      'query ($id: ID!) { case(id: $id) { id quote { amount } documents { id } } }',
      { id: DEMO_IDS.case },
      OPS,
    );
    expect(result.data?.case).toEqual({
      id: DEMO_IDS.case,
      quote: { amount: 500000 },
      documents: null,
    });
    expect(result.errors?.[0]?.path).toEqual(['case', 'documents']);
    expect(result.errors?.[0]?.message).toContain('The records service did not answer in time');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      service: 'records',
    });
  });
});
