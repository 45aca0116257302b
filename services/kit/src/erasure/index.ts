export {
  ERASURE_RIGHT,
  RETENTION_SCHEDULE,
  RetentionCategory,
  retentionEnd,
  type RetentionRule,
} from './retention-schedule';
export { SealedRecord } from './sealed-record.entity';
export {
  destroyExpiredSealedRecords,
  masterKeyFromEnv,
  openSealedRecord,
  sealRecord,
  type MasterKeySource,
  type SealInput,
} from './sealing';
export {
  ErasureAction,
  runErasureParticipants,
  type ErasedItem,
  type ErasureParticipant,
  type ErasureScope,
} from './erasure-participant';
export { sealAuditEntries } from './audit-sealing';
export {
  SealedRecordConnection,
  SealedRecordContent,
  SealedRecordEdge,
  SealedRecordFilter,
  sealedRecordResolver,
} from './sealed-record.resolver';
export {
  RETENTION_CHECK_MS,
  retentionWorker,
  type RetentionWorkerOptions,
} from './retention-worker';
export { forgetCaseEvents } from './event-history';
export { compactSqlite, requestSqliteCompaction, startSqliteCompaction } from './sqlite-compaction';
