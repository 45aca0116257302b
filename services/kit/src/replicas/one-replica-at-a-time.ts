import type { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/** A connection of PostgreSQL's own driver (`pg.Client`), as much of it as is used here. */
interface RawConnection {
  query: (sql: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  on: (event: 'error' | 'end', listener: () => void) => void;
}

/** knex's client, which makes connections outside the pool. */
interface KnexClient {
  acquireRawConnection: () => Promise<RawConnection>;
  destroyRawConnection: (connection: RawConnection) => Promise<void>;
}

/**
 * Runs work that must not run on two replicas of a service at once (its periodic workers, its
 * outbox relay, its migrations). On PostgreSQL, each name is a session advisory lock held on a
 * connection of the runner's own, outside the pool, so holding it never takes a connection a
 * request needs; a replica that dies releases its locks with its connection. On SQLite a single
 * process owns the database file, and the work simply runs.
 */
export interface OneReplicaAtATime {
  /**
   * Runs `task` unless another replica (or this process) is running work of the same name now.
   * @returns whether it ran, and what it returned
   */
  tryRun: <T>(
    name: string,
    task: () => Promise<T>,
  ) => Promise<{ ran: true; value: T } | { ran: false }>;
  /**
   * Runs `task` once no other replica runs work of the same name, waiting for it (start-up only:
   * while it waits, the lock connection answers nothing else).
   */
  run: <T>(name: string, task: () => Promise<T>) => Promise<T>;
  /** closes the lock connection (locks still held are released with it) */
  close: () => Promise<void>;
}

const runners = new WeakMap<MikroORM, OneReplicaAtATime>();

/**
 * The runner of a service's database (one per ORM, made when the ORM opens, closed by
 * {@link closeOneReplicaAtATime}).
 * @param orm - the service's ORM
 * @param service - the service's name (part of every lock's name; given when the ORM opens)
 * @returns the runner
 */
export function oneReplicaAtATime(orm: MikroORM, service = 'service'): OneReplicaAtATime {
  let runner = runners.get(orm);
  if (!runner) {
    runner =
      orm.config.get('driver') === PostgreSqlDriver
        ? advisoryLockRunner(orm, service)
        : singleProcessRunner();
    runners.set(orm, runner);
  }
  return runner;
}

/**
 * Closes the runner of an ORM, if one was made (before the ORM itself is closed).
 * @param orm - the service's ORM
 */
export async function closeOneReplicaAtATime(orm: MikroORM): Promise<void> {
  const runner = runners.get(orm);
  runners.delete(orm);
  await runner?.close();
}

/** Work of one name, one at a time within this process (the same lock for every replica). */
function singleProcessRunner(): OneReplicaAtATime {
  const busy = new Set<string>();
  const queues = new Map<string, Promise<unknown>>();
  return {
    async tryRun(name, task) {
      if (busy.has(name)) return { ran: false };
      busy.add(name);
      try {
        return { ran: true, value: await task() };
      } finally {
        busy.delete(name);
      }
    },
    run(name, task) {
      const previous = queues.get(name) ?? Promise.resolve();
      const next = previous.catch(() => undefined).then(task);
      queues.set(name, next);
      return next;
    },
    close: () => Promise.resolve(),
  };
}

function advisoryLockRunner(orm: MikroORM, service: string): OneReplicaAtATime {
  const client = (
    orm.em.getConnection() as unknown as { getKnex: () => { client: KnexClient } }
  ).getKnex().client;
  const local = singleProcessRunner();
  let connection: Promise<RawConnection> | undefined;
  const connected = (): Promise<RawConnection> => {
    connection ??= client.acquireRawConnection().then(
      (raw) => {
        // A lost connection has lost its locks too: the next run opens a new one.
        const forget = (): void => {
          connection = undefined;
        };
        raw.on('error', forget);
        raw.on('end', forget);
        return raw;
      },
      (error: unknown) => {
        connection = undefined;
        throw error;
      },
    );
    return connection;
  };
  // One statement at a time on the lock connection (pg queues them, but warns that it will stop).
  let queue: Promise<unknown> = Promise.resolve();
  const query = async (sql: string, name: string): Promise<Record<string, unknown>[]> => {
    const raw = await connected();
    const result = queue.catch(() => undefined).then(() => raw.query(sql, [key(name)]));
    queue = result;
    return (await result).rows;
  };
  // Lock keys are 64-bit: PostgreSQL's own hash of the service's and the work's names.
  const key = (name: string): string => `consilium:${service}:${name}`;
  const unlock = async (name: string): Promise<void> => {
    await query('select pg_advisory_unlock(hashtextextended($1, 0))', name);
  };
  return {
    tryRun(name, task) {
      // Advisory locks are re-entrant within a session: this process keeps its own count.
      return local
        .tryRun(name, async () => {
          const rows = await query(
            'select pg_try_advisory_lock(hashtextextended($1, 0)) as locked',
            name,
          );
          if (rows[0]?.['locked'] !== true) return { ran: false } as const;
          try {
            return { ran: true, value: await task() } as const;
          } finally {
            await unlock(name).catch(() => undefined);
          }
        })
        .then((outcome) => (outcome.ran ? outcome.value : { ran: false }));
    },
    run(name, task) {
      return local.run(name, async () => {
        await query('select pg_advisory_lock(hashtextextended($1, 0))', name);
        try {
          return await task();
        } finally {
          await unlock(name).catch(() => undefined);
        }
      });
    },
    async close() {
      const open = connection;
      connection = undefined;
      if (open) await client.destroyRawConnection(await open).catch(() => undefined);
    },
  };
}
