import type { GraphQLResponse } from '@consilium/subgraph-kit/testing';
import type { PartnerOperation } from './client/partner-client';
import type { TestPlatform } from '../testing/start-platform';

/** The demo partner (an insurer): its client credentials and organisation id. */
export const DEMO_PARTNER_CLIENT = {
  clientId: 'partner_demo_insurer',
  clientSecret: 'demo-partner-secret-2026',
  partnerId: '019ad000-0000-7000-8000-000000003001',
} as const;

/**
 * Gets an access token for the demo partner with the client credentials grant (RFC 6749 §4.4).
 * @param platform - the running platform
 * @param scope - space-separated scopes, e.g. `cases:read-status reports:read`
 * @returns the `Authorization` header to send
 */
export async function partnerSession(
  platform: TestPlatform,
  scope: string,
): Promise<{ authorization: string }> {
  const { clientId, clientSecret } = DEMO_PARTNER_CLIENT;
  const response = await fetch(`${platform.origin}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(`partner token failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return { authorization: `Bearer ${body.access_token}` };
}

/**
 * Runs a safelisted partner operation through the gateway by its SHA-256 (as partners must).
 * @param platform - the running platform
 * @param session - the partner's `Authorization`
 * @param operation - the generated document (with its hash)
 * @param variables - its variables
 * @returns the response
 */
export async function runPartnerOperation<TResult, TVariables>(
  platform: TestPlatform,
  session: { authorization: string },
  operation: PartnerOperation<TResult, TVariables>,
  variables: TVariables,
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(platform.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: session.authorization },
    body: JSON.stringify({
      variables,
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: operation.__meta__!.hash!.slice('sha256:'.length),
        },
      },
    }),
  });
  return (await response.json()) as GraphQLResponse<TResult>;
}
