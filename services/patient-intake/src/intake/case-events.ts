import {
  actorOf,
  applyCasePartiesFrom,
  InboxEntry,
  recordEvent,
  type DomainEvent,
  type EventData,
  type EventType,
} from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { applyToCase } from '../case-stage/case-stage.handlers';
import type { Case } from '../case/case.entity';
import type { Context } from '../context.type';

/** The inbox name patient-intake consumes events under (its service name). */
const CONSUMER = 'patient-intake';

/**
 * Records an event patient-intake itself causes (CaseSubmitted, CaseConsented, ConsentWithdrawn)
 * in the outbox for the other services, and applies it to the case at once in the same
 * transaction — who may see the case, stage change, timeline entry with who acted for whom,
 * messages to the patient —
 * marking it processed so its own delivery back (NATS) changes nothing.
 * @param em - the transaction
 * @param ctx - the request (for the actor)
 * @param found - the case
 * @param type - the event type
 * @param data - the event's data (checked against the catalog)
 * @returns the event recorded
 * @throws InvalidEventError when the data does not match the catalog
 */
export async function recordCaseEvent<T extends EventType>(
  em: EntityManager,
  ctx: Context,
  found: Case,
  type: T,
  data: EventData<T>,
): Promise<DomainEvent<T>> {
  const patientId = found.patient.id;
  const event = recordEvent(em, {
    type,
    caseId: found.id,
    patientId,
    actor: actorOf(ctx, patientId),
    data,
  });
  await applyCasePartiesFrom(em, event);
  await applyToCase(em, event, ctx.logger);
  em.persist(em.create(InboxEntry, { consumer: CONSUMER, eventId: event.id, type }));
  return event;
}
