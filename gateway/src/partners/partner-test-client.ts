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
