import argon2 from 'argon2';

/** Password rule shown to people signing up (NIST SP 800-63B §3.1.1.2: length, not composition). */
export const PASSWORD_RULE = 'A password needs 12 to 128 characters.';

/** Passwords (or their start) on every list of the most common ones; NIST asks to refuse them. */
const COMMON =
  /^(password|passw0rd|p@ssw0rd|qwerty|qwertyuiop|letmein|welcome|iloveyou|admin|abc|consilium|india)[\d!@#.]*$/i;

/**
 * Checks a new password against the rule (NIST SP 800-63B §3.1.1.2): 12 to 128 characters, not
 * only spaces, not a well-known password or a run of one or a few repeated characters or digits,
 * and not the person's own email or phone.
 * @param password - as typed
 * @param personal - the email and phone it must not contain
 * @returns the broken rule, or null when fine
 */
export function passwordProblem(
  password: string,
  personal: readonly (string | null | undefined)[] = [],
): string | null {
  const length = [...password].length;
  if (length < 12 || length > 128) return PASSWORD_RULE;
  const compact = password.replace(/\s/g, '');
  if (compact.length === 0) return 'A password cannot be only spaces.';
  const guessable =
    COMMON.test(compact) ||
    new Set(compact.toLowerCase()).size <= 3 ||
    '01234567890123456789'.includes(compact) ||
    'abcdefghijklmnopqrstuvwxyz'.includes(compact.toLowerCase());
  if (guessable) return 'This password is too easy to guess; choose a longer phrase of your own.';
  const lower = password.toLowerCase();
  if (personal.some((value) => value && lower.includes(value.toLowerCase()))) {
    return 'A password cannot contain your email or phone number.';
  }
  return null;
}

/**
 * Hashes a password with argon2id (OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1).
 * @param password - the password
 * @returns the PHC-format hash
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
}

/** A hash of a password nobody has, so unknown logins take as long as known ones. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash; without a hash, spends the same time and fails.
 * @param hash - the stored hash, or null
 * @param password - as typed
 * @returns whether it matches
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    decoyHash ??= hashPassword('decoy password that never matches');
    await argon2.verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
