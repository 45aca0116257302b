import 'reflect-metadata';
import path from 'node:path';
import { ConsiliumEntity, defineService, type Service } from '@consilium/subgraph-kit';
import { caseProfileHandlers } from './case-profile/case-profile.handlers';
import { CaseProfile } from './case-profile/case-profile.entity';
import { PublishedLegalDocument } from './case-profile/published-legal-document.entity';
import { Appointment, AppointmentSlot } from './appointment/appointment.entity';
import {
  AppointmentResolver,
  AppointmentSlotResolver,
  CaseAppointmentsResolver,
} from './appointment/appointment.resolver';
import { ContactLog } from './consultation/contact-log.entity';
import { ContactSla } from './consultation/contact-sla.entity';
import { contactSlaWatch } from './consultation/contact-sla.service';
import {
  CaseConsultationResolver,
  ContactLogResolver,
  ContactSlaResolver,
} from './consultation/consultation.resolver';
import { DocumentReference } from './info-request/document.type';
import { InfoRequest } from './info-request/info-request.entity';
import {
  CaseInfoRequestsResolver,
  InfoRequestResolver,
} from './info-request/info-request.resolver';
import { CasePanelResolver } from './case/case-panel.resolver';
import {
  PanelSuggestionResolver,
  PlatformChoiceQueueResolver,
} from './matching/panel-suggestion.resolver';
import { OnboardingResolver } from './onboarding/onboarding.resolver';
import { RequestPanelResolver } from './panel/request-panel.resolver';
import { responseDeadlineWatch } from './panel/response-deadline.worker';
import { CaseReference } from './case/case.type';
import { createContext } from './context.type';
import { seedDemo } from './demo/demo-seed';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';
import { PanelMember } from './panel/panel-member.entity';
import { Panel } from './panel/panel.entity';
import { PanelMemberResolver, PanelResolver } from './panel/panel.resolver';
import { PanelResponseResolver } from './panel/panel-response.resolver';
import { MedicalRegistration } from './specialist/medical-registration.embeddable';
import { Specialist } from './specialist/specialist.entity';
import { specialistReference } from './specialist/specialist.reference';
import { SpecialistResolver } from './specialist/specialist.resolver';

/** specialist-matching: owns `Specialist` and panels, extends `Case` with `panel` (port 4002). */
export const specialistMatching: Service = defineService({
  name: 'specialist-matching',
  packageDir: path.resolve(__dirname, '..'),
  defaultPort: 4002,
  entities: [
    ConsiliumEntity,
    MedicalRegistration,
    Specialist,
    Panel,
    PanelMember,
    CaseProfile,
    PublishedLegalDocument,
    ContactSla,
    ContactLog,
    Appointment,
    AppointmentSlot,
    InfoRequest,
  ],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [
    SpecialistResolver,
    PanelResolver,
    PanelMemberResolver,
    PanelResponseResolver,
    RequestPanelResolver,
    CasePanelResolver,
    PanelSuggestionResolver,
    PlatformChoiceQueueResolver,
    OnboardingResolver,
    CaseConsultationResolver,
    ContactSlaResolver,
    ContactLogResolver,
    CaseAppointmentsResolver,
    AppointmentResolver,
    AppointmentSlotResolver,
    CaseInfoRequestsResolver,
    InfoRequestResolver,
  ],
  eventHandlers: () => ({ ...caseProfileHandlers() }),
  workers: [responseDeadlineWatch(), contactSlaWatch()],
  referenceResolvers: { Specialist: specialistReference },
  entityStubs: [CaseReference, DocumentReference],
  createContext,
  seedDemo,
});
