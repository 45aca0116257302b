import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logging/logger';
import { oneReplicaAtATime } from '../replicas/one-replica-at-a-time';

/** A worker for `defineService`'s `workers`: started with the ORM and logger, returns its stop. */
export type ServiceWorker = (orm: MikroORM, logger: Logger) => () => Promise<void>;

/** How a periodic worker reads the time and how often it looks. */
export interface PeriodicOptions {
  /** the clock (default: the system's); tests pass their own instead of waiting */
  now?: () => Date;
  /** milliseconds between looks (default one minute) */
  intervalMs?: number;
}

/**
 * A worker that runs `task` once at start and then every `intervalMs`, one run at a time, logging
 * `done` when a run changed something (its count > 0) and errors without stopping. Work must be
 * kept in the database (deadlines, flags), so a restart loses nothing. Of several replicas, one
 * at a time runs it; the others skip that look.
 * @param name - for the log, e.g. "panel requests expired"
 * @param task - one look at the time given; returns how many things it changed
 * @param options - the clock and the interval
 * @returns the worker; its stop waits for a run under way
 */
export function periodicWorker(
  name: string,
  task: (orm: MikroORM, now: Date) => Promise<number>,
  options: PeriodicOptions = {},
): ServiceWorker {
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 60_000;
  return (orm, logger) => {
    let running: Promise<unknown> = Promise.resolve();
    let stopped = false;
    const look = (): void => {
      running = running
        .then(async () => {
          if (stopped) return;
          const run = await oneReplicaAtATime(orm).tryRun(name, () => task(orm, now()));
          const changed = run.ran ? run.value : 0;
          if (changed > 0) logger.info({ changed }, name);
        })
        .catch((error: unknown) => logger.error({ err: error }, `${name}: failed`));
    };
    look();
    const timer = setInterval(look, intervalMs);
    timer.unref();
    return async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    };
  };
}
