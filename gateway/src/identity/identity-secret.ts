import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Used when IDENTITY_SECRET is unset: fine on a laptop, refused in production (see main). */
export const DEVELOPMENT_IDENTITY_SECRET = 'consilium-development-identity-secret';

/**
 * The identity service's master secret (`IDENTITY_SECRET`, at least 32 characters in production).
 * @returns the secret
 */
export function identitySecret(): string {
  return process.env['IDENTITY_SECRET'] ?? DEVELOPMENT_IDENTITY_SECRET;
}

/** A 32-byte key for one purpose, derived from the master secret with HKDF-SHA256 (RFC 5869). */
function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', identitySecret(), 'consilium-identity', purpose, 32));
}

/**
 * Encrypts a small secret (a private key) with AES-256-GCM.
 * @param plaintext - what to hide
 * @returns `iv.tag.ciphertext`, each base64url
 */
export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derivedKey('signing-keys'), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/**
 * Decrypts what seal produced.
 * @param sealed - `iv.tag.ciphertext`
 * @returns the plaintext
 * @throws when it was sealed under another secret or altered
 */
export function unseal(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', derivedKey('signing-keys'), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}

/**
 * A keyed hash of a one-time code (so a copy of the database does not reveal live codes).
 * @param value - the code
 * @returns hex HMAC-SHA256
 */
export function codeHash(value: string): string {
  return createHmac('sha256', derivedKey('one-time-codes')).update(value).digest('hex');
}
