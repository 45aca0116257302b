import { postAuth } from './auth-http';
import type { Language } from './i18n';
import { startSession, type Viewer } from './session';

/** Who a new account is for: the patient themselves, or someone caring for a patient. */
export type AccountKind = 'PATIENT' | 'PROXY';

/** What `POST /auth/sign-up` takes. */
export interface SignUpInput {
  kind: AccountKind;
  displayName: string;
  email?: string;
  phone?: string;
  password: string;
  language?: Language;
}

/** Where the verification code of a new account was sent. */
export interface VerificationSent {
  accountId: string;
  verification: {
    channel: 'EMAIL' | 'SMS';
    /** the address or number, partly hidden */
    sentTo: string;
  };
}

/**
 * Signs in with an email or phone number and a password; the gateway sets the refresh cookie.
 * @param login - email, or phone (E.164 or an Indian form; the gateway normalises it)
 * @param password - the password
 * @returns the signed-in viewer
 * @throws AuthError `INVALID_CREDENTIALS` (401), `ACCOUNT_LOCKED` (423, `retryAfterSeconds`),
 *   `UNVERIFIED` (403; a new code was sent)
 */
export async function signIn(login: string, password: string): Promise<Viewer> {
  return startSession(await postAuth('/auth/sign-in', { login, password }));
}

/**
 * Registers an account; a verification code goes to its email (or phone).
 * @param input - who it is for, name, email and/or phone, password (12 to 128 characters),
 *   language
 * @returns where the code was sent
 * @throws AuthError `BAD_USER_INPUT` (400, `field`), `CONFLICT` (409, field `email` or `phone`)
 */
export async function signUp(input: SignUpInput): Promise<VerificationSent> {
  return (await (await postAuth('/auth/sign-up', input)).json()) as VerificationSent;
}

/**
 * Confirms an account with the code sent to it, which signs it in.
 * @param login - the email or phone the code went to
 * @param code - the six digits
 * @returns the signed-in viewer
 * @throws AuthError `INVALID_CODE` (400)
 */
export async function verifyAccount(login: string, code: string): Promise<Viewer> {
  return startSession(await postAuth('/auth/verify', { login, code }));
}

/**
 * Sends a new verification code.
 * @param login - the email or phone of the account
 */
export async function resendVerification(login: string): Promise<void> {
  await postAuth('/auth/verification/resend', { login });
}

/**
 * Asks for a password-reset code (the gateway answers the same whether or not the login exists).
 * @param login - email or phone
 */
export async function requestPasswordReset(login: string): Promise<void> {
  await postAuth('/auth/password-reset', { login });
}

/**
 * Sets a new password with the code that was sent.
 * @param login - email or phone
 * @param code - the six digits
 * @param password - the new password (12 to 128 characters)
 * @throws AuthError `INVALID_CODE` (400), `BAD_USER_INPUT` (400, field `password`)
 */
export async function confirmPasswordReset(
  login: string,
  code: string,
  password: string,
): Promise<void> {
  await postAuth('/auth/password-reset/confirm', { login, code, password });
}

/** The password rule the gateway enforces (shown to people before they choose one). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
