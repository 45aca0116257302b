import type { EntityManager } from '@mikro-orm/core';
import {
  CASE_CLOSING_EVENTS,
  closesCase,
  type DomainEvent,
  type EventHandlers,
} from '@consilium/subgraph-kit';
import { dueCaseSummaryFromConsent } from '../case-summary/case-summary-due';
import { CaseProgress } from './case-progress.entity';

/**
 * The case's progress row, created on first sight of the case (events may arrive in any order
 * across services; each handler only fills in what its event tells).
 * @param em - the consumer's transaction
 * @param event - any case event
 * @returns the managed row
 */
async function progressOf(em: EntityManager, event: DomainEvent): Promise<CaseProgress> {
  const caseId = event.caseId!;
  const progress =
    (await em.findOne(CaseProgress, { caseId })) ?? em.create(CaseProgress, { caseId });
  if (event.patientId && !progress.patientId) progress.patientId = event.patientId;
  return progress;
}

/**
 * records' view of the case workflow (see CaseProgress): the patient's questions, consent time,
 * the confirmed panel, and whether the case is active. Idempotent: a redelivered event changes
 * nothing further.
 * @returns handlers for the kit's event consumer
 */
export function caseProgressHandlers(): EventHandlers {
  const handlers: EventHandlers = {
    CaseStarted: async (em, event) => {
      if (event.caseId) await progressOf(em, event);
    },
    CaseSubmitted: async (em, event) => {
      if (!event.caseId) return;
      const progress = await progressOf(em, event);
      // events recorded before questions were published carry none: keep what is known
      if (event.data.questions) progress.questions = [...event.data.questions];
    },
    CaseConsented: async (em, event) => {
      if (!event.caseId) return;
      const progress = await progressOf(em, event);
      progress.consentedAt ??= new Date(event.occurredAt);
      await dueCaseSummaryFromConsent(em, event.caseId, progress.consentedAt);
    },
    PanelConfirmed: async (em, event) => {
      if (!event.caseId) return;
      const progress = await progressOf(em, event);
      progress.panelMode = event.data.mode;
      progress.panelSpecialistIds = [...event.data.specialistIds];
    },
    SpecialistDeclined: async (em, event) => {
      if (!event.caseId) return;
      const progress = await progressOf(em, event);
      progress.panelSpecialistIds = progress.panelSpecialistIds.filter(
        (id) => id !== event.data.specialistId,
      );
    },
    PaymentCaptured: async (em, event) => {
      if (!event.caseId) return;
      const progress = await progressOf(em, event);
      progress.activeSince ??= new Date(event.occurredAt);
    },
  };
  for (const type of CASE_CLOSING_EVENTS) {
    handlers[type] = async (em, event) => {
      if (!event.caseId || !closesCase(event)) return;
      const progress = await progressOf(em, event);
      if (progress.closedAt) return;
      progress.closedAt = new Date(event.occurredAt);
      progress.closedBy = type;
    };
  }
  return handlers;
}
