import 'reflect-metadata';
import path from 'node:path';
import {
  base64Key256,
  ConsiliumEntity,
  defineService,
  SealedRecord,
  sealedRecordResolver,
  type Service,
  startSqliteCompaction,
} from '@consilium/subgraph-kit';
import { CaseDocumentsResolver } from './case/case-documents.resolver';
import { CaseReference } from './case/case.type';
import { CaseProgress } from './case-progress/case-progress.entity';
import { DocumentChangesResolver } from './document/document-changes.resolver';
import { DocumentSearchTerm } from './document-text/document-search-term.entity';
import { DocumentSearchResolver } from './document-text/document-search.resolver';
import { startTextExtraction } from './document-text/text-extraction.worker';
import { caseProgressHandlers } from './case-progress/case-progress.handlers';
import { CaseSummary } from './case-summary/case-summary.entity';
import {
  CaseSummaryOfCaseResolver,
  CaseSummaryResolver,
} from './case-summary/case-summary.resolver';
import { caseSummaryBreachWatch } from './case-summary/case-summary-breach';
import { caseSummaryRoutes } from './case-summary/case-summary-routes';
import { PatientReference } from './patient/patient.type';
import { createContext } from './context.type';
import { seedDemo } from './demo/demo-seed';
import { Document } from './document/document.entity';
import { documentReference } from './document/document.reference';
import { DocumentResolver } from './document/document.resolver';
import { DocumentFhirResolver } from './document/document-fhir.resolver';
import {
  HealthRecordResolver,
  PatientHealthRecordResolver,
} from './health-record/health-record.resolver';
import { postgresqlMigrations } from './migrations/postgresql';
import { StoredObject } from './storage/stored-object.entity';
import { ReportDelivery } from './report-delivery/report-delivery.entity';
import { ReportDeliveryResolver } from './report-delivery/report-delivery.resolver';
import { fileStoreFromEnv } from './storage/file-store';
import { fileRoutes } from './uploads/file-routes';
import { Upload } from './uploads/upload.entity';
import { UploadResolver } from './uploads/upload.resolver';
import { ShareLink, ShareLinkUse } from './sharing/share-link.entity';
import { ShareLinkResolver } from './sharing/share-link.resolver';
import { RecordsAccessLogResolver } from './access-log/records-access-log.resolver';
import { ConsensusVote } from './opinion/consensus-vote.entity';
import { Opinion } from './opinion/opinion.entity';
import {
  CaseOpinionsResolver,
  ConsensusVoteResolver,
  HealthRecordOpinionsResolver,
  OpinionResolver,
} from './opinion/opinion.resolver';
import { sharedRecordRoutes } from './sharing/shared-record-routes';
import { ErasedShareLink } from './erasure/erased-share-link.entity';
import { ErasureFileRemoval } from './erasure/erasure-file-removal.entity';
import { ErasureRequest } from './erasure/erasure-request.entity';
import { ErasureRequestResolver } from './erasure/erasure.resolver';
import { recordsRetentionWorker } from './erasure/erasure-worker';
import { masterKey } from './storage/master-key';
import { Router } from 'express';
import { sqliteMigrations } from './migrations/sqlite';

import { PartnerReportGrant } from './partner-report/partner-report-grant.entity';
import { partnerReportHandlers } from './partner-report/partner-report.handlers';
import { CasePartnerReportResolver } from './partner-report/partner-report.resolver';
import { partnerReportRoutes } from './partner-report/partner-report-routes';
/**
 * records: owns documents; extends `Case` with `documents` and `Patient` with `healthRecord`
 * (port 4004).
 */
export const records: Service = defineService({
  name: 'records',
  packageDir: path.resolve(__dirname, '..'),
  defaultPort: 4004,
  entities: [
    ConsiliumEntity,
    Document,
    ReportDelivery,
    StoredObject,
    Upload,
    ShareLink,
    ShareLinkUse,
    CaseProgress,
    ErasureRequest,
    ErasedShareLink,
    ErasureFileRemoval,
    SealedRecord,
    CaseSummary,
    DocumentSearchTerm,
    Opinion,
    ConsensusVote,
    PartnerReportGrant,
  ],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [
    DocumentResolver,
    ReportDeliveryResolver,
    CaseDocumentsResolver,
    PatientHealthRecordResolver,
    HealthRecordResolver,
    UploadResolver,
    DocumentFhirResolver,
    ShareLinkResolver,
    CaseSummaryResolver,
    CaseSummaryOfCaseResolver,
    RecordsAccessLogResolver,
    DocumentChangesResolver,
    DocumentSearchResolver,
    OpinionResolver,
    ConsensusVoteResolver,
    CaseOpinionsResolver,
    HealthRecordOpinionsResolver,
    CasePartnerReportResolver,
    ErasureRequestResolver,
    sealedRecordResolver('records', masterKey),
  ],
  referenceResolvers: { Document: documentReference },
  entityStubs: [CaseReference, PatientReference],
  createContext,
  eventHandlers: () => ({ ...caseProgressHandlers(), ...partnerReportHandlers() }),
  workers: [
    startTextExtraction,
    caseSummaryBreachWatch(),
    recordsRetentionWorker(),
    startSqliteCompaction,
  ],
  seedDemo,
  // wraps every report file's data key (storage/master-key.ts)
  productionSecrets: [base64Key256('RECORDS_MASTER_KEY')],
  httpRoutes: (orm, logger) => {
    const store = fileStoreFromEnv();
    return Router().use(
      fileRoutes(orm, store, logger),
      sharedRecordRoutes(orm, store, logger),
      caseSummaryRoutes(orm, logger),
      partnerReportRoutes(orm, logger),
    );
  },
});

/** The retention worker, for tests that run it with their own clock. */
export { recordsRetentionWorker } from './erasure/erasure-worker';
