import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type EntityClass, type MigrationObject, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { resolveDatabaseTarget, type DatabaseTarget } from './database-target';
import { closeOneReplicaAtATime, oneReplicaAtATime } from '../replicas/one-replica-at-a-time';
import { statementHook, type StatementCounter } from './statement-counter';

/** The checked-in migrations of one service, one list per dialect (they differ in SQL). */
export interface MigrationSets {
  sqlite: MigrationObject[];
  postgresql: MigrationObject[];
}

/** What a service tells the kit about its persistence. */
export interface OrmSettings {
  /** kebab-case service name, e.g. `billing` */
  service: string;
  /** every entity class of the service */
  entities: EntityClass<unknown>[];
  migrations: MigrationSets;
  /** the service's package directory; migrations are generated under `src/migrations/<dialect>` */
  packageDir: string;
  /** overrides the environment's choice of database (tests) */
  target?: DatabaseTarget;
  /** called with every SQL statement run (tests count queries with it) */
  onQuery?: (sql: string) => void;
  /** counts the statements run inside the service's GraphQL requests */
  statementCounter?: StatementCounter;
}

/**
 * Builds the MikroORM options for a service: SQLite by default, PostgreSQL when configured
 * (see resolveDatabaseTarget). The global EntityManager is disabled: every request forks its own.
 * @param settings - the service's persistence settings
 * @returns MikroORM options
 */
export function createOrmOptions(settings: OrmSettings): Options {
  const target = settings.target ?? resolveDatabaseTarget(settings.service);
  const migrationsDir = path.join(settings.packageDir, 'src', 'migrations', target.dialect);
  const common: Options = {
    entities: settings.entities,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: settings.onQuery ? ['query'] : false,
    colors: false,
    logger: settings.onQuery ?? (() => undefined),
    extensions: [Migrator],
    ...(settings.statementCounter ? { onQuery: statementHook(settings.statementCounter) } : {}),
    migrations: {
      migrationsList: settings.migrations[target.dialect],
      path: migrationsDir,
      pathTs: migrationsDir,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      tableName: 'mikro_orm_migrations',
    },
  };
  if (target.dialect === 'sqlite') {
    // health data: the folder and the database readable by the service's own user only (SQLite
    // gives its -wal and -shm files the database file's permissions)
    if (target.dbName !== ':memory:') {
      fs.mkdirSync(path.dirname(target.dbName), { recursive: true, mode: 0o700 });
      fs.closeSync(fs.openSync(target.dbName, 'a', 0o600));
      fs.chmodSync(target.dbName, 0o600);
    }
    return { ...common, driver: BetterSqliteDriver, dbName: target.dbName };
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: target.clientUrl,
    dbName: target.dbName,
  };
}

/**
 * Opens the service's database (MikroORM creates a missing database on connect), applies
 * pending migrations and then runs `prepare` (seeding), one replica at a time: replicas starting
 * together against one PostgreSQL database wait for each other instead of racing.
 * @param settings - the service's persistence settings
 * @param prepare - work on the migrated database before the service serves (seed data)
 * @returns a connected, migrated ORM
 */
export async function createOrm(
  settings: OrmSettings,
  prepare?: (orm: MikroORM) => Promise<void>,
): Promise<MikroORM> {
  const orm = await MikroORM.init(createOrmOptions(settings));
  try {
    await oneReplicaAtATime(orm, settings.service).run('start-up', async () => {
      await orm.getMigrator().up();
      await prepare?.(orm);
    });
  } catch (error) {
    await closeOneReplicaAtATime(orm);
    await orm.close();
    throw error;
  }
  return orm;
}
