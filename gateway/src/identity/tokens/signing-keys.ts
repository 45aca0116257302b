import type { EntityManager } from '@mikro-orm/core';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type KeyLike,
} from 'jose';
import { seal, unseal } from '../identity-secret';
import { SigningKey } from './signing-key.entity';

/** Access tokens live ten minutes. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
/** A new key is published this long before it signs: longer than verifiers cache the JWKS. */
export const KEY_PUBLISH_LEAD_MS = 15 * 60_000;
/** Keys are replaced after this many days. */
export const KEY_LIFETIME_DAYS = 30;

async function createKey(em: EntityManager, activatesAt: Date): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', {
    crv: 'Ed25519',
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  return em.create(SigningKey, {
    kid,
    publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
    encryptedPrivateJwk: seal(JSON.stringify(privateJwk)),
    activatesAt,
  });
}

/**
 * Makes sure a key can sign now (the first start of a new installation). Idempotent.
 * @param em - a transaction
 */
export async function ensureSigningKey(em: EntityManager): Promise<void> {
  if ((await em.count(SigningKey, { retiresAt: null })) === 0) {
    await createKey(em, new Date());
    await em.flush();
  }
}

/**
 * Starts replacing the current key when it is older than KEY_LIFETIME_DAYS (or at once when
 * forced): the new key is published now and signs from KEY_PUBLISH_LEAD_MS on; the old one stays
 * published until every token it signed has expired.
 * @param em - a transaction
 * @param force - rotate regardless of age (a suspected leak)
 * @returns the new key, or null when none was needed
 */
export async function rotateSigningKey(
  em: EntityManager,
  force = false,
): Promise<SigningKey | null> {
  const current = await em.find(
    SigningKey,
    { retiresAt: null },
    { orderBy: { activatesAt: 'desc' } },
  );
  const newest = current[0];
  const age = newest ? Date.now() - newest.activatesAt.getTime() : Infinity;
  if (!force && newest && age < KEY_LIFETIME_DAYS * 86_400_000) return null;
  const activatesAt = new Date(Date.now() + KEY_PUBLISH_LEAD_MS);
  const next = await createKey(em, activatesAt);
  for (const key of current) {
    key.retiresAt = new Date(activatesAt.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000 + 60_000);
  }
  await em.flush();
  return next;
}

/**
 * The public keys verifiers need: every key not yet retired (RFC 7517 JWK Set).
 * @param em - an EntityManager
 * @returns the JWKS
 */
export async function publicJwks(em: EntityManager): Promise<{ keys: JWK[] }> {
  const keys = await em.find(
    SigningKey,
    { $or: [{ retiresAt: null }, { retiresAt: { $gt: new Date() } }] },
    { orderBy: { activatesAt: 'desc' } },
  );
  return { keys: keys.map((key) => key.publicJwk) };
}

const privateKeys = new Map<string, KeyLike | Uint8Array>();

/**
 * The key that signs now: the newest one already active.
 * @param em - an EntityManager
 * @returns its id and private key
 * @throws when there is none (ensureSigningKey runs at start, so only a broken database)
 */
export async function currentSigningKey(
  em: EntityManager,
): Promise<{ kid: string; key: KeyLike | Uint8Array }> {
  const [active] = await em.find(
    SigningKey,
    {
      activatesAt: { $lte: new Date() },
      $or: [{ retiresAt: null }, { retiresAt: { $gt: new Date() } }],
    },
    { orderBy: { activatesAt: 'desc' }, limit: 1 },
  );
  if (!active) throw new Error('no signing key is active');
  let key = privateKeys.get(active.kid);
  if (!key) {
    key = await importJWK(JSON.parse(unseal(active.encryptedPrivateJwk)) as JWK, 'EdDSA');
    privateKeys.set(active.kid, key);
  }
  return { kid: active.kid, key };
}
