import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** Bytes of the IV at the start of an encrypted file, and of the tag at its end. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A stream that encrypts with AES-256-GCM under a file's data key, writing `iv ‖ ciphertext ‖ tag`
 * (NIST SP 800-38D; a fresh random 96-bit IV per file).
 * @param dataKey - 32 bytes
 * @returns the transform
 */
export function encryptingStream(dataKey: Buffer): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (!started) {
        started = true;
        this.push(iv);
      }
      done(null, cipher.update(chunk));
    },
    flush(done: TransformCallback) {
      if (!started) this.push(iv);
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

/**
 * A stream that decrypts what encryptingStream wrote; it fails (and emits an error) when the
 * bytes were altered, at the end, when the tag is checked. The last 16 bytes are held back as the
 * tag.
 * @param dataKey - 32 bytes
 * @returns the transform
 */
export function decryptingStream(dataKey: Buffer): Transform {
  let header = Buffer.alloc(0);
  let decipher: DecipherGCM | null = null;
  let held = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let data = chunk;
      if (!decipher) {
        header = Buffer.concat([header, data]);
        if (header.length < IV_BYTES) return done();
        decipher = createDecipheriv('aes-256-gcm', dataKey, header.subarray(0, IV_BYTES));
        data = header.subarray(IV_BYTES);
      }
      held = Buffer.concat([held, data]);
      if (held.length <= TAG_BYTES) return done();
      const ready = held.subarray(0, held.length - TAG_BYTES);
      held = held.subarray(held.length - TAG_BYTES);
      done(null, decipher.update(ready));
    },
    flush(done: TransformCallback) {
      try {
        if (!decipher || held.length !== TAG_BYTES) throw new Error('encrypted file is truncated');
        decipher.setAuthTag(held);
        done(null, decipher.final());
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
