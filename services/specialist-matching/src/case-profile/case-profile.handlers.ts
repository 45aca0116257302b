import type { EntityManager } from '@mikro-orm/core';
import {
  CASE_CLOSING_EVENTS,
  closesCase,
  type DomainEvent,
  type EventHandlers,
} from '@consilium/subgraph-kit';
import { Appointment } from '../appointment/appointment.entity';
import { ContactLog } from '../consultation/contact-log.entity';
import { openContactSlas } from '../consultation/contact-sla.service';
import { InfoRequest } from '../info-request/info-request.entity';
import { Panel } from '../panel/panel.entity';
import { CaseProfile } from './case-profile.entity';
import { PublishedLegalDocument } from './published-legal-document.entity';

/**
 * Destroys what specialist-matching holds of an erased case's health information: the matching
 * profile, notes of contacts, questions and answers of information requests, and appointment
 * addresses and meeting links. Times, channels and who was asked stay, without content, as the
 * record that the 48-hour contact duty was met (records seals the clinical record itself).
 * @param em - the consumer's transaction
 * @param profile - the erased case's profile
 */
async function eraseCaseText(em: EntityManager, profile: CaseProfile): Promise<void> {
  profile.conditionCodes = [];
  profile.terms = [];
  profile.languages = [];
  profile.ageYears = null;
  const caseId = profile.caseId;
  await em.nativeUpdate(ContactLog, { caseId }, { note: null });
  await em.nativeUpdate(InfoRequest, { caseId }, { question: '', answer: null, documentIds: [] });
  await em.nativeUpdate(Appointment, { caseId }, { address: null, meetingUrl: null });
}

/**
 * The case's profile row, created on first sight (events arrive in any order across services).
 * @param em - the consumer's transaction
 * @param event - a case event
 * @returns the managed row
 */
export async function caseProfileOf(em: EntityManager, event: DomainEvent): Promise<CaseProfile> {
  const caseId = event.caseId!;
  const profile = (await em.findOne(CaseProfile, { caseId })) ?? em.create(CaseProfile, { caseId });
  if (event.patientId && !profile.patientId) profile.patientId = event.patientId;
  return profile;
}

/**
 * specialist-matching's view of the case workflow (see CaseProfile). Idempotent: a redelivered
 * event changes nothing further.
 * @returns handlers for the kit's event consumer
 */
export function caseProfileHandlers(): EventHandlers {
  const handlers: EventHandlers = {
    CaseSubmitted: async (em, event) => {
      if (!event.caseId) return;
      const profile = await caseProfileOf(em, event);
      const matching = event.data.matching;
      if (!matching || profile.closedAt) return;
      profile.conditionCodes = [...matching.conditionCodes];
      profile.terms = [...matching.terms];
      profile.languages = [...matching.languages];
      profile.ageYears = matching.ageYears;
    },
    CaseConsented: async (em, event) => {
      if (!event.caseId) return;
      const profile = await caseProfileOf(em, event);
      profile.consentedAt = new Date(event.occurredAt);
      profile.consentVersion = event.data.documentVersion;
      profile.privacyNoticeVersion = event.data.privacyNoticeVersion ?? null;
    },
    ConsentRenewed: async (em, event) => {
      if (!event.caseId) return;
      const profile = await caseProfileOf(em, event);
      profile.consentedAt = new Date(event.occurredAt);
      profile.consentVersion = event.data.documentVersion;
      profile.privacyNoticeVersion = event.data.privacyNoticeVersion;
    },
    LegalDocumentPublished: async (em, event) => {
      const { kind, version, effectiveFrom } = event.data;
      if (await em.findOne(PublishedLegalDocument, { kind, version })) return;
      em.create(PublishedLegalDocument, { kind, version, effectiveFrom: new Date(effectiveFrom) });
    },
    PaymentCaptured: async (em, event) => {
      if (!event.caseId) return;
      const profile = await caseProfileOf(em, event);
      profile.paidAt ??= new Date(event.occurredAt);
      await openContactSlas(em, event.caseId, profile.paidAt);
    },
  };
  for (const type of CASE_CLOSING_EVENTS) {
    handlers[type] = async (em, event) => {
      if (!event.caseId || !closesCase(event)) return;
      const profile = await caseProfileOf(em, event);
      const at = new Date(event.occurredAt);
      profile.closedAt ??= at;
      if (type === 'ConsentWithdrawn') profile.consentedAt = null;
      if (type === 'ErasureCompleted') await eraseCaseText(em, profile);
      await em.nativeUpdate(Panel, { caseId: event.caseId, closedAt: null }, { closedAt: at });
    };
  }
  return handlers;
}
