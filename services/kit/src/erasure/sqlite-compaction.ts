import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logging/logger';

/** The SQLite databases (by file name) with erased data still in free pages or the WAL. */
const waiting = new Set<string>();

/** How often the worker looks for a database to compact (ms). */
const INTERVAL_MS = 1000;

function sqliteFileOf(em: EntityManager | MikroORM['em']): string | null {
  const platform = em.getPlatform().constructor.name.toLowerCase();
  return platform.includes('sqlite') ? String(em.config.get('dbName')) : null;
}

/**
 * Asks for the service's SQLite file to be compacted once the current transaction has committed:
 * deleted or overwritten rows leave their old bytes in free pages and in the write-ahead log
 * until the file is rebuilt, and an erasure must leave nothing readable (DPDP Act 2023 §12).
 * A no-op on PostgreSQL (its dead tuples are reclaimed by autovacuum; the data keys of files are
 * destroyed either way).
 * @param em - the erasing transaction's EntityManager
 */
export function requestSqliteCompaction(em: EntityManager): void {
  const file = sqliteFileOf(em);
  if (file) waiting.add(file);
}

/**
 * Rebuilds a SQLite file now: `VACUUM` writes every live row into a fresh file (no free pages
 * keep old bytes) and `wal_checkpoint(TRUNCATE)` empties the write-ahead log.
 * @param orm - the service's ORM (outside any transaction)
 */
export async function compactSqlite(orm: MikroORM): Promise<void> {
  const connection = orm.em.fork().getConnection();
  await connection.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  await connection.execute('VACUUM');
  await connection.execute('PRAGMA wal_checkpoint(TRUNCATE)');
}

/**
 * The worker compacting the service's SQLite file after an erasure asked for it (see
 * requestSqliteCompaction); nothing to do on PostgreSQL.
 * @returns how to stop it
 */
export function startSqliteCompaction(orm: MikroORM, logger: Logger): () => Promise<void> {
  const file = sqliteFileOf(orm.em);
  if (!file) return async () => undefined;
  let running: Promise<void> | null = null;
  const compactIfAsked = (): Promise<void> => {
    if (!waiting.delete(file)) return Promise.resolve();
    return compactSqlite(orm)
      .then(() => logger.info({ database: file }, 'compacted after an erasure'))
      .catch((error: unknown) => {
        waiting.add(file);
        logger.error({ err: error }, 'compacting after an erasure failed; will try again');
      });
  };
  const timer = setInterval(() => {
    if (running) return;
    running = compactIfAsked().finally(() => {
      running = null;
    });
  }, INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
