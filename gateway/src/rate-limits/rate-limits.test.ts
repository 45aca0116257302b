import { createLogger } from '@consilium/subgraph-kit';
import { startGateway, type RunningGateway } from '../server/gateway-server';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { PartnerCasesDocument } from '../partners/client/gql/graphql';
import { partnerSession } from '../partners/partner-test-client';
import type { RateLimitSettings } from './rate-limit-settings';

/** Small limits and a three-second window, so a test reaches them and sees them reset. */
const LIMITS: RateLimitSettings = { perIp: 12, perAccount: 4, perPartner: 3, windowMs: 3_000 };

/** A GraphQL request through the gateway from `address` (the test runs behind a trusted proxy). */
async function post(
  url: string,
  address: string,
  body: unknown,
  authorization?: string,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Sends `count` requests at once and returns their statuses. */
async function statuses(count: number, send: () => Promise<Response>): Promise<number[]> {
  const responses = await Promise.all(Array.from({ length: count }, send));
  await Promise.all(responses.map((response) => response.arrayBuffer()));
  return responses.map((response) => response.status);
}

/** The refusal's body and headers, checked to be what a client is promised. */
async function expectRefusal(response: Response, limit: number, unit: string): Promise<number> {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(LIMITS.windowMs / 1000);
  expect(response.headers.get('ratelimit-policy')).toContain(`q=${limit}; w=3`);
  expect(await response.json()).toEqual({
    errors: [
      {
        message: `Too many requests: at most ${limit} per 3 seconds per ${unit}; retry after ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      },
    ],
  });
  return retryAfter;
}

/** Waits the seconds a refusal's `Retry-After` named. */
const waitSeconds = (seconds: number) =>
  new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100));

const TYPENAME = { query: '{ __typename }' };

describe('Rate limits', () => {
  let platform: TestPlatform;
  let url: string;

  beforeAll(async () => {
    platform = await startTestPlatform({
      trustProxy: 'loopback',
      rateLimits: { settings: LIMITS, redisUrl: null },
    });
    url = platform.gateway.url;
  });
  afterAll(() => platform.stop());

  it('refuse a client address over its limit with 429, Retry-After and a GraphQL error, until the window resets', async () => {
    const flood = () => post(url, '203.0.113.10', TYPENAME);
    expect(await statuses(LIMITS.perIp, flood)).toEqual(Array(LIMITS.perIp).fill(200));
    const refused = await flood();
    expect(refused.headers.get('ratelimit')).toContain('"address"; r=0');
    const retryAfter = await expectRefusal(refused, LIMITS.perIp, 'client address');

    // another address is not affected
    expect((await post(url, '203.0.113.11', TYPENAME)).status).toBe(200);
    // the same address, on another API route, is counted in the same allowance
    const download = await fetch(`${platform.origin}/health-record/${'0'.repeat(32)}/fhir`, {
      headers: { 'x-forwarded-for': '203.0.113.10' },
    });
    expect(download.status).toBe(429);
    expect(await download.json()).toEqual({
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringContaining('per client address') as string,
        retryAfterSeconds: Number(download.headers.get('retry-after')),
      },
    });

    await waitSeconds(retryAfter);
    const again = await flood();
    expect(again.status).toBe(200);
    expect(again.headers.get('ratelimit')).toContain(`"address"; r=${LIMITS.perIp - 1}`);
  });

  it('count each account apart, even two from one address, and one account across addresses', async () => {
    const patient = (await platform.as('patient')).authorization;
    const proxy = (await platform.as('proxy')).authorization;
    const asPatient = () => post(url, '203.0.113.20', TYPENAME, patient);
    expect(await statuses(LIMITS.perAccount, asPatient)).toEqual(
      Array(LIMITS.perAccount).fill(200),
    );
    const retryAfter = await expectRefusal(await asPatient(), LIMITS.perAccount, 'account');
    // a second account from the same address has its own allowance
    expect((await post(url, '203.0.113.20', TYPENAME, proxy)).status).toBe(200);
    // the patient from another address is still over the limit: it is counted per account
    await expectRefusal(
      await post(url, '198.51.100.7', TYPENAME, patient),
      LIMITS.perAccount,
      'account',
    );

    await waitSeconds(retryAfter);
    expect((await asPatient()).status).toBe(200);
  });

  it('count a request with a token that does not verify by its address only, not by its claims', async () => {
    const specialist = (await platform.as('specialist')).authorization;
    const [header, payload] = specialist.replace('Bearer ', '').split('.');
    const forged = `Bearer ${header}.${payload}.${'A'.repeat(86)}`;
    // more requests than the account may make, all with the specialist's claims but no valid signature
    const forgedStatuses = await statuses(LIMITS.perAccount + 2, () =>
      post(url, '203.0.113.30', TYPENAME, forged),
    );
    expect(forgedStatuses).not.toContain(429);
    expect((await post(url, '203.0.113.31', TYPENAME, specialist)).status).toBe(200);
  });

  it('count each partner API client apart, across addresses', async () => {
    const partner = (await partnerSession(platform, 'cases:read-status')).authorization;
    const cases = {
      variables: { first: 5 },
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: PartnerCasesDocument.__meta__!.hash!.slice('sha256:'.length),
        },
      },
    };
    const fromFirst = () => post(url, '203.0.113.40', cases, partner);
    expect(await statuses(LIMITS.perPartner, fromFirst)).toEqual(
      Array(LIMITS.perPartner).fill(200),
    );
    await expectRefusal(
      await post(url, '203.0.113.41', cases, partner),
      LIMITS.perPartner,
      'partner API client',
    );
    // an account from the partner's address is not held back by the partner's count
    const ops = (await platform.as('operations')).authorization;
    expect((await post(url, '203.0.113.40', TYPENAME, ops)).status).toBe(200);
  });

  describe('when Redis is set but cannot be reached', () => {
    let gateway: RunningGateway;
    const logs: string[] = [];

    beforeAll(async () => {
      gateway = await startGateway({
        port: 0,
        subgraphUrls: platform.urls,
        identityOrm: platform.subgraphs.identity.orm,
        verifyToken: platform.verifyToken,
        logger: createLogger('gateway', { write: (line: string) => logs.push(line) }),
        trustProxy: 'loopback',
        // nothing listens on this port (this engineer's range)
        rateLimits: { settings: LIMITS, redisUrl: 'redis://127.0.0.1:16251' },
      });
    });
    afterAll(() => gateway.close());

    it('serve every request (fail open) and log why the limits are not applied', async () => {
      const flood = () => post(gateway.url, '203.0.113.50', TYPENAME);
      expect(await statuses(LIMITS.perIp + 3, flood)).toEqual(Array(LIMITS.perIp + 3).fill(200));
      expect(logs.join('\n')).toContain('rate limits not applied: their store failed');
    });
  });
});
