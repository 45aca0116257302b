import { createDecipheriv } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';

/** Something that must not be readable anywhere after an erasure. */
export interface Needle {
  /** how a finding names it, e.g. `patient name` */
  label: string;
  /** text (searched as written) or bytes (searched raw, as hex and as base64 at every alignment) */
  value: string | Buffer;
}

/** The forms a needle can take inside a text column. */
function textForms(needle: Needle): string[] {
  if (typeof needle.value === 'string') return [needle.value];
  const bytes = needle.value;
  const forms = [bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
  for (let shift = 0; shift < 3; shift += 1) {
    const aligned = bytes.subarray(shift, shift + 3 * Math.floor((bytes.length - shift) / 3));
    forms.push(aligned.toString('base64'), aligned.toString('base64url'));
  }
  return forms;
}

/** Where a needle shows in a value, if it does. */
function found(value: unknown, needle: Needle): boolean {
  if (value === null || value === undefined) return false;
  if (Buffer.isBuffer(value)) {
    return typeof needle.value === 'string'
      ? value.includes(Buffer.from(needle.value, 'utf8'))
      : value.includes(needle.value);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return textForms(needle).some((form) => text.includes(form));
}

/** Every table of a service's database (SQLite or PostgreSQL), by raw SQL. */
async function tablesOf(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  if (orm.em.getPlatform().constructor.name.toLowerCase().includes('sqlite')) {
    const rows: { name: string }[] = await connection.execute(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
    );
    return rows.map((row) => row.name);
  }
  const rows: { table_name: string }[] = await connection.execute(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
  );
  return rows.map((row) => row.table_name);
}

/**
 * Reads every row of every table of a service's database with raw SQL and reports where any of
 * the needles is readable.
 * @param orm - the service's ORM
 * @param needles - what must not be there
 * @returns findings as `table.column: label`
 */
export async function scanDatabase(orm: MikroORM, needles: Needle[]): Promise<string[]> {
  const findings = new Set<string>();
  const connection = orm.em.getConnection();
  for (const table of await tablesOf(orm)) {
    const rows = await connection.execute<Record<string, unknown>[]>(`select * from "${table}"`);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        for (const needle of needles) {
          if (found(value, needle)) findings.add(`${table}.${column}: ${needle.label}`);
        }
      }
    }
  }
  return [...findings].sort();
}

/** Every file under a directory, recursively. */
export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** AES-256-GCM `iv(12) ‖ ciphertext ‖ tag(16)`; null when the key does not open it. */
function tryDecrypt(key: Buffer, sealed: Buffer): Buffer | null {
  if (sealed.length < 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(12, sealed.length - 16)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

/**
 * The data keys still in records' database, unwrapped with the master key (`iv.tag.body`,
 * base64url, as records wraps them).
 * @param orm - records' ORM
 * @param masterKey - the 32-byte RECORDS_MASTER_KEY the platform runs with
 * @param otherPatientId - leave out this (other) patient's files, e.g. the demo patient's
 * @returns every data key that can still be recovered
 */
export async function recoverableDataKeys(
  orm: MikroORM,
  masterKey: Buffer,
  otherPatientId = '',
): Promise<Buffer[]> {
  const connection = orm.em.getConnection();
  const wrapped = [
    ...(await connection.execute<{ k: string | null }[]>(
      'select wrapped_data_key as k from stored_object where patient_id <> ?',
      [otherPatientId],
    )),
    ...(await connection.execute<{ k: string | null }[]>(
      'select wrapped_data_key as k from upload',
    )),
  ]
    .map((row) => row.k)
    .filter((key): key is string => Boolean(key));
  return wrapped.flatMap((key) => {
    const [iv, tag, body] = key.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', masterKey, iv!);
    decipher.setAuthTag(tag!);
    return [Buffer.concat([decipher.update(body!), decipher.final()])];
  });
}

/**
 * Looks through every file of the store, raw and decrypted with every data key still recoverable,
 * for the needles.
 * @param root - the store's directory
 * @param keys - the recoverable data keys
 * @param needles - what must not be readable
 * @param skip - storage keys (paths under the root) of another patient's files, left out
 * @returns the files, how many opened with a key, and the findings as `file: label`
 */
export function scanFiles(
  root: string,
  keys: Buffer[],
  needles: Needle[],
  skip: ReadonlySet<string> = new Set(),
): { files: string[]; decryptable: number; findings: string[] } {
  const files = filesUnder(root).filter((file) => !skip.has(path.relative(root, file)));
  const findings = new Set<string>();
  let decryptable = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const readable: Buffer[] = [bytes];
    for (const key of keys) {
      const plain = tryDecrypt(key, bytes);
      if (plain) {
        decryptable += 1;
        readable.push(plain);
      }
    }
    for (const content of readable) {
      for (const needle of needles) {
        if (found(content, needle)) findings.add(`${path.relative(root, file)}: ${needle.label}`);
      }
    }
  }
  return { files, decryptable, findings: [...findings].sort() };
}

/**
 * Reads a SQLite service's database file (and its journal or write-ahead log, if any) byte by
 * byte, free pages included, and reports where any of the needles is readable: deleted rows leave
 * their bytes behind until the file is rebuilt. Nothing to read on PostgreSQL.
 * @param orm - the service's ORM
 * @param needles - what must not be there
 * @returns findings as `<file>: label`
 */
export function scanSqliteFile(orm: MikroORM, needles: Needle[]): string[] {
  if (!orm.em.getPlatform().constructor.name.toLowerCase().includes('sqlite')) return [];
  const file = String(orm.config.get('dbName'));
  const findings: string[] = [];
  for (const part of [file, `${file}-wal`, `${file}-journal`]) {
    if (!fs.existsSync(part)) continue;
    const bytes = fs.readFileSync(part);
    for (const needle of needles) {
      if (found(bytes, needle)) findings.push(`${path.basename(part)}: ${needle.label}`);
    }
  }
  return findings;
}

/**
 * Where another patient's files are in the store (e.g. the demo patient's), to leave them out of
 * a scan for what an erasure left behind.
 * @param orm - records' ORM
 * @param patientId - the other patient
 * @returns their storage keys
 */
export async function storageKeysOf(orm: MikroORM, patientId: string): Promise<Set<string>> {
  const rows: { k: string }[] = await orm.em
    .getConnection()
    .execute('select storage_key as k from stored_object where patient_id = ?', [patientId]);
  return new Set(rows.map((row) => row.k));
}
