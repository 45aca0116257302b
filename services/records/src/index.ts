import 'reflect-metadata';
import path from 'node:path';
import { ConsiliumEntity, defineService, type Service } from '@consilium/subgraph-kit';
import { CaseDocumentsResolver } from './case/case-documents.resolver';
import { CaseReference } from './case/case.type';
import { CaseProgress } from './case-progress/case-progress.entity';
import { caseProgressHandlers } from './case-progress/case-progress.handlers';
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
import { fileStoreFromEnv } from './storage/file-store';
import { fileRoutes } from './uploads/file-routes';
import { Upload } from './uploads/upload.entity';
import { UploadResolver } from './uploads/upload.resolver';
import { ShareLink, ShareLinkUse } from './sharing/share-link.entity';
import { ShareLinkResolver } from './sharing/share-link.resolver';
import { sharedRecordRoutes } from './sharing/shared-record-routes';
import { Router } from 'express';
import { sqliteMigrations } from './migrations/sqlite';

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
    StoredObject,
    Upload,
    ShareLink,
    ShareLinkUse,
    CaseProgress,
  ],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [
    DocumentResolver,
    CaseDocumentsResolver,
    PatientHealthRecordResolver,
    HealthRecordResolver,
    UploadResolver,
    DocumentFhirResolver,
    ShareLinkResolver,
  ],
  referenceResolvers: { Document: documentReference },
  entityStubs: [CaseReference, PatientReference],
  createContext,
  eventHandlers: () => ({ ...caseProgressHandlers() }),
  seedDemo,
  httpRoutes: (orm, logger) =>
    Router().use(fileRoutes(orm, fileStoreFromEnv(), logger), sharedRecordRoutes(orm, logger)),
});
