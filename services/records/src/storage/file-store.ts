import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { s3FileStore, type S3StoreSettings } from './s3-file-store';

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

let fromEnv: { signature: string; store: FileStore } | undefined;

/**
 * The store the service uses: an S3-compatible bucket when `RECORDS_S3_BUCKET` is set (with
 * `RECORDS_S3_ENDPOINT`, `RECORDS_S3_REGION`, `RECORDS_S3_PREFIX`, `RECORDS_S3_FORCE_PATH_STYLE`
 * and the AWS SDK's credentials), otherwise local files under `<DATA_DIR>/records-files` (or
 * `RECORDS_FILES_DIR`). One store per configuration, shared by every caller.
 * @param env - the environment
 * @returns the store
 */
export function fileStoreFromEnv(env: NodeJS.ProcessEnv = process.env): FileStore {
  const bucket = env['RECORDS_S3_BUCKET'];
  const settings: S3StoreSettings | { root: string } = bucket
    ? {
        bucket,
        endpoint: env['RECORDS_S3_ENDPOINT'] || undefined,
        region: env['RECORDS_S3_REGION'] || undefined,
        prefix: env['RECORDS_S3_PREFIX'] || undefined,
        forcePathStyle: env['RECORDS_S3_FORCE_PATH_STYLE']
          ? env['RECORDS_S3_FORCE_PATH_STYLE'] === '1' ||
            env['RECORDS_S3_FORCE_PATH_STYLE'] === 'true'
          : undefined,
      }
    : {
        root:
          env['RECORDS_FILES_DIR'] ??
          path.join(path.resolve(env['DATA_DIR'] ?? 'data'), 'records-files'),
      };
  const signature = JSON.stringify(settings);
  if (fromEnv?.signature !== signature) {
    fromEnv = {
      signature,
      store: 'bucket' in settings ? s3FileStore(settings) : localFileStore(settings.root),
    };
  }
  return fromEnv.store;
}
