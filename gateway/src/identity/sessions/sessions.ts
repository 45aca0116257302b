import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { newId } from '@consilium/subgraph-kit';
import { RefreshToken } from './refresh-token.entity';

/** A sign-in lasts 30 days of inactivity at most. */
export const REFRESH_TOKEN_TTL_MS = 30 * 86_400_000;

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Starts or continues a sign-in session with a new refresh token (256 random bits).
 * @param em - the transaction
 * @param accountId - whose session
 * @param family - the session's family, or a new one
 * @returns the token to put in the cookie (only its hash is stored)
 */
export function issueRefreshToken(em: EntityManager, accountId: string, family = newId()): string {
  const token = randomBytes(32).toString('base64url');
  em.create(RefreshToken, {
    tokenHash: hashOf(token),
    family,
    accountId,
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  return token;
}

/** Why a refresh token was not accepted. */
export type RefreshRefusal = 'unknown' | 'expired' | 'revoked' | 'reused' | 'raced';

/**
 * Two tabs refreshing with the same cookie at once is not theft: a second use this soon after
 * the first is refused without revoking anything, and the tab retries with the new cookie.
 */
export const REFRESH_RACE_GRACE_MS = 10_000;

/**
 * Exchanges a refresh token for its successor. A token presented twice means someone else has a
 * copy: its whole family is revoked and both holders must sign in again.
 * @param em - the transaction
 * @param token - from the cookie
 * @returns the account id and the new token, or why it was refused
 */
export async function rotateRefreshToken(
  em: EntityManager,
  token: string,
): Promise<{ accountId: string; token: string } | { refused: RefreshRefusal }> {
  const found = await em.findOne(RefreshToken, { tokenHash: hashOf(token) });
  if (!found) return { refused: 'unknown' };
  if (found.revokedAt) return { refused: 'revoked' };
  if (found.usedAt) {
    if (Date.now() - found.usedAt.getTime() < REFRESH_RACE_GRACE_MS) return { refused: 'raced' };
    await revokeFamily(em, found.family);
    return { refused: 'reused' };
  }
  if (found.expiresAt <= new Date()) return { refused: 'expired' };
  found.usedAt = new Date();
  return {
    accountId: found.accountId,
    token: issueRefreshToken(em, found.accountId, found.family),
  };
}

/**
 * Ends one session (sign-out on this device).
 * @param em - the transaction
 * @param token - the session's current refresh token
 */
export async function endSession(em: EntityManager, token: string): Promise<void> {
  const found = await em.findOne(RefreshToken, { tokenHash: hashOf(token) });
  if (found) await revokeFamily(em, found.family);
}

async function revokeFamily(em: EntityManager, family: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { family, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * Ends every session of an account (sign-out everywhere, password reset, account disabled).
 * @param em - the transaction
 * @param accountId - the account
 */
export async function endAllSessions(em: EntityManager, accountId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { accountId, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * The account of a live refresh token (not used up, revoked or expired).
 * @param em - an EntityManager
 * @param token - from the cookie
 * @returns the account id, or null
 */
export async function accountOfRefreshToken(
  em: EntityManager,
  token: string,
): Promise<string | null> {
  const found = await em.findOne(RefreshToken, {
    tokenHash: hashOf(token),
    revokedAt: null,
    expiresAt: { $gt: new Date() },
  });
  return found?.accountId ?? null;
}
