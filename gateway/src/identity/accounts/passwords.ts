import argon2 from 'argon2';

/** Password rule shown to people signing up (NIST SP 800-63B §3.1.1.2: length, not composition). */
export const PASSWORD_RULE = 'A password needs 12 to 128 characters.';

/**
 * Checks a new password against the rule.
 * @param password - as typed
 * @returns the broken rule, or null when fine
 */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  return length < 12 || length > 128 ? PASSWORD_RULE : null;
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
