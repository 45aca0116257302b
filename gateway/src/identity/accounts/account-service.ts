import { raw, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { newId } from '@consilium/subgraph-kit';
import { issueAccessToken } from '../tokens/access-tokens';
import { revokeAccess } from '../sessions/revoke-access';
import { endAllSessions, issueRefreshToken } from '../sessions/sessions';
import { issueCode, useCode } from '../codes/codes';
import { CodePurpose } from '../codes/one-time-code.entity';
import { accessClaimsOf } from './access-claims';
import { Account } from './account.entity';
import { AuthError } from './auth-errors';
import { normaliseName } from '@consilium/validation';
import { checkPhone, maskLogin, normaliseEmail, parseLogin } from './logins';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

/** Failed sign-ins in a row before the account locks. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long a lock lasts. */
export const LOCK_MS = 15 * 60_000;

/** What the apps learn about the signed-in person. */
export interface SessionAccount {
  id: string;
  displayName: string;
  roles: string[];
  patientIds: string[];
  specialistId: string | null;
  language: string;
}

/** A started session: the access token for the app and the refresh token for the cookie. */
export interface Session {
  accessToken: string;
  expiresAt: string;
  account: SessionAccount;
  refreshToken: string;
}

/** Sign-up as typed. */
export interface SignUpInput {
  kind: 'PATIENT' | 'PROXY';
  displayName: string;
  email?: string;
  phone?: string;
  password: string;
  language?: 'en' | 'hi';
}

/**
 * Registers a patient (with a new patient record id) or a proxy, unverified, and sends a
 * verification code to the email (or the phone when there is no email).
 * @param em - the transaction
 * @param input - as typed
 * @returns the account and where the code went
 * @throws AuthError BAD_USER_INPUT naming the field; CONFLICT when the email or phone is taken
 */
export async function signUp(
  em: EntityManager,
  input: SignUpInput,
): Promise<{ account: Account; sentTo: string; channel: 'EMAIL' | 'SMS' }> {
  const named = normaliseName(input.displayName);
  if ('problem' in named) {
    throw new AuthError('BAD_USER_INPUT', named.problem, { field: 'displayName' });
  }
  const displayName = named.name;
  const email = input.email ? normaliseEmail(input.email) : null;
  if (input.email && !email) {
    throw new AuthError('BAD_USER_INPUT', 'This is not an email address.', { field: 'email' });
  }
  const checkedPhone = input.phone ? checkPhone(input.phone) : null;
  if (checkedPhone && 'problem' in checkedPhone) {
    throw new AuthError('BAD_USER_INPUT', checkedPhone.problem, { field: 'phone' });
  }
  const phone = checkedPhone?.phone ?? null;
  if (!email && !phone) {
    throw new AuthError('BAD_USER_INPUT', 'Give an email address or a phone number.', {
      field: 'email',
    });
  }
  const problem = passwordProblem(input.password, [email, phone]);
  if (problem) throw new AuthError('BAD_USER_INPUT', problem, { field: 'password' });
  for (const [field, value] of [
    ['email', email],
    ['phone', phone],
  ] as const) {
    if (value && (await em.count(Account, { [field]: value }))) {
      throw new AuthError(
        'CONFLICT',
        `An account with this ${field} already exists; sign in or reset the password.`,
        { field },
      );
    }
  }
  const account = em.create(Account, {
    displayName,
    email,
    phone,
    passwordHash: await hashPassword(input.password),
    roles: [input.kind],
    patientId: input.kind === 'PATIENT' ? newId() : null,
    language: input.language === 'hi' ? 'hi' : 'en',
  });
  const sent = await issueCode(
    em,
    account,
    email ? CodePurpose.VERIFY_EMAIL : CodePurpose.VERIFY_PHONE,
  );
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new AuthError('CONFLICT', 'An account with this email or phone already exists.', {
        field: email ? 'email' : 'phone',
      });
    }
    throw error;
  }
  return { account, sentTo: maskLogin(sent.recipient), channel: sent.channel };
}

/**
 * Finds the account of a login typed into one box.
 * @param em - an EntityManager
 * @param raw - email or phone as typed
 * @returns the account, or null
 */
export async function findByLogin(em: EntityManager, raw: string): Promise<Account | null> {
  const login = parseLogin(raw);
  if (!login) return null;
  return em.findOne(Account, login.email ? { email: login.email } : { phone: login.phone! });
}

const isVerified = (account: Account): boolean =>
  Boolean(account.emailVerifiedAt ?? account.phoneVerifiedAt);

/**
 * Checks a password. Five failures in a row lock the account for fifteen minutes (the answer
 * for an unknown login and a wrong password is the same, and takes as long).
 * @param em - the transaction
 * @param login - email or phone as typed
 * @param password - as typed
 * @returns the account
 * @throws AuthError INVALID_CREDENTIALS (also for a phone not yet confirmed), ACCOUNT_LOCKED (with
 *   retryAfterSeconds), ACCOUNT_DISABLED (right password, disabled account), UNVERIFIED (a new
 *   code is sent)
 */
