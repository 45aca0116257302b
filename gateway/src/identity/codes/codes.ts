import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { recordEvent } from '@consilium/subgraph-kit';
import { codeHash } from '../identity-secret';
import type { Account } from '../accounts/account.entity';
import { CodePurpose, OneTimeCode } from './one-time-code.entity';

/** Codes live fifteen minutes. */
export const CODE_TTL_MS = 15 * 60_000;
/** Wrong guesses before a code is void. */
export const CODE_MAX_ATTEMPTS = 5;

/**
 * Issues a six-digit code (replacing earlier unused ones of the same purpose) and sends it through
 * the notification outbox (an AccountCodeIssued event, committed with the code; patient-intake
 * queues the email or SMS, which in the embedded default lands in the dev mailbox).
 * @param em - the transaction
 * @param account - who receives it
 * @param purpose - what it is for
 * @returns where it was sent
 */
export async function issueCode(
  em: EntityManager,
  account: Account,
  purpose: CodePurpose,
): Promise<{ channel: 'EMAIL' | 'SMS'; recipient: string }> {
  await em.nativeUpdate(
    OneTimeCode,
    { accountId: account.id, purpose, usedAt: null },
    { usedAt: new Date() },
  );
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(Date.now() + CODE_TTL_MS);
  em.create(OneTimeCode, { accountId: account.id, purpose, codeHash: codeHash(code), expiresAt });
  const byPhone = purpose === CodePurpose.VERIFY_PHONE || (!account.email && account.phone);
  const channel = byPhone ? 'SMS' : 'EMAIL';
  const recipient = (byPhone ? account.phone : account.email)!;
  recordEvent(em, {
    type: 'AccountCodeIssued',
    caseId: null,
    patientId: account.patientId,
    actor: { accountId: account.id, actingForPatientId: null },
    data: {
      accountId: account.id,
      purpose,
      channel,
      recipient,
      language: account.language === 'hi' ? 'hi' : 'en',
      code,
      expiresAt: expiresAt.toISOString(),
    },
  });
  return { channel, recipient };
}

/**
 * Checks a code and uses it up. Five wrong guesses void it.
 * @param em - the transaction
 * @param accountId - whose code
 * @param purpose - what it is for
 * @param code - as typed
 * @returns whether it was right (and still valid)
 */
export async function useCode(
  em: EntityManager,
  accountId: string,
  purpose: CodePurpose,
  code: string,
): Promise<boolean> {
  const live = await em.findOne(
    OneTimeCode,
    { accountId, purpose, usedAt: null, expiresAt: { $gt: new Date() } },
    { orderBy: { createdAt: 'desc' } },
  );
  if (!live) return false;
  const given = Buffer.from(codeHash(code.trim()), 'hex');
  if (!timingSafeEqual(Buffer.from(live.codeHash, 'hex'), given)) {
    live.attempts += 1;
    if (live.attempts >= CODE_MAX_ATTEMPTS) live.usedAt = new Date();
    return false;
  }
  live.usedAt = new Date();
  return true;
}
