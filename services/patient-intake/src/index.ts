import 'reflect-metadata';
import path from 'node:path';
import { ConsiliumEntity, defineService, type Service } from '@consilium/subgraph-kit';
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
import { Patient } from './patient/patient.entity';

/** patient-intake: owns `Patient` and `Case` (port 4001). */
export const patientIntake: Service = defineService({
  name: 'patient-intake',
  packageDir: path.resolve(__dirname, '..'),
  defaultPort: 4001,
  entities: [ConsiliumEntity, Patient, Case, CaseTimelineEntry, Notification],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [PatientResolver, CaseResolver, DevMailboxResolver],
  referenceResolvers: { Patient: patientReference, Case: caseReference },
  createContext,
  eventHandlers: (logger) => ({
    ...caseStageHandlers(logger),
    AccountCodeIssued: queueAccountCodeMessage,
  }),
  workers: [startNotificationSender],
  seedDemo,
});
