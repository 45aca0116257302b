import type { MikroORM } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import { ACCESS_TOKEN_TTL_SECONDS } from '../tokens/signing-keys';
import { issueAccessToken } from '../tokens/access-tokens';
import { verifyPassword } from '../accounts/passwords';
import { PartnerClient } from './partner-client.entity';

/** Token requests a client may make per minute before it is told to slow down. */
export const PARTNER_TOKEN_REQUESTS_PER_MINUTE = 30;

/**
 * Refuses a client over its rate limit, in the RFC 6749 error shape.
 * @param res - the response
 */
export function tooManyTokenRequests(res: Response): void {
  res.setHeader('Retry-After', '60');
  oauthError(res, 429, 'slow_down', 'Too many token requests; reuse a token until it expires.');
}

/** An OAuth 2.0 error response (RFC 6749 §5.2). */
function oauthError(res: Response, status: number, error: string, description: string): void {
  if (error === 'invalid_client') res.setHeader('WWW-Authenticate', 'Basic realm="consilium"');
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error, error_description: description });
}

/** The client's credentials: HTTP Basic (preferred, §2.3.1) or the request body. */
export function credentialsOf(req: Request): { clientId: string; secret: string } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1) return null;
    try {
      // RFC 6749 §2.3.1: both parts are form-urlencoded before joining.
      return {
        clientId: decodeURIComponent(decoded.slice(0, colon)),
        secret: decodeURIComponent(decoded.slice(colon + 1)),
      };
    } catch {
      return null;
    }
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (typeof body['client_id'] === 'string' && typeof body['client_secret'] === 'string') {
    return { clientId: body['client_id'], secret: body['client_secret'] };
  }
  return null;
}

/**
 * `POST /oauth/token` for partners: the client credentials grant (RFC 6749 §4.4). Answers an
 * access token for the client's organisation with the scopes asked for (a subset of those
 * granted; all of them when none are asked), or an RFC 6749 §5.2 error.
 * @param orm - the identity database
 * @returns the handler
 */
export function oauthTokenHandler(orm: MikroORM): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body['grant_type'] !== 'client_credentials') {
      oauthError(res, 400, 'unsupported_grant_type', 'grant_type must be client_credentials.');
      return;
    }
    const credentials = credentialsOf(req);
    if (!credentials) {
      oauthError(res, 401, 'invalid_client', 'Send client_id and client_secret (HTTP Basic).');
      return;
    }
    const em = orm.em.fork();
    const client = await em.findOne(PartnerClient, {
      clientId: credentials.clientId,
      revokedAt: null,
    });
    if (!(await verifyPassword(client?.secretHash ?? null, credentials.secret)) || !client) {
      oauthError(res, 401, 'invalid_client', 'The client id or secret is not right.');
      return;
    }
    const asked =
      typeof body['scope'] === 'string' ? body['scope'].split(' ').filter(Boolean) : client.scopes;
    const refused = asked.filter((scope) => !client.scopes.includes(scope));
    if (refused.length > 0) {
      oauthError(res, 400, 'invalid_scope', `Not granted to this client: ${refused.join(' ')}.`);
      return;
    }
    const { accessToken } = await issueAccessToken(em, {
      subject: client.id,
      roles: ['PARTNER'],
      partnerId: client.partnerId,
      scopes: asked,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      scope: asked.join(' '),
    });
  };
}
