import { GraphQLError } from 'graphql';
import pino from 'pino';
import { NotFoundError } from './errors';
import { createFormatError } from './format-error';

describe('Error formatting', () => {
  const lines: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
  const format = createFormatError(logger);

  it('passes errors the client can act on through with their code', () => {
    const error = new NotFoundError('Case', 'abc');
    const formatted = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND', typeName: 'Case', id: 'abc' });
  });

  it('masks unexpected errors and logs them in full', () => {
    const error = new GraphQLError(
      'select * from "patient" failed: connection refused at 10.0.0.5',
      {
        originalError: new Error('connection refused at 10.0.0.5'),
      },
    );
    const formatted = format(
      {
        message: error.message,
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      error,
    );
    expect(formatted.message).not.toContain('10.0.0.5');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(lines.join('')).toContain('connection refused at 10.0.0.5');
  });
});
