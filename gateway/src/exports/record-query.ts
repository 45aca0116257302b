import type { TokenVerifier } from '@consilium/subgraph-kit';
import type { Request, Response } from 'express';
import { ownQueryHeaders } from './own-query';

/** Why a query made on a person's behalf gave no usable answer, as an HTTP refusal. */
export class RecordQueryRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs a GraphQL query through this gateway with the caller's own token, so every subgraph
 * authorises and audits each read as for any query (marked as the gateway's own, so the fixed
 * whole-record query is not held to the cost limit).
 * @param graphqlUrl - this gateway's own GraphQL URL
 * @param req - the caller's request (its Authorization, user agent and address are passed on)
 * @param query - the document
 * @param variables - its variables
 * @param isComplete - whether the data holds everything the caller needs
 * @returns the data
 * @throws RecordQueryRefused: 401/403/404 as the subgraphs decided; 502 SUBGRAPH_UNAVAILABLE when
 *   any part could not be read (an incomplete record is never handed out)
 */
export async function queryAsCaller<T>(
  graphqlUrl: string,
  req: Request,
  query: string,
  variables: Record<string, unknown>,
  isComplete: (data: T) => boolean,
): Promise<T> {
  const answer = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: req.headers.authorization ?? '',
      'user-agent': req.headers['user-agent'] ?? 'consilium-export',
      'x-forwarded-for': req.ip ?? '',
      ...ownQueryHeaders(),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await answer.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  const code = error?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'NOT_FOUND') {
    const status = code === 'UNAUTHENTICATED' ? 401 : code === 'NOT_FOUND' ? 404 : 403;
    throw new RecordQueryRefused(status, code, error!.message);
  }
  if (error || !body.data || !isComplete(body.data)) {
    throw new RecordQueryRefused(
      502,
      'SUBGRAPH_UNAVAILABLE',
      'Part of the record could not be read just now; try again shortly.',
    );
  }
  return body.data;
}

/**
 * Checks the caller is signed in on the patient's side (the patient or their proxy).
 * @param req - the request (Bearer token)
 * @param verifyToken - checks the token
 * @param patientId - whose record
 * @param forbidden - the sentence for anyone else
 * @throws RecordQueryRefused 401 without a valid token, 403 for anyone else
 */
export async function requirePatientSideCaller(
  req: Request,
  verifyToken: TokenVerifier,
  patientId: string,
  forbidden: string,
): Promise<void> {
  const viewer = await verifyToken(req.headers.authorization).catch(() => null);
  if (!viewer) {
    throw new RecordQueryRefused(
      401,
      'UNAUTHENTICATED',
      'Sign in first: this needs an access token.',
    );
  }
  const patientSide =
    (viewer.roles.includes('PATIENT') || viewer.roles.includes('PROXY')) &&
    viewer.patientIds.includes(patientId);
  if (!patientSide) throw new RecordQueryRefused(403, 'FORBIDDEN', forbidden);
}

/**
 * Answers a refusal as JSON (`{ error: { code, message } }`), never cached.
 * @param res - the response
 * @param refusal - status, code and sentence
 */
export function sendRefusal(res: Response, refusal: RecordQueryRefused): void {
  res
    .status(refusal.status)
    .set('Cache-Control', 'no-store')
    .json({ error: { code: refusal.code, message: refusal.message } });
}
