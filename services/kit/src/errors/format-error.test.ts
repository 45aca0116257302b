import { GraphQLError } from 'graphql';
import { NotFoundError } from './errors';
import { createFormatError, INTERNAL_ERROR_MESSAGE } from './format-error';

describe('Error formatting', () => {
  const format = createFormatError();

  it('passes errors the client can act on through with their code', () => {
    const error = new NotFoundError('Case', 'abc');
    const formatted = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND', typeName: 'Case', id: 'abc' });
  });

  it('masks unexpected errors, dropping their message and stack', () => {
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
    expect(formatted.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
