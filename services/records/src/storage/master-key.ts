import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Used when RECORDS_MASTER_KEY is unset: fine on a laptop, never for real records. */
export const DEVELOPMENT_MASTER_SECRET = 'consilium-development-records-master-key';

/**
 * The key that wraps every file's data key (envelope encryption): `RECORDS_MASTER_KEY`, 32 bytes
 * in base64, or in development a key derived from a fixed secret.
 * @returns 32 bytes
 * @throws when RECORDS_MASTER_KEY is set but is not 32 bytes of base64
 */
export function masterKey(): Buffer {
  const configured = process.env['RECORDS_MASTER_KEY'];
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('RECORDS_MASTER_KEY must be 32 bytes in base64');
    return key;
  }
  return Buffer.from(
    hkdfSync('sha256', DEVELOPMENT_MASTER_SECRET, 'consilium-records', 'master', 32),
  );
}

/** A fresh 256-bit data key for one stored file. */
export function newDataKey(): Buffer {
  return randomBytes(32);
}

/**
 * Wraps a data key with the master key (AES-256-GCM), for storing next to the file's metadata.
 * @param dataKey - 32 bytes
 * @returns `iv.tag.ciphertext`, each base64url
 */
export function wrapDataKey(dataKey: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey(), iv);
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/**
 * Unwraps what wrapDataKey produced.
 * @param wrapped - `iv.tag.ciphertext`
 * @returns the data key
 * @throws when it was wrapped under another master key or altered
 */
export function unwrapDataKey(wrapped: string): Buffer {
  const [iv, tag, body] = wrapped.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', masterKey(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]);
}
