import { randomUUID } from 'node:crypto';
import { startGateway, type RunningGateway } from '../server/gateway-server';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import type { RateLimitSettings } from './rate-limit-settings';

/** Redis to count in (CI sets it: `.ci/run`); without it this file's tests are skipped. */
const REDIS_URL = process.env['REDIS_URL'];

const LIMITS: RateLimitSettings = { perIp: 6, perAccount: 4, perPartner: 3, windowMs: 3_000 };

/** A GraphQL request from `address` (the gateways trust the loopback proxy that says so). */
async function post(gateway: RunningGateway, address: string, authorization?: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await response.arrayBuffer();
  return response;
}

(REDIS_URL ? describe : describe.skip)('Rate limits in Redis', () => {
  let platform: TestPlatform;
  let second: RunningGateway;
  // this run's own keys, so runs sharing the Redis never count each other's requests
  const keyPrefix = `consilium-test:${randomUUID()}:`;

  beforeAll(async () => {
    const rateLimits = { settings: LIMITS, redisUrl: REDIS_URL!, keyPrefix };
    platform = await startTestPlatform({ trustProxy: 'loopback', rateLimits });
    second = await startGateway({
      port: 0,
      subgraphUrls: platform.urls,
      identityOrm: platform.subgraphs.identity.orm,
      verifyToken: platform.verifyToken,
      trustProxy: 'loopback',
      rateLimits,
    });
  });
  afterAll(async () => {
    await second?.close();
    await platform?.stop();
  });

  it('two gateway replicas sharing Redis share one count per address', async () => {
    const replicas = [platform.gateway, second];
    for (let sent = 0; sent < LIMITS.perIp; sent += 1) {
      expect((await post(replicas[sent % 2]!, '203.0.113.60')).status).toBe(200);
    }
    for (const replica of replicas) {
      const refused = await post(replica, '203.0.113.60');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  });

  it('and one count per account, whichever replica and address a request reaches', async () => {
    const patient = (await platform.as('patient')).authorization;
    for (let sent = 0; sent < LIMITS.perAccount; sent += 1) {
      const replica = sent % 2 === 0 ? platform.gateway : second;
      expect((await post(replica, `198.51.100.${sent + 1}`, patient)).status).toBe(200);
    }
    const refused = await fetch(second.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: patient },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: `Too many requests: at most ${LIMITS.perAccount} per 3 seconds per account; retry after ${retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    // the window ends in Redis for both replicas
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect((await post(platform.gateway, '198.51.100.9', patient)).status).toBe(200);
  });
});
