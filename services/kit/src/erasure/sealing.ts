import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { retentionEnd, type RetentionCategory } from './retention-schedule';
import { SealedRecord } from './sealed-record.entity';

/** Bytes of the AES-GCM IV and tag (NIST SP 800-38D: a fresh random 96-bit IV per message). */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Gives the 32-byte key that wraps every sealed record's data key (read at each use). */
export type MasterKeySource = () => Buffer;

/**
 * The master key of a service's sealed records: `<SERVICE>_MASTER_KEY` (32 bytes in base64), or on a
 * laptop a key derived from a fixed development secret and the service's name.
 * @param service - kebab-case service name, e.g. `patient-intake` (reads PATIENT_INTAKE_MASTER_KEY)
 * @returns the key source
 * @throws (when called) if the variable is set but is not 32 bytes of base64
 */
export function masterKeyFromEnv(service: string): MasterKeySource {
  const variable = `${service.toUpperCase().replace(/-/g, '_')}_MASTER_KEY`;
  return () => {
    const configured = process.env[variable];
    if (configured) {
      const key = Buffer.from(configured, 'base64');
      if (key.length !== 32) throw new Error(`${variable} must be 32 bytes in base64`);
      return key;
    }
    return Buffer.from(
      hkdfSync('sha256', 'consilium-development-sealing-key', service, 'sealed-records', 32),
    );
  };
}

/** AES-256-GCM: `iv ‖ ciphertext ‖ tag`. */
function encrypt(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** Reverses encrypt; throws when the key is wrong or the bytes were altered. */
function decrypt(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
    decipher.final(),
  ]);
}

/** What to seal. */
export interface SealInput {
  service: string;
  patientId: string;
  caseId?: string | null;
  erasureRequestId?: string | null;
  category: RetentionCategory;
  /** what it holds, e.g. `Consent` */
  kind: string;
  /** the data kept: anything JSON can hold (dates become ISO 8601 strings) */
  content: unknown;
  itemCount: number;
  /** when the retention period starts (the schedule gives its length) */
  retainedFrom: Date;
}

/**
 * Seals kept data: encrypts its JSON under a fresh data key, wraps that key with the master key
 * and persists the record in the caller's transaction (flushed with it).
 * @param em - the erasure's transaction
 * @param masterKey - the service's master key
 * @param input - what to seal and under which schedule line
 * @returns the new record (retained until retentionEnd(category, retainedFrom))
 */
export function sealRecord(
  em: EntityManager,
  masterKey: MasterKeySource,
  input: SealInput,
): SealedRecord {
  const dataKey = randomBytes(32);
  const ciphertext = encrypt(dataKey, Buffer.from(JSON.stringify(input.content), 'utf8'));
  const record = em.create(SealedRecord, {
    service: input.service,
    patientId: input.patientId,
    caseId: input.caseId ?? null,
    erasureRequestId: input.erasureRequestId ?? null,
    category: input.category,
    kind: input.kind,
    itemCount: input.itemCount,
    retainedFrom: input.retainedFrom,
    retainUntil: retentionEnd(input.category, input.retainedFrom),
    wrappedDataKey: encrypt(masterKey(), dataKey).toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  });
  dataKey.fill(0);
  em.persist(record);
  return record;
}

/**
 * Decrypts a sealed record's content (callers check the reader's role and log the read).
 * @param masterKey - the service's master key
 * @param record - the record
 * @returns the content as it was sealed (JSON-parsed)
 * @throws Error when the record was destroyed, or its key or bytes do not match
 */
export function openSealedRecord(masterKey: MasterKeySource, record: SealedRecord): unknown {
  if (!record.wrappedDataKey || !record.ciphertext || record.destroyedAt) {
    throw new Error(`sealed record ${record.id} was destroyed`);
  }
  const dataKey = decrypt(masterKey(), Buffer.from(record.wrappedDataKey, 'base64'));
  try {
    return JSON.parse(
      decrypt(dataKey, Buffer.from(record.ciphertext, 'base64')).toString('utf8'),
    ) as unknown;
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Destroys every sealed record whose retention has ended: its wrapped data key and its ciphertext
 * are overwritten with null in one statement, so nothing of the content can be read again; the
 * description (category, dates, counts) stays as the record that it existed and was destroyed.
 * @param em - an EntityManager
 * @param now - the current time (injected by the worker's clock)
 * @returns how many records were destroyed
 */
export async function destroyExpiredSealedRecords(em: EntityManager, now: Date): Promise<number> {
  return em.nativeUpdate(
    SealedRecord,
    { retainUntil: { $lte: now }, destroyedAt: null },
    { wrappedDataKey: null, ciphertext: null, destroyedAt: now, updatedAt: now },
  );
}