export async function checkCredentials(
  em: EntityManager,
  login: string,
  password: string,
): Promise<Account> {
  const account = await findByLogin(em, login);
  const now = Date.now();
  if (account?.lockedUntil && account.lockedUntil.getTime() > now) {
    throw locked(account.lockedUntil);
  }
  const matches = await verifyPassword(account?.passwordHash ?? null, password);
  if (!account || !matches) {
    if (account) await countFailedSignIn(em, account);
    throw new AuthError('INVALID_CREDENTIALS', 'The email/phone or the password is not right.');
  }
  if (account.disabledAt) {
    throw new AuthError('ACCOUNT_DISABLED', 'This account is disabled; contact Consilium support.');
  }
  if (parseLogin(login)?.phone && !account.phoneVerifiedAt && account.emailVerifiedAt) {
    // Only a confirmed number is a login: an unconfirmed one may belong to someone else.
    throw new AuthError('INVALID_CREDENTIALS', 'The email/phone or the password is not right.');
  }
  account.failedSignIns = 0;
  account.lockedUntil = null;
  if (!isVerified(account)) {
    await issueCode(
      em,
      account,
      account.email ? CodePurpose.VERIFY_EMAIL : CodePurpose.VERIFY_PHONE,
    );
    await em.flush();
    throw new AuthError(
      'UNVERIFIED',
      'Confirm your email or phone first: we have sent you a new code.',
    );
  }
  return account;
}

/**
 * Counts a failed sign-in atomically (parallel attempts each count) and locks the account when
 * this one reaches MAX_FAILED_SIGN_INS.
 * @throws AuthError ACCOUNT_LOCKED when this failure locks it
 */
async function countFailedSignIn(em: EntityManager, account: Account): Promise<void> {
  await em.nativeUpdate(
    Account,
    { id: account.id },
    { failedSignIns: raw('failed_sign_ins + 1') as unknown as number },
  );
  const lockedUntil = new Date(Date.now() + LOCK_MS);
  const locking = await em.nativeUpdate(
    Account,
    { id: account.id, failedSignIns: { $gte: MAX_FAILED_SIGN_INS } },
    { failedSignIns: 0, lockedUntil },
  );
  if (locking > 0) throw locked(lockedUntil);
}

function locked(until: Date): AuthError {
  const retryAfterSeconds = Math.ceil((until.getTime() - Date.now()) / 1000);
  return new AuthError(
    'ACCOUNT_LOCKED',
    'Too many failed sign-ins: the account is locked for a while.',
    {
      retryAfterSeconds,
    },
  );
}

/**
 * Confirms an email or phone with the code sent to it.
 * @param em - the transaction
 * @param login - email or phone as typed
 * @param code - the six digits
 * @returns the now verified account
 * @throws AuthError INVALID_CODE
 */
export async function verifyLogin(
  em: EntityManager,
  login: string,
  code: string,
): Promise<Account> {
  const account = await findByLogin(em, login);
  const invalid = new AuthError(
    'INVALID_CODE',
    'This code is not right or has expired; ask for a new one.',
    { field: 'code' },
  );
  if (!account) throw invalid;
  if (await useCode(em, account.id, CodePurpose.VERIFY_EMAIL, code)) {
    account.emailVerifiedAt = new Date();
  } else if (await useCode(em, account.id, CodePurpose.VERIFY_PHONE, code)) {
    account.phoneVerifiedAt = new Date();
  } else {
    await em.flush();
    throw invalid;
  }
  await em.flush();
  return account;
}

/**
 * Starts a session: an access token with the account's current access, and a refresh token.
 * @param em - the transaction
 * @param account - who signed in
 * @param refreshToken - the successor token when refreshing (else a new family starts)
 * @returns the session
 */
export async function startSession(
  em: EntityManager,
  account: Account,
  refreshToken?: string,
): Promise<Session> {
  const claims = await accessClaimsOf(em, account);
  const { accessToken, expiresAt } = await issueAccessToken(
    em,
    {
      subject: account.id,
      roles: claims.roles,
      patientIds: claims.patientIds,
      relationships: claims.relationships,
      specialistId: claims.specialistId,
      displayName: account.displayName,
    },
    account.sessionsRevokedAt,
  );
  const token = refreshToken ?? issueRefreshToken(em, account.id);
  await em.flush();
  return {
    accessToken,
    expiresAt: expiresAt.toISOString(),
    refreshToken: token,
    account: {
      id: account.id,
      displayName: account.displayName,
      roles: claims.roles,
      patientIds: claims.patientIds,
      specialistId: claims.specialistId,
      language: account.language,
    },
  };
}

/**
 * Sends a password-reset code when the login belongs to an account; says nothing either way.
 * @param em - the transaction
 * @param login - email or phone as typed
 */
export async function requestPasswordReset(em: EntityManager, login: string): Promise<void> {
  const account = await findByLogin(em, login);
  if (!account || account.disabledAt) return;
  await issueCode(em, account, CodePurpose.RESET_PASSWORD);
  await em.flush();
}

/**
 * Sets a new password with a reset code; every session of the account ends, the lock is lifted,
 * and the login counts as verified (the code reached it).
 * @param em - the transaction
 * @param login - email or phone as typed
 * @param code - the six digits
 * @param password - the new password
 * @throws AuthError BAD_USER_INPUT (password rule), INVALID_CODE
 */
export async function resetPassword(
  em: EntityManager,
  login: string,
  code: string,
  password: string,
): Promise<void> {
  const account = await findByLogin(em, login);
  const problem = passwordProblem(password, [account?.email, account?.phone]);
  if (problem) throw new AuthError('BAD_USER_INPUT', problem, { field: 'password' });
  if (!account || !(await useCode(em, account.id, CodePurpose.RESET_PASSWORD, code))) {
    await em.flush();
    throw new AuthError(
      'INVALID_CODE',
      'This code is not right or has expired; ask for a new one.',
      {
        field: 'code',
      },
    );
  }
  account.passwordHash = await hashPassword(password);
  account.failedSignIns = 0;
  account.lockedUntil = null;
  if (account.email) account.emailVerifiedAt ??= new Date();
  else account.phoneVerifiedAt ??= new Date();
  account.sessionsRevokedAt = revokeAccess(em, account.id);
  await endAllSessions(em, account.id);
  await em.flush();
}
