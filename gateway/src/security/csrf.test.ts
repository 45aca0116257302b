import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

// Issue 12, "CSRF prevention": a request a browser would send cross-site without a CORS
// preflight (a GET, or a POST with a text/plain, urlencoded or multipart body) never runs an
// operation, on the gateway or on any subgraph; a mutation never runs over GET. Uploads do not go
// through /graphql (they are PUT to their own signed route), so nothing needs multipart here.

const QUERY = '{ __typename }';
const MUTATION = 'mutation { __typename }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('Cross-site request forgery', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.stop());

  const endpoints = (): [string, string][] => [
    ['gateway', platform.gateway.url],
    ...Object.entries(platform.urls),
  ];

  /** Sends a request to each endpoint. */
  const toEach = async (
    path: string,
    init: RequestInit,
  ): Promise<{ endpoint: string; answer: Answer }[]> =>
    Promise.all(
      endpoints().map(async ([endpoint, url]) => {
        const response = await fetch(url + path, init);
        return {
          endpoint,
          answer: {
            status: response.status,
            headers: response.headers,
            body: (await response.json()) as Answer['body'],
          },
        };
      }),
    );

  const form = (): FormData => {
    const body = new FormData();
    body.set('operations', JSON.stringify({ query: QUERY }));
    body.set('map', '{}');
    return body;
  };

  it('refuses a GET query without a preflight header (400, nothing runs)', async () => {
    for (const { endpoint, answer } of await toEach(`?query=${encodeURIComponent(QUERY)}`, {})) {
      expect({ endpoint, status: answer.status, data: answer.body.data }).toEqual({
        endpoint,
        status: 400,
        data: undefined,
      });
      expect(answer.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('Cross-Site Request Forgery'),
        extensions: { code: 'BAD_REQUEST' },
      });
    }
  });

  it('runs a GET query that carries the preflight header (what a same-origin client sends)', async () => {
    const answers = await toEach(`?query=${encodeURIComponent(QUERY)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    for (const { endpoint, answer } of answers) {
      expect({ endpoint, status: answer.status, body: answer.body }).toEqual({
        endpoint,
        status: 200,
        body: { data: { __typename: 'Query' } },
      });
    }
  });

  it('refuses a mutation over GET even with the preflight header (405, Allow: POST)', async () => {
    const answers = await toEach(`?query=${encodeURIComponent(MUTATION)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    for (const { endpoint, answer } of answers) {
      expect({
        endpoint,
        status: answer.status,
        allow: answer.headers.get('allow'),
        data: answer.body.data,
        message: answer.body.errors?.[0]?.message,
      }).toEqual({
        endpoint,
        status: 405,
        allow: 'POST',
        data: undefined,
        message: 'GET requests only support query operations, not mutation operations',
      });
    }
  });

  it.each([
    [
      'text/plain',
      () => ({ 'content-type': 'text/plain' }),
      () => JSON.stringify({ query: QUERY }),
    ],
    [
      'application/x-www-form-urlencoded',
      () => ({ 'content-type': 'application/x-www-form-urlencoded' }),
      () => `query=${encodeURIComponent(QUERY)}`,
    ],
    ['multipart/form-data', () => ({}), form],
  ] as const)(
    'refuses a %s POST with 415 before it is parsed, with or without a preflight header',
    async (mediaType, headers, body) => {
      for (const preflight of [{}, { 'apollo-require-preflight': 'true' }]) {
        const answers = await toEach('', {
          method: 'POST',
          headers: { ...headers(), ...preflight },
          body: body(),
        });
        for (const { endpoint, answer } of answers) {
          expect({ endpoint, status: answer.status, body: answer.body }).toEqual({
            endpoint,
            status: 415,
            body: {
              errors: [
                {
                  message: `GraphQL requests are POSTed with Content-Type: application/json (this request sent ${mediaType}).`,
                  extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type' },
                },
              ],
            },
          });
        }
      }
    },
  );

  it('refuses a POST without a content type with 415, and runs the same body sent as JSON', async () => {
    const body = JSON.stringify({ query: QUERY });
    for (const { endpoint, answer } of await toEach('', {
      method: 'POST',
      body: new TextEncoder().encode(body),
    })) {
      expect({ endpoint, status: answer.status, data: answer.body.data }).toEqual({
        endpoint,
        status: 415,
        data: undefined,
      });
      expect(answer.body.errors?.[0]?.message).toBe(
        'GraphQL requests are POSTed with Content-Type: application/json.',
      );
    }
    for (const { endpoint, answer } of await toEach('', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
    })) {
      expect({ endpoint, status: answer.status, body: answer.body }).toEqual({
        endpoint,
        status: 200,
        body: { data: { __typename: 'Query' } },
      });
    }
  });
});
