import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { parseEvent, type DomainEvent } from './domain-event';
import type { EventType } from './event-catalog';
import { applyAccessRevocationFrom } from '../auth/access-revocations';
import { applyCasePartiesFrom } from '../auth/case-parties';
import { failpoint } from '../faults/failpoint';
import { InboxEntry } from './inbox-entry.entity';

/** What a service does with one event type, inside the transaction that records it as done. */
export type EventHandler<T extends EventType = EventType> = (
  em: EntityManager,
  event: DomainEvent<T>,
) => Promise<void>;

/**
 * A service's handlers by event type. Every event, handled or not, also updates the service's
 * copy of who may see the case (CaseParty).
 */
export type EventHandlers = { [T in EventType]?: EventHandler<T> };

/**
 * Applies received events exactly once in effect: each is validated, then handled in one
 * transaction together with the case's parties and an inbox row for (consumer, event id); a
 * redelivered event finds its inbox row and changes nothing.
 * @param orm - the service's ORM
 * @param consumer - the consumer's name, e.g. `billing`
 * @param handlers - the service's handlers
 * @param logger - for what was applied or skipped
 * @returns the delivery handler to give the transport
 * @throws InvalidEventError for a malformed event; the handler's own error when it fails
 */
export function createEventConsumer(
  orm: MikroORM,
  consumer: string,
  handlers: EventHandlers,
  logger: Logger,
): (value: unknown) => Promise<void> {
  return async (value) => {
    const event = parseEvent(value);
    const handler = handlers[event.type] as EventHandler | undefined;
    try {
      await orm.em.fork().transactional(async (em) => {
        if (await em.findOne(InboxEntry, { consumer, eventId: event.id })) {
          logger.debug({ eventId: event.id, type: event.type }, 'event already processed');
          return;
        }
        await applyCasePartiesFrom(em, event);
        applyAccessRevocationFrom(em, event);
        if (handler) await handler(em, event);
        em.persist(em.create(InboxEntry, { consumer, eventId: event.id, type: event.type }));
        await em.flush();
        failpoint('consumer.before-commit', event.type);
      });
      failpoint('consumer.after-commit', event.type);
    } catch (error) {
      // Two deliveries of one event raced; the other one committed it.
      if (error instanceof UniqueConstraintViolationException) return;
      throw error;
    }
  };
}
