import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import pino from 'pino';
import { NotFoundError } from './errors';
import { errorReportingPlugin } from './error-reporting.plugin';
import { createFormatError, INTERNAL_ERROR_MESSAGE } from './format-error';

describe('Errors a client receives', () => {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  const server = new ApolloServer<{ requestId: string; logger: pino.Logger }>({
    schema: buildSchema('type Query { broken: String, missing: String }'),
    rootValue: {
      broken: () => {
        throw new Error('ECONNRESET while reading /var/lib/consilium/secret.key');
      },
      missing: () => {
        throw new NotFoundError('Case', '019ad000-0000-7000-8000-000000000001');
      },
    },
    formatError: createFormatError(),
    plugins: [errorReportingPlugin()],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('hide what broke inside, carry the request id to quote, and log it in full with that id', async () => {
    const response = await server.executeOperation(
      { query: '{ broken }' },
      { contextValue: { requestId: 'req-7f3a', logger: logger.child({ reqId: 'req-7f3a' }) } },
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
    const logged = lines.map(
      (line) => JSON.parse(line) as { reqId?: string; err?: { message?: string } },
    );
    expect(logged).toContainEqual(
      expect.objectContaining({
        reqId: 'req-7f3a',
        err: expect.objectContaining({
          message: 'ECONNRESET while reading /var/lib/consilium/secret.key',
        }),
      }),
    );
  });

  it('keep the message and code of an error the client can act on, and do not log it', async () => {
    lines.length = 0;
    const response = await server.executeOperation(
      { query: '{ missing }' },
      { contextValue: { requestId: 'req-7f3b', logger } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0]?.message).toBe(
      'Case 019ad000-0000-7000-8000-000000000001 was not found.',
    );
    expect(result?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(lines).toEqual([]);
  });
});
