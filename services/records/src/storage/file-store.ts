import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Where encrypted file bytes live. Keys are made by the service (UUIDs), never from a user's
 * file name. The local store is the embedded default; S3-compatible storage implements the same.
 */
export interface FileStore {
  /** a stream writing a new object under `key` (replacing one left by a failed attempt) */
  writer(key: string): Promise<Writable>;
  /** a stream reading an object */
  reader(key: string): Readable;
  /** removes an object; removing a missing one is not an error */
  remove(key: string): Promise<void>;
  /** whether an object exists */
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64})?$/;

/**
 * A FileStore on the local disk under `root` (by default `<DATA_DIR>/records-files`).
 * @param root - the directory
 * @returns the store
 */
export function localFileStore(root: string): FileStore {
  const pathOf = (key: string): string => {
    // Keys are ours, but check anyway: nothing may resolve outside the root.
    if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async writer(key) {
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      return createWriteStream(file, { mode: 0o600 });
    },
    reader: (key) => createReadStream(pathOf(key)),
    async remove(key) {
      await fs.rm(pathOf(key), { force: true });
    },
    async exists(key) {
      return fs
        .access(pathOf(key))
        .then(() => true)
        .catch(() => false);
    },
  };
}

/** The store the service uses: local files under `<DATA_DIR>/records-files` (or RECORDS_FILES_DIR). */
export function fileStoreFromEnv(env: NodeJS.ProcessEnv = process.env): FileStore {
  const root =
    env['RECORDS_FILES_DIR'] ?? path.join(path.resolve(env['DATA_DIR'] ?? 'data'), 'records-files');
  return localFileStore(root);
}
