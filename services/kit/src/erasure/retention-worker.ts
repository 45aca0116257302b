import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logging/logger';
import { oneReplicaAtATime } from '../replicas/one-replica-at-a-time';
import { destroyExpiredSealedRecords } from './sealing';
import { requestSqliteCompaction } from './sqlite-compaction';

/** How often the worker looks for sealed records whose retention has ended: hourly. */
export const RETENTION_CHECK_MS = 3_600_000;

/** Options of the retention worker (tests inject a clock and a short interval). */
export interface RetentionWorkerOptions {
  /** the time now (default: the system clock) */
  clock?: () => Date;
  intervalMs?: number;
  /** more work on each round, e.g. removing files an erasure could not remove at once */
  alsoEachRound?: (em: EntityManager, now: Date, logger: Logger) => Promise<void>;
}

/**
 * The worker that destroys sealed data when its retention ends (issue 7): at start and then every
 * `intervalMs`, every sealed record whose `retainUntil` has passed loses its data key and
 * ciphertext (destroyExpiredSealedRecords). Idempotent, and safe on several replicas at once.
 * @param options - clock, interval, extra work
 * @returns a worker for defineService's `workers` (it returns how to stop it)
 */
export function retentionWorker(
  options: RetentionWorkerOptions = {},
): (orm: MikroORM, logger: Logger) => () => Promise<void> {
  const clock = options.clock ?? (() => new Date());
  const intervalMs = options.intervalMs ?? RETENTION_CHECK_MS;
  return (orm, logger) => {
    let running: Promise<void> | undefined;
    let stopped = false;
    const round = async (): Promise<void> => {
      const now = clock();
      const em = orm.em.fork();
      const destroyed = await destroyExpiredSealedRecords(em, now);
      if (destroyed > 0) {
        requestSqliteCompaction(em);
        logger.info(
          { destroyed, now: now.toISOString() },
          'sealed records destroyed: retention ended',
        );
      }
      await options.alsoEachRound?.(orm.em.fork(), now, logger);
    };
    const tick = (): void => {
      if (stopped || running) return;
      running = oneReplicaAtATime(orm)
        .tryRun('retention', round)
        .then(() => undefined)
        .catch((error: unknown) => logger.error({ err: error }, 'retention round failed'))
        .finally(() => {
          running = undefined;
        });
    };
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
    return async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    };
  };
}
