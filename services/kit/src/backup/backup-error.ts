/** Why a backup or a restore was refused; the command prints it and exits with status 1. */
export type BackupProblem =
  /** the backup folder does not exist */
  | 'BACKUP_MISSING'
  /** the folder has no manifest (the backup never finished) or lacks a service's data */
  | 'BACKUP_INCOMPLETE'
  /** the manifest cannot be read, or a file's size or SHA-256 differs from the manifest */
  | 'BACKUP_CORRUPT'
  /** backing up into a folder that already holds something */
  | 'BACKUP_FOLDER_NOT_EMPTY'
  /** the platform's data cannot be found where the environment says it is */
  | 'SOURCE_MISSING'
  /** the backup's database kind (SQLite or PostgreSQL) is not the target's */
  | 'KIND_MISMATCH'
  /** the target already holds data and `--replace` was not given */
  | 'TARGET_NOT_EMPTY'
  /** the target databases have open connections: the platform is still running */
  | 'TARGET_IN_USE'
  /** the records file store is an S3 bucket, which this command does not copy */
  | 'FILE_STORE_UNSUPPORTED'
  /** `pg_dump`, `pg_restore` or SQLite failed; the message carries the tool's own words */
  | 'TOOL_FAILED';

/** A refusal naming the problem (`code`) and what to do about it (`message`). */
export class BackupError extends Error {
  /**
   * @param code - which problem
   * @param message - a sentence naming the file, service or setting at fault
   */
  constructor(
    readonly code: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
