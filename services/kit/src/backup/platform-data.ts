import path from 'node:path';
import { resolveDatabaseTarget, type DatabaseTarget } from '../orm/database-target';
import { BackupError } from './backup-error';

/**
 * Every service that owns a database: the gateway's identity service (accounts, sessions, signing
 * keys) and the four subgraphs.
 */
export const DATABASE_OWNERS = [
  'identity',
  'patient-intake',
  'specialist-matching',
  'billing',
  'records',
] as const;

/** One service's database, as the environment places it. */
export interface ServiceDatabase {
  service: (typeof DATABASE_OWNERS)[number];
  target: DatabaseTarget;
}

/** Where the platform keeps everything a backup must hold. */
export interface PlatformData {
  databases: ServiceDatabase[];
  /** the records service's local file store (encrypted report files), an absolute path */
  fileStoreDir: string;
}

/**
 * Finds the platform's data from the same environment the services read: each database through
 * resolveDatabaseTarget (`<SERVICE>_DATABASE_URL`, `DATABASE_URL`, else `<DATA_DIR>/<service>.sqlite`)
 * and the file store as records' `fileStoreFromEnv` does (`RECORDS_FILES_DIR`, else
 * `<DATA_DIR>/records-files`; see services/records/src/storage/file-store.ts).
 * @param env - the environment (defaults to `process.env`)
 * @returns the databases and the file store folder
 * @throws BackupError FILE_STORE_UNSUPPORTED when `RECORDS_S3_BUCKET` puts the files in a bucket
 */
export function locatePlatformData(env: NodeJS.ProcessEnv = process.env): PlatformData {
  if (env['RECORDS_S3_BUCKET']) {
    throw new BackupError(
      'FILE_STORE_UNSUPPORTED',
      `RECORDS_S3_BUCKET is set: the report files are in the bucket ${env['RECORDS_S3_BUCKET']}, ` +
        'which this command does not copy. Protect the bucket with versioning and replication ' +
        '(or the provider’s backup), or unset RECORDS_S3_BUCKET to back up a local file store.',
    );
  }
  return {
    databases: DATABASE_OWNERS.map((service) => ({
      service,
      target: resolveDatabaseTarget(service, env),
    })),
    fileStoreDir: path.resolve(
      env['RECORDS_FILES_DIR'] ??
        path.join(path.resolve(env['DATA_DIR'] ?? 'data'), 'records-files'),
    ),
  };
}
