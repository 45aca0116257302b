import { retentionWorker, type RetentionWorkerOptions } from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '@consilium/subgraph-kit';
import { fileStoreFromEnv } from '../storage/file-store';
import { removeErasedFiles } from './erasure.service';
import { sweepErasedLeftovers } from './erasure-sweep';

/**
 * records' retention worker: destroys sealed records whose retention has ended (the kit's
 * retentionWorker) and, on each round, removes files an erasure could not remove at once and
 * whatever work under way wrote for a patient just after their erasure (sweepErasedLeftovers).
 * @param options - a clock and interval (tests inject them)
 * @returns a worker for defineService's `workers`
 */
export function recordsRetentionWorker(
  options: Omit<RetentionWorkerOptions, 'alsoEachRound'> = {},
): (orm: MikroORM, logger: Logger) => () => Promise<void> {
  return retentionWorker({
    ...options,
    alsoEachRound: async (em, now, logger) => {
      const store = fileStoreFromEnv();
      await removeErasedFiles(em, store, logger);
      await sweepErasedLeftovers(em, store, logger, now);
    },
  });
}
