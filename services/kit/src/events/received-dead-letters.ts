import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ReceivedDeadLetter } from './received-dead-letter.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function field(value: unknown, name: string): string | undefined {
  const found = (value as Record<string, unknown> | null)?.[name];
  return typeof found === 'string' ? found : undefined;
}

/**
 * Puts a received event on this service's dead-letter list (replacing an earlier entry for it).
 * @param orm - the service's ORM
 * @param value - the message as received (possibly not a valid event)
 * @param error - why it failed the last time
 * @param deliveries - how many times it was delivered
 */
export async function recordReceivedDeadLetter(
  orm: MikroORM,
  value: unknown,
  error: Error,
  deliveries: number,
): Promise<void> {
  const em = orm.em.fork();
  const id =
    field(value, 'id')?.slice(0, 64) ??
    createHash('sha256').update(JSON.stringify(value)).digest('hex');
  const caseId = field(value, 'caseId');
  const occurredAt = new Date(field(value, 'occurredAt') ?? Date.now());
  await em.upsert(ReceivedDeadLetter, {
    id,
    type: (field(value, 'type') ?? 'unknown').slice(0, 64),
    caseId: caseId && UUID.test(caseId) ? caseId : null,
    payload: value,
    occurredAt: Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt,
    deliveries,
    lastError: error.message.slice(0, 2000),
    deadAt: new Date(),
    retryRequestedAt: null,
  });
}

/**
 * Processes again the received dead letters operations asked to retry: each one that succeeds is
 * removed; one that fails goes back on the list with the new error.
 * @param orm - the service's ORM
 * @param consume - the service's event consumer
 * @param logger - for failures
 * @returns how many were processed successfully
 */
export async function retryReceivedDeadLetters(
  orm: MikroORM,
  consume: (value: unknown) => Promise<void>,
  logger: Logger,
): Promise<number> {
  const em = orm.em.fork();
  const pending = await em.find(
    ReceivedDeadLetter,
    { retryRequestedAt: { $ne: null } },
    { orderBy: { occurredAt: 'asc' }, limit: 20 },
  );
  let processed = 0;
  for (const letter of pending) {
    try {
      await consume(letter.payload);
      em.remove(letter);
      processed += 1;
    } catch (error) {
      letter.deliveries += 1;
      letter.lastError = (error as Error).message.slice(0, 2000);
      letter.deadAt = new Date();
      letter.retryRequestedAt = null;
      logger.warn({ err: error, eventId: letter.id }, 'retried event failed again');
    }
    await em.flush();
  }
  return processed;
}
