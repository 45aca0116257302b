import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';

/** Messages for the HTTP errors the body parser and static files raise, by status. */
const MESSAGES: Record<number, string> = {
  400: 'The request is malformed.',
  403: 'This address may not be requested.',
  404: 'Nothing was found at this address.',
  413: 'The request body is too large.',
  415: 'Send the request as application/json.',
};

/**
 * Express's last error handler: answers in the GraphQL error shape (never a stack trace or a
 * file path), with the status the failing middleware chose (400 for malformed JSON, 413 for a
 * body over the limit, 404 for a missing file); anything else is logged and answered 500.
 * @param logger - where unexpected errors are logged
 * @returns an express error handler
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string }, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const raw = error.status ?? error.statusCode ?? 500;
    const status = raw >= 400 && raw < 600 ? raw : 500;
    if (status >= 500) logger.error({ err: error, url: req.originalUrl }, 'unexpected HTTP error');
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : status < 500
          ? (MESSAGES[status] ?? 'The request was refused.')
          : 'Something went wrong on our side.';
    const code =
      status === 404
        ? 'NOT_FOUND'
        : status === 403
          ? 'FORBIDDEN'
          : status < 500
            ? 'BAD_REQUEST'
            : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/**
 * Answers any request no route took with 404 in the GraphQL error shape.
 * @returns an express handler
 */
export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    res
      .status(404)
      .json({ errors: [{ message: MESSAGES[404], extensions: { code: 'NOT_FOUND' } }] });
  };
}
