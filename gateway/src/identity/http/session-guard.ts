import type { MikroORM } from '@mikro-orm/core';
import {
  ClientError,
  issuedBefore,
  type TokenVerifier,
  type Viewer,
} from '@consilium/subgraph-kit';
import { Account } from '../accounts/account.entity';
import { PartnerClient } from '../partners/partner-client.entity';
import { ProxyAuthorization } from '../proxies/proxy-authorization.entity';

/**
 * The gateway's check of every access token before any subgraph sees it: valid (the subgraphs
 * verify it again themselves), and still in force: the account is not disabled or signed out
 * everywhere since the token was issued, and every patient it acts for is still authorised (a
 * revoked proxy authorisation takes effect at the next request, not when the token expires); a
 * partner client is not revoked.
 * @param orm - the identity database
 * @param verify - the token verifier
 * @returns a check that gives the token's viewer (null without a token) and throws
 *   UNAUTHENTICATED (HTTP 401) when the token must not be used
 */
export function sessionGuard(
  orm: MikroORM,
  verify: TokenVerifier,
): (authorization: string | undefined) => Promise<Viewer | null> {
  const refuse = (message: string): ClientError =>
    new ClientError('UNAUTHENTICATED', message, { http: { status: 401 } });
  return async (authorization) => {
    let viewer;
    try {
      viewer = await verify(authorization);
    } catch (error) {
      if (error instanceof ClientError) throw refuse(error.message);
      throw error;
    }
    if (!viewer) return null;
    const em = orm.em.fork();
    if (viewer.roles.includes('PARTNER')) {
      const client = await em.findOne(
        PartnerClient,
        { id: viewer.accountId },
        { fields: ['revokedAt'], disableIdentityMap: true },
      );
      if (!client || client.revokedAt) throw refuse('This API client has been revoked.');
      return viewer;
    }
    // two small reads per request: the account's three columns, and proxy grants only when the
    // token acts for someone other than the account's own patient
    const account = await em.findOne(
      Account,
      { id: viewer.accountId },
      { fields: ['disabledAt', 'sessionsRevokedAt', 'patientId'], disableIdentityMap: true },
    );
    if (!account || account.disabledAt) throw refuse('This account is disabled.');
    if (account.sessionsRevokedAt && issuedBefore(viewer.issuedAt, account.sessionsRevokedAt)) {
      throw refuse('You were signed out; sign in again.');
    }
    const proxied = viewer.patientIds.filter((id) => id !== account.patientId);
    if (proxied.length > 0) {
      const now = new Date();
      const grants = await em.find(
        ProxyAuthorization,
        { proxyAccountId: viewer.accountId, patientId: { $in: proxied }, revokedAt: null },
        { disableIdentityMap: true },
      );
      const inForce = new Set(
        grants.filter((grant) => grant.isActive(now)).map((grant) => grant.patientId),
      );
      if (proxied.some((id) => !inForce.has(id))) {
        throw refuse('Your access has changed; refresh your session.');
      }
    }
    return viewer;
  };
}
