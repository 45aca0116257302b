import type { MikroORM } from '@mikro-orm/core';
import { ClientError, issuedBefore, type TokenVerifier } from '@consilium/subgraph-kit';
import { accessClaimsOf } from '../accounts/access-claims';
import { Account } from '../accounts/account.entity';
import { PartnerClient } from '../partners/partner-client.entity';

/**
 * The gateway's check of every access token before any subgraph sees it: valid (the subgraphs
 * verify it again themselves), and still in force: the account is not disabled or signed out
 * everywhere since the token was issued, and every patient it acts for is still authorised (a
 * revoked proxy authorisation takes effect at the next request, not when the token expires); a
 * partner client is not revoked.
 * @param orm - the identity database
 * @param verify - the token verifier
 * @returns a check that throws UNAUTHENTICATED (HTTP 401) when the token must not be used
 */
export function sessionGuard(
  orm: MikroORM,
  verify: TokenVerifier,
): (authorization: string | undefined) => Promise<void> {
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
    if (!viewer) return;
    const em = orm.em.fork();
    if (viewer.roles.includes('PARTNER')) {
      const client = await em.findOne(PartnerClient, { id: viewer.accountId });
      if (!client || client.revokedAt) throw refuse('This API client has been revoked.');
      return;
    }
    const account = await em.findOne(Account, { id: viewer.accountId });
    if (!account || account.disabledAt) throw refuse('This account is disabled.');
    if (account.sessionsRevokedAt && issuedBefore(viewer.issuedAt, account.sessionsRevokedAt)) {
      throw refuse('You were signed out; sign in again.');
    }
    if (viewer.patientIds.length > 0) {
      const current = new Set((await accessClaimsOf(em, account)).patientIds);
      if (viewer.patientIds.some((id) => !current.has(id))) {
        throw refuse('Your access has changed; refresh your session.');
      }
    }
  };
}
