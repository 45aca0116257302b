import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDS, GATEWAY_LIMITS, SUBGRAPH_LIMITS } from '@consilium/subgraph-kit';
import { startGateway, type RunningGateway } from '../server/gateway-server';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

/** The rows of the shared bad-inputs fixture this file answers. */
const BAD_INPUTS = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../shared/fixtures/bad-inputs.json'), 'utf8'),
) as { id: string; expected: { httpStatus: number } }[];
const row = (id: string): { httpStatus: number } => {
  const found = BAD_INPUTS.find((input) => input.id === id);
  if (!found) throw new Error(`bad-inputs.json has no row ${id}`);
  return found.expected;
};

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
  text: string;
}

/** Sends a request and reads the answer as text and, where it is JSON, as JSON. */
async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // not JSON: left empty, the text is kept
  }
  return { status: response.status, body, text };
}

function post(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

/** `panel { members { case { … id } } }` going `levels` levels below a Case. */
function cyclicSelection(levels: number): string {
  const cycle = ['panel', 'members', 'case'];
  let selection = 'id';
  for (let level = levels - 1; level >= 1; level -= 1) {
    selection = `${cycle[(level - 1) % 3]} { ${selection} }`;
  }
  return selection;
}

/** `case { panel { members { case { … } } } }` nested to a depth, the root field counting 1. */
function cyclicQuery(depth: number): string {
  return `query Deep { case(id: "${DEMO_IDS.case}") { ${cyclicSelection(depth - 1)} } }`;
}

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

describe('GraphQL abuse is refused before anything runs', () => {
  let platform: TestPlatform;
  let patient: { authorization: string };

  beforeAll(async () => {
    platform = await startTestPlatform();
    patient = await platform.as('patient');
  });
  afterAll(() => platform.stop());

  describe('the bad-inputs.json rows', () => {
    it('graphql-query-depth-20: a query 20 levels deep is refused naming the maximum depth', async () => {
      const answer = await post(platform.gateway.url, { query: cyclicQuery(20) }, patient);
      expect(answer.status).toBe(row('graphql-query-depth-20').httpStatus);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: `Query depth 20 exceeds the maximum of ${GATEWAY_LIMITS.maxDepth}.`,
          extensions: expect.objectContaining({
            code: 'GRAPHQL_VALIDATION_FAILED',
            limit: 'maxDepth',
            maximum: GATEWAY_LIMITS.maxDepth,
          }),
        }),
      ]);
    });

    it('the depth-91 query that once exhausted specialist-matching’s memory is refused at once', async () => {
      const answer = await post(platform.gateway.url, { query: cyclicQuery(91) }, patient);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toBe(
        `Query depth 91 exceeds the maximum of ${GATEWAY_LIMITS.maxDepth}.`,
      );
      // and the subgraph refuses it too when reached directly
      const representations = `[{ __typename: "Case", id: "${DEMO_IDS.case}" }]`;
      const direct = await post(
        platform.urls['specialist-matching'],
        {
          query: `{ _entities(representations: ${representations}) { ... on Case { ${cyclicSelection(90)} } } }`,
        },
        patient,
      );
      expect(direct.status).toBe(400);
      expect(direct.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxDepth' });
    });

    it('graphql-500-aliases: 500 aliased lists are refused naming the alias limit', async () => {
      const query = `query Aliases { ${Array.from(
        { length: 500 },
        (_, i) => `a${i}: specialists(first: 50) { edges { node { id fullName } } }`,
      ).join(' ')} }`;
      const answer = await post(platform.gateway.url, { query }, patient);
      expect(answer.status).toBe(row('graphql-500-aliases').httpStatus);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.map((error) => error.extensions?.['limit'])).toContain(
        'maxAliases',
      );
      expect(answer.body.errors?.[0]?.message).toBe(
        `The query uses 500 aliases; at most ${GATEWAY_LIMITS.maxAliases} are allowed.`,
      );
    });

    it('graphql-batch-of-100: a batch of 100 operations is refused and none runs', async () => {
      const batch = Array.from({ length: 100 }, () => ({ query: 'query { __typename }' }));
      const answer = await post(platform.gateway.url, batch);
      expect(answer.status).toBe(row('graphql-batch-of-100').httpStatus);
      expect(answer.text).toMatch(/batching/i);
      expect(answer.text).not.toContain('"__typename"');
    });
  });

  describe('the other limits', () => {
    it('a query whose lists would return too much is refused naming its cost', async () => {
      // 10 × 100 specialists × (edge + node + 10 slots + 10 memberships) = 23,000
      const aliases = Array.from(
        { length: 10 },
        (_, i) =>
          `s${i}: specialists(first: 100) { edges { node { id weeklyAvailability { weekday } panelMemberships { id } } } }`,
      ).join(' ');
      const answer = await post(platform.gateway.url, { query: `{ ${aliases} }` }, patient);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'maxCost',
        maximum: GATEWAY_LIMITS.maxCost,
      });
      expect(answer.body.errors?.[0]?.message).toMatch(
        new RegExp(`estimated cost \\d+ exceeds the maximum of ${GATEWAY_LIMITS.maxCost}`),
      );
    });

    it('the cost counts the page size asked for: the same list of 10 runs', async () => {
      const answer = await post(
        platform.gateway.url,
        { query: '{ specialists(first: 10) { edges { node { id } } } }' },
        patient,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    });

    it('a document of too many tokens is refused naming the token limit', async () => {
      const padding = Array.from({ length: GATEWAY_LIMITS.maxTokens }, () => 'id').join(' ');
      const answer = await post(platform.gateway.url, { query: `{ me { ${padding} } }` }, patient);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]).toMatchObject({
        message: `The query has more than ${GATEWAY_LIMITS.maxTokens} tokens; send a shorter query (use variables for values).`,
        extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'maxTokens' },
      });
    });

    it('page sizes above 100 are refused naming the field', async () => {
      const answer = await post(
        platform.gateway.url,
        { query: '{ specialists(first: 101) { edges { node { id } } } }' },
        patient,
      );
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    });

    it('every subgraph applies its own limits to a caller that reaches it directly', async () => {
      for (const url of Object.values(platform.urls)) {
        const aliases = Array.from(
          { length: SUBGRAPH_LIMITS.maxAliases + 1 },
          (_, i) => `t${i}: __typename`,
        ).join(' ');
        const answer = await post(url, { query: `{ ${aliases} }` }, patient);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxAliases' });
      }
    });
  });

  describe('what a new user found trying to break it', () => {
    it('variables nested thousands deep are refused naming the field, by the gateway and every subgraph', async () => {
      // written as text: JSON.stringify itself would run out of stack
      const nested = `${'['.repeat(5000)}"Hindi"${']'.repeat(5000)}`;
      const query =
        'query ($f: SpecialistFilter) { specialists(first: 1, filter: $f) { edges { node { id } } } }';
      const postText = (url: string, body: string, headers: Record<string, string> = {}) =>
        send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
      const answer = await postText(
        platform.gateway.url,
        `{"query": ${JSON.stringify(query)}, "variables": {"f": {"languages": ${nested}}}}`,
        patient,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /^f\.languages(\[0\])+: variables may nest at most 32 levels deep\.$/,
        ),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      for (const url of Object.values(platform.urls)) {
        const direct = await postText(
          url,
          `{"query": "{ __typename }", "variables": {"unused": ${nested}}}`,
        );
        expect(direct.status).toBe(400);
        expect(direct.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      }
    });

    it('a query nested thousands deep is refused as too deep, not as an internal error', async () => {
      const query = `{ ${'me { '.repeat(3000)}id${' }'.repeat(3000)} }`;
      const answer = await post(platform.gateway.url, { query }, patient);
      expect(answer.status).toBe(400);
      // whether graphql-js's parser runs out of stack first depends on the machine's stack size;
      // either way the answer names the depth limit
      const error = answer.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ limit: 'maxDepth' });
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(
        error?.extensions?.['code'],
      );
      expect([
        'The query nests too deeply to be read; nest selections and values less.',
        `Query depth 3001 exceeds the maximum of ${GATEWAY_LIMITS.maxDepth}.`,
      ]).toContain(error?.message);
    });

    it('_entities representations no entity resolves are refused naming the representation, by every subgraph', async () => {
      const query =
        'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';
      for (const [name, url] of Object.entries(platform.urls)) {
        for (const representations of [
          [{ __typename: 'Nope', id: 'x' }],
          [{ id: 'x' }],
          ['case'],
          [{ __typename: 'Query' }],
        ]) {
          const answer = await post(url, { query, variables: { representations } }, patient);
          expect({
            name,
            status: answer.status,
            code: answer.body.errors?.[0]?.extensions?.['code'],
          }).toEqual({
            name,
            status: 400,
            code: 'BAD_USER_INPUT',
          });
          expect(answer.body.errors?.[0]?.extensions?.['field']).toBe(
            'representations[0].__typename',
          );
        }
      }
    });

    it('an automatic persisted query whose hash does not match is refused clearly', async () => {
      const answer = await post(platform.gateway.url, {
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.['code']).not.toBe('INTERNAL_SERVER_ERROR');
      expect(answer.body.errors?.[0]?.message).toMatch(/sha|hash/i);
    });
  });

  describe('the graphql-cop checks (development mode)', () => {
    it('alias overloading: 101 aliases of __typename are refused', async () => {
      const query = `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
      const answer = await post(platform.gateway.url, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxAliases' });
    });

    it('batch queries: even a batch of 2 is refused', async () => {
      const answer = await post(platform.gateway.url, [
        { query: 'query cop { __typename }' },
        { query: 'query cop { __typename }' },
      ]);
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
    });

    it('field duplication: 500 repeats of __typename are refused', async () => {
      const query = `query cop { ${Array.from({ length: 500 }, () => '__typename').join(' ')} }`;
      const answer = await post(platform.gateway.url, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]).toMatchObject({
        message: `The field "__typename" is asked for more than ${GATEWAY_LIMITS.maxSameField} times in one selection; ask for it once.`,
        extensions: { limit: 'maxSameField' },
      });
    });

    it('directive overloading: validation stops after a few errors instead of reporting each repeat', async () => {
      const query = `query cop { __typename ${'@aa'.repeat(50)} }`;
      const answer = await post(platform.gateway.url, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors!.length).toBeLessThanOrEqual(
        GATEWAY_LIMITS.maxValidationErrors + 1,
      );
      const many = `query cop { __typename ${'@include(if: true)'.repeat(GATEWAY_LIMITS.maxDirectives + 1)} }`;
      const refused = await post(platform.gateway.url, { query: many });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.map((error) => error.extensions?.['limit'])).toContain(
        'maxDirectives',
      );
    });

    it('circular introspection: nesting fields inside fields is refused', async () => {
      const query =
        'query cop { __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
      const answer = await post(platform.gateway.url, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: 'introspectionNesting' });
    });

    it('circular fragments: a fragment that spreads itself is refused', async () => {
      const query =
        'query cop { me { ...A } } fragment A on Account { ...B } fragment B on Account { ...A }';
      const answer = await post(platform.gateway.url, { query }, patient);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    });

    it('mutation over GET is refused', async () => {
      const query = encodeURIComponent('mutation cop { __typename }');
      const answer = await send(`${platform.gateway.url}?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(answer.status).toBe(405);
      expect(answer.body.data).toBeUndefined();
    });

    it('GET-based CSRF: a GET query without a preflight header is refused', async () => {
      const answer = await send(
        `${platform.gateway.url}?query=${encodeURIComponent('query cop { __typename }')}`,
        {},
      );
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/CSRF|preflight/i);
    });

    it('POST-based CSRF: a form-encoded query is refused', async () => {
      const answer = await send(platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=query%20cop%20%7B__typename%7D',
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toContain('"__typename"');
    });

    it('tracing and debug mode: answers carry no tracing, no stack traces, no internal messages', async () => {
      const answer = await post(
        platform.gateway.url,
        { query: 'query cop { case(id: "not-a-uuid") { id } }' },
        { ...patient, 'apollo-federation-include-trace': 'ftv1' },
      );
      expect(answer.body.extensions).toBeUndefined();
      expect(answer.text).not.toMatch(/stacktrace|exception|ftv1|tracing|at .+\.js:\d+/i);
    });

    it('GraphiQL: no GraphQL IDE or landing page is served', async () => {
      const answer = await send(platform.gateway.url, { headers: { accept: 'text/html' } });
      expect(answer.text).not.toMatch(/graphiql|sandbox|apollo-server-landing-page|embeddable/i);
      for (const url of Object.values(platform.urls)) {
        const direct = await send(url, { headers: { accept: 'text/html' } });
        expect(direct.text).not.toMatch(/graphiql|sandbox|apollo-server-landing-page|embeddable/i);
      }
    });

    it('unhandled errors: a malformed request gets a clear 400, never a 500', async () => {
      for (const body of ['{"query": ', '{"query": 42}', '[]', '{"query": "{", "variables": []}']) {
        const answer = await send(platform.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(answer.status).toBe(400);
        expect(answer.text).not.toMatch(/stack|at .+\.js:\d+/);
      }
    });
  });

  describe('in production mode', () => {
    let production: RunningGateway;

    beforeAll(async () => {
      const previous = process.env['NODE_ENV'];
      process.env['NODE_ENV'] = 'production';
      try {
        production = await startGateway({
          port: 0,
          subgraphUrls: platform.urls,
          identityOrm: platform.identityOrm,
          verifyToken: platform.verifyToken,
        });
      } finally {
        process.env['NODE_ENV'] = previous;
      }
    });
    afterAll(() => production.close());

    it('introspection: refused to anonymous callers and patients', async () => {
      for (const headers of [{}, patient]) {
        const answer = await post(production.url, { query: INTROSPECTION }, headers);
        expect(answer.status).toBe(403);
        expect(answer.body.errors?.[0]).toMatchObject({
          message: 'The schema can be introspected by staff only.',
          extensions: { code: 'FORBIDDEN' },
        });
      }
    });

    it('introspection: open to operations staff', async () => {
      const answer = await post(
        production.url,
        { query: INTROSPECTION },
        await platform.as('operations'),
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data?.['__schema']).toMatchObject({ queryType: { name: 'Query' } });
    });

    it('field suggestions: a mistyped field gets no “Did you mean …?”', async () => {
      const answer = await post(
        production.url,
        { query: '{ specialistz(first: 1) { edges { node { id } } } }' },
        patient,
      );
      expect(answer.status).toBe(400);
      expect(answer.text).not.toMatch(/Did you mean/);
      const development = await post(
        platform.gateway.url,
        { query: '{ specialistz(first: 1) { edges { node { id } } } }' },
        patient,
      );
      expect(development.text).toMatch(/Did you mean/);
    });
  });
});
