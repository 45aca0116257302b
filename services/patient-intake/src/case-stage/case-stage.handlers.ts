import {
  CASE_EVENT_TYPES,
  type DomainEvent,
  type EventHandler,
  type EventHandlers,
} from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '@consilium/subgraph-kit';
import { Case } from '../case/case.entity';
import { CaseTimelineEntry } from '../timeline/case-timeline-entry.entity';
import { queuePatientMessages } from '../notification/notifier';
import { queueAppointmentMessages } from '../notification/appointment-messages';
import { queueStaffMessages } from '../notification/staff-messages';
import { decideStage } from './case-stage-machine';

/**
 * Applies an event to its case: moves the stage when the transition table allows it, refuses
 * (and logs) an illegal one without changing anything, and records a timeline entry either way.
 * @param em - the consumer's transaction
 * @param event - the event
 * @param logger - for refused transitions
 */
export async function applyToCase(
  em: EntityManager,
  event: DomainEvent,
  logger: Logger,
): Promise<void> {
  if (!event.caseId) return;
  const found = await em.findOne(Case, { id: event.caseId });
  if (!found) {
    logger.warn({ eventId: event.id, caseId: event.caseId }, 'event for an unknown case ignored');
    return;
  }
  const decision = decideStage(found.stage, event.type, event.data);
  const entry = em.create(CaseTimelineEntry, {
    caseId: found.id,
    eventId: event.id,
    eventType: event.type,
    occurredAt: new Date(event.occurredAt),
    actorAccountId: event.actor.accountId,
    actingForPatientId: event.actor.actingForPatientId,
  });
  queueStaffMessages(em, event, found.id);
  await queueAppointmentMessages(em, event, found);
  if (decision.kind === 'move') {
    entry.fromStage = decision.from;
    entry.toStage = decision.to;
    found.stage = decision.to;
    await queuePatientMessages(em, event, found);
  } else if (decision.kind === 'refused') {
    entry.refusedBecause = decision.reason;
    logger.warn(
      { eventId: event.id, caseId: found.id, reason: decision.reason },
      'stage change refused',
    );
  }
}

/**
 * patient-intake's handlers: every event about a case goes through the stage machine.
 * @param logger - for refused transitions
 * @returns handlers for every event type
 */
export function caseStageHandlers(logger: Logger): EventHandlers {
  const handler: EventHandler = (em, event) => applyToCase(em, event, logger);
  return Object.fromEntries(CASE_EVENT_TYPES.map((type) => [type, handler])) as EventHandlers;
}
