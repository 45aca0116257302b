import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { failpoint } from '../faults/failpoint';
import type { EventTransport } from './event-transport';
import { OutboxEvent } from './outbox-event.entity';
import { oneReplicaAtATime } from '../replicas/one-replica-at-a-time';

/** How many failed publications before an event goes to the dead-letter list. */
export const MAX_PUBLISH_ATTEMPTS = 8;

/** Wait before the next try: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);
}

/** The relay of one service: publishes its outbox in order, retrying with backoff. */
export interface OutboxRelay {
  /** publishes everything that is due now; resolves when done (tests call it directly) */
  flush: () => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * Starts publishing a service's outbox: oldest event first; an event that fails is retried with
 * backoff, and later events of the same case wait for it (order per case is kept); after
 * MAX_PUBLISH_ATTEMPTS it goes to the dead-letter list. An event published but not yet marked
 * (the process died in between) is published again: consumers are idempotent.
 * @param orm - the service's ORM
 * @param transport - where events go
 * @param logger - for failures
 * @param intervalMs - how often to look for due events
 * @returns the relay
 */
export function startOutboxRelay(
  orm: MikroORM,
  transport: EventTransport,
  logger: Logger,
  intervalMs = 250,
): OutboxRelay {
  let running: Promise<number> | undefined;
  const flushOnce = async (): Promise<number> => {
    const em = orm.em.fork();
    const due = await em.find(
      OutboxEvent,
      { publishedAt: null, deadAt: null, nextAttemptAt: { $lte: new Date() } },
      { orderBy: { id: 'asc' }, limit: 100 },
    );
    const blockedCases = new Set<string>();
    let published = 0;
    for (const event of due) {
      if (event.caseId && blockedCases.has(event.caseId)) continue;
      try {
        failpoint('relay.before-publish', event.type);
        await transport.publish(event.payload);
        failpoint('relay.after-publish', event.type);
        event.publishedAt = new Date();
        event.lastError = null;
        published += 1;
      } catch (error) {
        event.attempts += 1;
        event.lastError = (error as Error).message.slice(0, 2000);
        event.nextAttemptAt = new Date(Date.now() + backoffMs(event.attempts));
        if (event.attempts >= MAX_PUBLISH_ATTEMPTS) event.deadAt = new Date();
        if (event.caseId) blockedCases.add(event.caseId);
        logger.warn(
          { eventId: event.id, type: event.type, attempts: event.attempts, err: error },
          'event not published',
        );
      }
      await em.flush();
    }
    return published;
  };
  const flush = (): Promise<number> => {
    // Of several replicas, one at a time publishes (the others would only send duplicates).
    running ??= oneReplicaAtATime(orm)
      .tryRun('outbox relay', flushOnce)
      .then((run) => (run.ran ? run.value : 0))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => {
    flush().catch((error: unknown) => logger.error({ err: error }, 'outbox relay failed'));
  }, intervalMs);
  timer.unref();
  return {
    flush,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
