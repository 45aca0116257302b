import type { EntityManager } from '@mikro-orm/core';
import { createEvent, type DomainEvent, type NewEvent } from './domain-event';
import type { EventType } from './event-catalog';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Records a domain event in the outbox of the current unit of work: it is committed together
 * with the change that caused it (call inside the same transaction) and published afterwards.
 * @param em - the EntityManager of the transaction making the change
 * @param input - the event
 * @returns the event as it will be published
 * @throws InvalidEventError when the data does not match the event's schema
 */
export function recordEvent<T extends EventType>(
  em: EntityManager,
  input: NewEvent<T>,
): DomainEvent<T> {
  const event = createEvent(input);
  em.persist(
    em.create(OutboxEvent, {
      id: event.id,
      type: event.type,
      caseId: event.caseId,
      payload: event,
      occurredAt: new Date(event.occurredAt),
    }),
  );
  return event;
}
