import { ClientError, type TokenVerifier, type Viewer } from '@consilium/subgraph-kit';
import { cachingTokenVerifier } from './verified-token-cache';

const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const bearer = (sub: string, expSeconds: number): string =>
  `Bearer ${part({ alg: 'EdDSA' })}.${part({ sub, exp: expSeconds })}.c2ln`;

function countingVerifier(): { verify: TokenVerifier; calls: () => number } {
  let calls = 0;
  const verify: TokenVerifier = async (authorization) => {
    calls += 1;
    if (!authorization) return null;
    if (authorization.includes('bad')) throw new ClientError('UNAUTHENTICATED', 'not valid');
    const payload = JSON.parse(
      Buffer.from(authorization.split('.')[1]!, 'base64url').toString(),
    ) as { sub: string; exp: number };
    if (payload.exp * 1000 <= Date.now()) throw new ClientError('UNAUTHENTICATED', 'expired');
    return { accountId: payload.sub } as Viewer;
  };
  return { verify, calls: () => calls };
}

describe('the gateway remembers the tokens it verified', () => {
  const inAnHour = Math.floor(Date.now() / 1000) + 3600;

  it('checks a token once for many requests, and each token on its own', async () => {
    const { verify, calls } = countingVerifier();
    const cached = cachingTokenVerifier(verify);
    for (let i = 0; i < 5; i += 1) {
      expect((await cached(bearer('a', inAnHour)))?.accountId).toBe('a');
    }
    expect((await cached(bearer('b', inAnHour)))?.accountId).toBe('b');
    expect(calls()).toBe(2);
  });

  it('refuses an expired token even after it was accepted', async () => {
    const { verify } = countingVerifier();
    const cached = cachingTokenVerifier(verify);
    const soon = Math.floor(Date.now() / 1000) + 1;
    await expect(cached(bearer('a', soon))).resolves.toMatchObject({ accountId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(cached(bearer('a', soon))).rejects.toThrow('expired');
  });

  it('checks a refused token every time, and forgets the oldest beyond its bound', async () => {
    const { verify, calls } = countingVerifier();
    const cached = cachingTokenVerifier(verify, 2);
    await expect(cached('Bearer bad.bad.bad')).rejects.toThrow('not valid');
    await expect(cached('Bearer bad.bad.bad')).rejects.toThrow('not valid');
    expect(calls()).toBe(2);
    await cached(bearer('a', inAnHour));
    await cached(bearer('b', inAnHour));
    await cached(bearer('c', inAnHour));
    await cached(bearer('a', inAnHour));
    expect(calls()).toBe(6);
  });
});
