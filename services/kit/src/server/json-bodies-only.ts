import type { RequestHandler } from 'express';

/** The `extensions.code` of a GraphQL POST whose body is not JSON. */
export const UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE';

/** A media type worth naming back to the caller (bounded, no parameters, no odd characters). */
const PLAIN_MEDIA_TYPE = /^[\w.+-]{1,60}\/[\w.+-]{1,60}$/;

/**
 * Refuses a `POST /graphql` whose body is not `application/json` (GraphQL over HTTP: a server
 * must accept `application/json` and may refuse other media types with 415) before any body
 * parser reads it: `text/plain`, `application/x-www-form-urlencoded` and `multipart/form-data`
 * are the types a cross-site form or a "simple" fetch may send without a CORS preflight, so they
 * are never parsed, let alone run (CSRF prevention alongside Apollo's preflight-header check,
 * which covers GET). Answers 415 with `extensions.code` UNSUPPORTED_MEDIA_TYPE and a message
 * naming the type that was sent; other methods and JSON bodies (any charset) pass.
 * @returns express middleware for `/graphql`, before `express.json`
 */
export function jsonBodiesOnly(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType === 'application/json') return next();
    const named = PLAIN_MEDIA_TYPE.test(mediaType) ? ` (this request sent ${mediaType})` : '';
    res.status(415).json({
      errors: [
        {
          message: `GraphQL requests are POSTed with Content-Type: application/json${named}.`,
          extensions: { code: UNSUPPORTED_MEDIA_TYPE, field: 'content-type' },
        },
      ],
    });
  };
}
