import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWK,
  type KeyLike,
} from 'jose';
import { DEMO_IDS } from '../demo/demo-ids';
import { newId } from '../ids/uuid';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type Role, type Viewer } from '../auth/viewer';
import { createKeySetVerifier, type TokenVerifier } from '../auth/token-verifier';

/** Who a test token speaks for: roles plus whatever the role needs. */
export type TestViewer = Pick<Viewer, 'roles'> & Partial<Omit<Viewer, 'roles'>>;

/** The demo people as viewers (the same ids as the demo data and the demo accounts). */
export const TEST_VIEWERS = {
  operations: { accountId: '019ad000-0000-7000-8000-000000002004', roles: ['OPERATIONS'] },
  patient: {
    accountId: '019ad000-0000-7000-8000-000000002001',
    roles: ['PATIENT'],
    patientIds: [DEMO_IDS.patient],
  },
  specialist: {
    accountId: '019ad000-0000-7000-8000-000000002003',
    roles: ['SPECIALIST'],
    specialistId: DEMO_IDS.specialists[0],
  },
  otherPatient: {
    accountId: '019ad000-0000-7000-8000-000000002099',
    roles: ['PATIENT'],
    patientIds: ['019ad000-0000-7000-8000-000000000099'],
  },
} satisfies Record<string, TestViewer & { roles: Role[] }>;

type TestKeys = { privateKey: KeyLike; verify: TokenVerifier; jwks: { keys: JWK[] } };
let keys: Promise<TestKeys> | undefined;

function testKeys(): Promise<TestKeys> {
  keys ??= (async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const published = { keys: [{ ...(await exportJWK(publicKey)), kid: 'test', alg: 'EdDSA' }] };
    const jwks = createLocalJWKSet(published);
    const verify = createKeySetVerifier(() => jwks);
    return { privateKey, verify, jwks: published };
  })();
  return keys;
}

/**
 * Verifies tokens made by testToken: what startTestService gives a service when the identity
 * service is not running (service tests). The real verifier is createTokenVerifier.
 */
export const verifyTestToken: TokenVerifier = async (authorization) =>
  (await testKeys()).verify(authorization);

/**
 * Signs an access token for a test viewer with the test key (service tests).
 * @param viewer - who the token speaks for
 * @param expiresInSeconds - lifetime (negative for an expired token)
 * @returns the `Authorization` header to send
 */
export async function testAuthorization(
  viewer: TestViewer,
  expiresInSeconds = 600,
): Promise<{ authorization: string }> {
  const { privateKey } = await testKeys();
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    roles: viewer.roles,
    ...(viewer.patientIds?.length ? { pid: viewer.patientIds } : {}),
    ...(viewer.proxyRelationships && Object.keys(viewer.proxyRelationships).length
      ? { rel: viewer.proxyRelationships }
      : {}),
    ...(viewer.specialistId ? { spc: viewer.specialistId } : {}),
    ...(viewer.partnerId ? { org: viewer.partnerId } : {}),
    ...(viewer.displayName ? { name: viewer.displayName } : {}),
    ...(viewer.scopes?.length ? { scope: viewer.scopes.join(' ') } : {}),
  })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'test' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(viewer.accountId ?? newId())
    .setJti(newId())
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(privateKey);
  return { authorization: `Bearer ${token}` };
}

/**
 * The public key of testAuthorization's tokens as a JWKS, for service processes started by a
 * test (serve it and point IDENTITY_JWKS_URL at it).
 * @returns the JWK Set
 */
export async function testJwks(): Promise<{ keys: JWK[] }> {
  return (await testKeys()).jwks;
}
