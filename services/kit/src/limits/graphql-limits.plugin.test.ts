import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { GATEWAY_LIMITS, type GraphqlLimits } from './graphql-limits';
import { graphqlLimitsPlugin } from './graphql-limits.plugin';
import { limitServerOptions } from './limit-server-options';
import { queryCost } from './query-cost';

const schema = buildSchema(`
  type Query { specialists(first: Int): SpecialistConnection! }
  type SpecialistConnection { edges: [SpecialistEdge!]! }
  type SpecialistEdge { node: Specialist! }
  type Specialist { id: ID! fullName: String! languages: [String!]! slots: [Slot!]! }
  type Slot { start: String! }
`);

describe('queryCost', () => {
  it('multiplies a page by the items asked for, counting edges and nodes once', () => {
    const query = parse('{ specialists(first: 50) { edges { node { id fullName } } } }');
    expect(queryCost(schema, query, {})).toBe(150);
  });

  it('takes the page size from the variables', () => {
    const query = parse('query ($n: Int) { specialists(first: $n) { edges { node { id } } } }');
    expect(queryCost(schema, query, { n: 10 })).toBe(30);
    expect(queryCost(schema, query, { n: 100 })).toBe(300);
  });

  it('counts a list without paging as 10 items, lists of scalars as free', () => {
    const query = parse(
      '{ specialists(first: 1) { edges { node { languages slots { start } } } } }',
    );
    expect(queryCost(schema, query, {})).toBe(1 * (1 + 1 + 1 + 10 * 1));
  });
});

describe('the execution timeout', () => {
  const limits: GraphqlLimits = { ...GATEWAY_LIMITS, executionTimeoutMs: 50 };
  const server = new ApolloServer<{ viewer: null }>({
    typeDefs: 'type Query { slow: [Item!]! } type Item { id: ID! next: Item }',
    resolvers: {
      Query: { slow: () => [{ id: '1' }, { id: '2' }] },
      Item: {
        next: async () => {
          await new Promise((resolve) => setTimeout(resolve, 80));
          return { id: 'later' };
        },
      },
    },
    ...limitServerOptions(limits, false),
    plugins: [
      graphqlLimitsPlugin({
        limits,
        introspection: 'everyone',
        isStaff: () => false,
        fieldDeadline: true,
      }),
    ],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('lets a request within the time finish', async () => {
    const response = await server.executeOperation(
      { query: '{ slow { id } }' },
      { contextValue: { viewer: null } },
    );
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
  });

  it('refuses the fields a request would resolve after its time is up, naming the limit', async () => {
    const response = await server.executeOperation(
      { query: '{ slow { next { id } } }' },
      { contextValue: { viewer: null } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]).toMatchObject({
      message: 'The request ran longer than 0.05 s and was stopped; ask for less at a time.',
      extensions: { code: 'EXECUTION_TIMEOUT', limit: 'executionTimeoutMs', maximum: 50 },
    });
  });
});
