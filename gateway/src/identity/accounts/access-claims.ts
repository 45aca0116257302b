import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '@consilium/subgraph-kit';
import { ProxyAuthorization } from '../proxies/proxy-authorization.entity';
import type { Account } from './account.entity';

/** What an account may do right now, as its next access token will say. */
export interface AccessClaims {
  roles: Role[];
  patientIds: string[];
  /** the relationship of each proxied patient (not the own record) */
  relationships: Record<string, string>;
  specialistId: string | null;
}

/**
 * Works out an account's current access: its roles, its own patient record, and the patients of
 * its proxy authorisations that are in force now (a revoked or expired one no longer counts).
 * @param em - an EntityManager
 * @param account - the account
 * @returns the claims
 */
export async function accessClaimsOf(em: EntityManager, account: Account): Promise<AccessClaims> {
  const authorisations = await em.find(ProxyAuthorization, {
    proxyAccountId: account.id,
    revokedAt: null,
  });
  const now = new Date();
  const patientIds = [
    ...(account.patientId ? [account.patientId] : []),
    ...authorisations.filter((grant) => grant.isActive(now)).map((grant) => grant.patientId),
  ];
  const roles = [...account.roles];
  if (authorisations.some((grant) => grant.isActive(now)) && !roles.includes('PROXY')) {
    roles.push('PROXY');
  }
  const relationships: Record<string, string> = {};
  for (const grant of authorisations.filter((grant) => grant.isActive(now))) {
    if (grant.patientId !== account.patientId) relationships[grant.patientId] = grant.relationship;
  }
  return {
    roles,
    patientIds: [...new Set(patientIds)],
    relationships,
    specialistId: account.specialistId,
  };
}
