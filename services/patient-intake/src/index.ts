import 'reflect-metadata';
import path from 'node:path';
import {
  base64Key256,
  ConsiliumEntity,
  defineService,
  recordAccessLogResolver,
  retentionWorker,
  SealedRecord,
  sealedRecordResolver,
  type Service,
  startSqliteCompaction,
} from '@consilium/subgraph-kit';
import { caseReference } from './case/case.reference';
import { CaseResolver } from './case/case.resolver';
import { Case } from './case/case.entity';
import { caseStageHandlers } from './case-stage/case-stage.handlers';
import { createContext } from './context.type';
import { CaseTimelineEntry } from './timeline/case-timeline-entry.entity';
import { DevMailboxResolver } from './notification/dev-mailbox.resolver';
import { Notification } from './notification/notification.entity';
import { queueAccountCodeMessage } from './notification/account-code-message';
import { startNotificationSender } from './notification/sending/notification-sender';
import { seedDemo } from './demo/demo-seed';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';
import { patientReference } from './patient/patient.reference';
import { PatientResolver } from './patient/patient.resolver';
import { CaseIntakeResolver } from './intake/case-intake.resolver';
import { CaseFhirResolver, PatientFhirResolver } from './fhir/fhir.resolver';
import { Consent } from './consent/consent.entity';
import { CaseConsentResolver, ConsentResolver } from './consent/consent.resolver';
import { LegalDocument } from './consent/legal-document.entity';
import { legalDocumentRoutes } from './consent/legal-document-routes';
import { seedLegalDocuments } from './consent/legal-document.service';
import { ReportRequirement } from './report-requirements/report-requirement.entity';
import {
  CaseRequiredReportsResolver,
  ReportRequirementResolver,
} from './report-requirements/report-requirement.resolver';
import { seedReportRequirements } from './report-requirements/report-requirement.service';
import { Patient } from './patient/patient.entity';
import { PartnerShare } from './partner-share/partner-share.entity';
import { CaseReferral } from './referral/case-referral.entity';
import { CaseReferralResolver } from './referral/case-referral.resolver';
import {
  CasePartnerSharesResolver,
  PartnerShareResolver,
} from './partner-share/partner-share.resolver';
import { PartnerOrganisationReference } from './partner-share/partner-organisation.type';
import { erasureHandlers } from './erasure/intake-erasure.handlers';
import { INTAKE_MASTER_KEY } from './erasure/intake-erasure';

/** patient-intake: owns `Patient` and `Case` (port 4001). */
export const patientIntake: Service = defineService({
  name: 'patient-intake',
  packageDir: path.resolve(__dirname, '..'),
  defaultPort: 4001,
  entities: [
    ConsiliumEntity,
    Patient,
    Case,
    CaseTimelineEntry,
    Notification,
    LegalDocument,
    Consent,
    ReportRequirement,
    PartnerShare,
    CaseReferral,
    SealedRecord,
  ],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [
    PatientResolver,
    CaseResolver,
    CaseIntakeResolver,
    ConsentResolver,
    CaseConsentResolver,
    ReportRequirementResolver,
    CaseRequiredReportsResolver,
    PatientFhirResolver,
    CaseFhirResolver,
    PartnerShareResolver,
    CasePartnerSharesResolver,
    CaseReferralResolver,
    DevMailboxResolver,
    // who saw the patient's details and case history ("Who saw my record")
    recordAccessLogResolver('patient-intake'),
    sealedRecordResolver('patient-intake', INTAKE_MASTER_KEY),
  ],
  referenceResolvers: { Patient: patientReference, Case: caseReference },
  entityStubs: [PartnerOrganisationReference],
  createContext,
  eventHandlers: (logger) => ({
    ...caseStageHandlers(logger),
    ...erasureHandlers(logger),
    AccountCodeIssued: queueAccountCodeMessage,
  }),
  workers: [startNotificationSender, retentionWorker(), startSqliteCompaction],
  seedBaseline: async (em) => {
    await seedLegalDocuments(em);
    await seedReportRequirements(em);
  },
  seedDemo,
  httpRoutes: legalDocumentRoutes,
  // wraps the data keys of what an erasure request seals (erasure/intake-erasure.ts)
  productionSecrets: [base64Key256('PATIENT_INTAKE_MASTER_KEY')],
});
