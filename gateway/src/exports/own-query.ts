import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that marks a query the gateway sends to itself (see ownQueryHeaders). */
export const OWN_QUERY_HEADER = 'x-consilium-own-query';

// made once per process: only this gateway's own export routes know it
const OWN_QUERY_TOKEN = randomBytes(32).toString('hex');

/**
 * The header the gateway's export routes add when they run their fixed queries through the
 * gateway as the caller, so those queries, which read a whole record and no client can shape, are
 * not held to the cost limit (all the other limits, the caller's authorisation and the audit
 * still apply).
 * @returns the header to send
 */
export function ownQueryHeaders(): Record<string, string> {
  return { [OWN_QUERY_HEADER]: OWN_QUERY_TOKEN };
}

/**
 * Whether a request carries this process's own-query token.
 * @param given - the header's value
 * @returns true only for the gateway's own export queries
 */
export function isOwnQuery(given: string | string[] | undefined): boolean {
  if (typeof given !== 'string' || given.length !== OWN_QUERY_TOKEN.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(OWN_QUERY_TOKEN));
}
