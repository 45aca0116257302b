import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import pino from 'pino';
import { NotFoundError } from './errors';
import { createFormatError, INTERNAL_ERROR_MESSAGE } from './format-error';
import { requestIdPlugin } from './request-id.plugin';

describe('Errors a client receives', () => {
  const server = new ApolloServer<{ requestId: string }>({
    schema: buildSchema('type Query { broken: String, missing: String }'),
    rootValue: {
      broken: () => {
        throw new Error('ECONNRESET while reading /var/lib/consilium/secret.key');
      },
      missing: () => {
        throw new NotFoundError('Case', '019ad000-0000-7000-8000-000000000001');
      },
    },
    formatError: createFormatError(pino({ level: 'silent' })),
    plugins: [requestIdPlugin()],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('hide what broke inside and carry the request id to quote', async () => {
    const response = await server.executeOperation(
      { query: '{ broken }' },
      { contextValue: { requestId: 'req-7f3a' } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors).toEqual([
      {
        message: INTERNAL_ERROR_MESSAGE,
        path: ['broken'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-7f3a' },
      },
    ]);
  });

  it('keep the message and code of an error the client can act on', async () => {
    const response = await server.executeOperation(
      { query: '{ missing }' },
      { contextValue: { requestId: 'req-7f3b' } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0]?.message).toBe(
      'Case 019ad000-0000-7000-8000-000000000001 was not found.',
    );
    expect(result?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
