import 'reflect-metadata';

export * from './errors/errors';
export { createFormatError, INTERNAL_ERROR_MESSAGE, isExpectedError } from './errors/format-error';
export { errorReportingPlugin } from './errors/error-reporting.plugin';
export {
  MAX_VARIABLE_DEPTH,
  nulCharacterPath,
  operationGuardPlugin,
  tooDeepPath,
} from './errors/operation-guard.plugin';
export { httpErrorHandler, notFoundHandler } from './errors/http-error-handler';
export * from './limits';
export { newId, parseId, referenceId } from './ids/uuid';
export { createLogger, serializeError, type Logger } from './logging/logger';
export { createEntityLoader, createGroupLoader, loaderOptions } from './loaders/entity-loaders';
export {
  createOrm,
  createOrmOptions,
  type MigrationSets,
  type OrmSettings,
} from './orm/create-orm';
export { StatementCounter, countStatementsDuring, statementHook } from './orm/statement-counter';
export { resolveDatabaseTarget, type DatabaseTarget } from './orm/database-target';
export {
  buildFederatedSchema,
  type FederatedSchema,
  type ReferenceResolvers,
} from './schema/build-federated-schema';
export type { BaseContext } from './server/context.type';
export { runService } from './server/run-service';
export {
  oneReplicaAtATime,
  closeOneReplicaAtATime,
  type OneReplicaAtATime,
} from './replicas/one-replica-at-a-time';
export {
  REQUEST_ID_HEADER,
  startSubgraphServer,
  type RunningServer,
  type SubgraphDefinition,
} from './server/subgraph-server';
export { jsonBodiesOnly, UNSUPPORTED_MEDIA_TYPE } from './server/json-bodies-only';
export {
  defineService,
  type Service,
  type ServiceDefinition,
  type StartOptions,
  type StartedService,
} from './service/define-service';
export {
  periodicWorker,
  type PeriodicOptions,
  type ServiceWorker,
} from './service/periodic-worker';
export { ConsiliumEntity } from './entity/consilium-entity';
export { currentTime } from './clock/domain-clock';
export { DEMO_IDS } from './demo/demo-ids';
export { PageInfo } from './pagination/page-info.type';
export {
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  parsePageSize,
  toConnection,
  type Connection,
  type CursorPart,
} from './pagination/cursor';
export * from './events';
export {
  ROLES,
  PARTNER_SCOPES,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  hasRole,
  isStaff,
  viewerFromClaims,
  type AccessTokenClaims,
  type PartnerScope,
  type Role,
  type Viewer,
} from './auth/viewer';
export {
  createKeySetVerifier,
  createTokenVerifier,
  jwksUrlFromEnv,
  TOKEN_ALGORITHMS,
  type TokenVerifier,
} from './auth/token-verifier';
export {
  actorOf,
  refuseMissing,
  missingReference,
  authorizeCase,
  authorizePatient,
  requireRole,
  requireViewer,
  type AccessIntent,
  type CaseTarget,
} from './auth/authorize';
export { CaseParty, CasePartyKind } from './auth/case-party.entity';
export { AccessRevocation } from './auth/access-revocation.entity';
export { issuedBefore } from './auth/access-revocations';
export { addCaseParty, applyCasePartiesFrom, casePatientOf } from './auth/case-parties';
export { guardPartnerFields, PARTNER_FIELDS } from './auth/partner-fields';
export { AuditEntry, AuditOperation, AuditOutcome } from './audit/audit-entry.entity';
export { createAuditTrail, type AuditTrail, type AuditRecord } from './audit/audit-trail';
export { auditLogResolver, AuditLogFilter } from './audit/audit-log.resolver';
export {
  AccessRefusal,
  AccessShareLink,
  RecordAccess,
  RecordAccessChannel,
  RecordAccessConnection,
  RecordAccessFilter,
  RecordAccessItem,
  RecordAccessKind,
  RecordAccessorReference,
} from './audit/record-access.types';
export {
  accessLogPage,
  auditAccessSource,
  comparePositions,
  decodeAccessCursor,
  rowsAfter,
  type AccessLogQuery,
  type AccessLogSource,
  type AccessPosition,
  type PositionedAccess,
} from './audit/record-access-log';
export {
  recordAccessLogResolver,
  type RecordAccessLogOptions,
} from './audit/record-access-log.resolver';
export * from './erasure';
export {
  assertProductionSecrets,
  base64Key256,
  COMMON_SECRET_RULES,
  EVENTS_TOKEN_RULE,
  NO_DEMO_ACCOUNTS_RULE,
  ProductionSecretsError,
  providedSecret,
  randomSecret,
  secretProblems,
  type SecretRule,
} from './production/production-secrets';
