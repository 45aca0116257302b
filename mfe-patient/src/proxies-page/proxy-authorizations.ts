import { graphql } from '../gql';

/** Authorisations for the patients the viewer acts for, and those the viewer holds. */
export const PROXY_AUTHORIZATIONS = graphql(`
  query ProxyAuthorizations {
    proxyAuthorizations {
      id
      patientId
      proxyAccountId
      proxyDisplayName
      patientDisplayName
      relationship
      validFrom
      validUntil
      revokedAt
    }
  }
`);

/** Where an authorisation stands now. */
export type GrantStatus = 'active' | 'revoked' | 'expired' | 'scheduled';

/**
 * Where an authorisation stands at a moment.
 * @param grant - its dates
 * @param now - the moment (default: now)
 * @returns active, revoked, expired or scheduled (not valid yet)
 */
export function grantStatus(
  grant: { validFrom: string; validUntil?: string | null; revokedAt?: string | null },
  now: number = Date.now(),
): GrantStatus {
  if (grant.revokedAt) return 'revoked';
  if (grant.validUntil && Date.parse(grant.validUntil) <= now) return 'expired';
  if (Date.parse(grant.validFrom) > now) return 'scheduled';
  return 'active';
}
