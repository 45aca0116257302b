import type { EntityClass, EntityManager, MikroORM } from '@mikro-orm/core';
import type { Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { EventHandlers } from '../events/event-consumer';
import { startEventing, type Eventing, type EventingOptions } from '../events/eventing';
import { deadLetterResolver } from '../events/dead-letter.resolver';
import { InboxEntry } from '../events/inbox-entry.entity';
import { ReceivedDeadLetter } from '../events/received-dead-letter.entity';
import { OutboxEvent } from '../events/outbox-event.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { auditLogResolver } from '../audit/audit-log.resolver';
import { AccessRevocation } from '../auth/access-revocation.entity';
import { CaseParty } from '../auth/case-party.entity';
import type { TokenVerifier } from '../auth/token-verifier';
import { seedDemoCaseParties } from '../demo/demo-case-parties';
import { createLogger } from '../logging/logger';
import {
  assertProductionSecrets,
  COMMON_SECRET_RULES,
  type SecretRule,
} from '../production/production-secrets';
import type { Logger } from '../logging/logger';
import { createOrm, type MigrationSets } from '../orm/create-orm';
import type { DatabaseTarget } from '../orm/database-target';
import {
  buildFederatedSchema,
  type FederatedSchema,
  type ReferenceResolvers,
} from '../schema/build-federated-schema';
import type { BaseContext } from '../server/context.type';
import { runService } from '../server/run-service';
import { startSubgraphServer, type RunningServer } from '../server/subgraph-server';
import { closeOneReplicaAtATime } from '../replicas/one-replica-at-a-time';
import { StatementCounter } from '../orm/statement-counter';

/** Everything that makes one subgraph service. */
export interface ServiceDefinition<TContext extends BaseContext> {
  /** kebab-case name, also the SQLite file name and the env prefix (`PATIENT_INTAKE_…`) */
  name: string;
  /** the package directory (`__dirname/..` from src) */
  packageDir: string;
  /** port used when `<SERVICE>_PORT` is not set */
  defaultPort: number;
  entities: EntityClass<unknown>[];
  migrations: MigrationSets;
  resolvers: NonEmptyArray<Function>;
  referenceResolvers?: ReferenceResolvers;
  /** entities owned by another subgraph that this one extends, e.g. its `Case` stub */
  entityStubs?: Function[];
  createContext: (base: BaseContext) => TContext;
  /** background work started with the service; each returns how to stop it */
  workers?: ((orm: MikroORM, logger: Logger) => () => Promise<void>)[];
  /** what the service does with the events it consumes (given the service's logger) */
  eventHandlers?: (logger: Logger) => EventHandlers;
  /** inserts data the service cannot work without (e.g. the first price list); idempotent */
  seedBaseline?: (em: EntityManager) => Promise<void>;
  /** inserts the demo data for `pnpm start`; must be idempotent */
  seedDemo?: (em: EntityManager) => Promise<void>;
  /** plain HTTP endpoints served next to `/graphql` (identity's JWKS and sign-in endpoints) */
  httpRoutes?: (orm: MikroORM, logger: Logger) => Router;
  /**
   * the secrets the service needs in production besides COMMON_SECRET_RULES; `main` refuses to
   * start with any of them missing or left at a default (see assertProductionSecrets)
   */
  productionSecrets?: readonly SecretRule[];
}

/** Options for starting a service (tests pass their own database and port). */
export interface StartOptions {
  port?: number;
  target?: DatabaseTarget;
  /** called with each SQL statement */
  onQuery?: (sql: string) => void;
  /** insert demo data after migrating */
  seedDemo?: boolean;
  /** where the service logs (default: JSON to stdout at LOG_LEVEL) */
  logger?: Logger;
  /** how events travel (default: from the environment) */
  events?: EventingOptions;
  /** verifies access tokens (default: against the identity service's JWKS) */
  verifyToken?: TokenVerifier;
}

/** A started service: its server plus its ORM (tests inspect the database through it). */
export interface StartedService extends RunningServer {
  orm: MikroORM;
  events: Eventing;
  /** the SQL statements run inside its GraphQL requests (tests and the benchmark read it) */
  statements: StatementCounter;
}

/** The handle a service package exports. */
export interface Service {
  definition: ServiceDefinition<BaseContext>;
  /** builds the schema without touching a database (for `pnpm compose`) */
  buildSchema: () => Promise<FederatedSchema>;
  /** opens and migrates the database, optionally seeds, and listens */
  start: (options?: StartOptions) => Promise<StartedService>;
  /** runs as a process configured from the environment, stopping cleanly on SIGTERM */
  main: () => Promise<void>;
}

/**
 * Assembles a subgraph service from its definition, so all four are built, started and stopped
 * the same way.
 * @param definition - the service's parts
 * @returns the service handle
 */
export function defineService<TContext extends BaseContext>(
  given: ServiceDefinition<TContext>,
): Service {
  // Every service keeps an outbox and an inbox (issue "Case workflow across services"), its copy
  // of who may see each case and its audit log (issue "Identity and access").
  const definition = {
    ...given,
    entities: [
      ...given.entities,
      OutboxEvent,
      InboxEntry,
      ReceivedDeadLetter,
      CaseParty,
      AccessRevocation,
      AuditEntry,
    ],
  };
  // ...and lets operations see and resend what it could not deliver.
  const resolvers: NonEmptyArray<Function> = [
    ...definition.resolvers,
    deadLetterResolver(definition.name),
    auditLogResolver(definition.name),
  ];
  const buildSchema = (): Promise<FederatedSchema> =>
    buildFederatedSchema(resolvers, definition.referenceResolvers, definition.entityStubs);
  const envPrefix = definition.name.toUpperCase().replace(/-/g, '_');

  const start = async (options: StartOptions = {}): Promise<StartedService> => {
    const { seedBaseline, seedDemo } = definition;
    const statements = new StatementCounter(definition.name);
    const orm = await createOrm(
      {
        service: definition.name,
        entities: definition.entities,
        migrations: definition.migrations,
        packageDir: definition.packageDir,
        target: options.target,
        onQuery: options.onQuery,
        statementCounter: statements,
      },
      async (migrated) => {
        if (seedBaseline) await migrated.em.fork().transactional((tx) => seedBaseline(tx));
        if (options.seedDemo) {
          await migrated.em.fork().transactional(async (tx) => {
            await seedDemo?.(tx);
            await seedDemoCaseParties(tx);
          });
        }
      },
    );
    try {
      const logger = options.logger ?? createLogger(definition.name);
      const events = await startEventing(
        definition.name,
        orm,
        definition.eventHandlers?.(logger) ?? {},
        logger,
        options.events,
      );
      const stopWorkers = (definition.workers ?? []).map((worker) => worker(orm, logger));
      const federated = await buildSchema();
      const server = await startSubgraphServer(
        {
          name: definition.name,
          federated,
          orm,
          createContext: definition.createContext,
          logger,
          events: events.transport,
          verifyToken: options.verifyToken,
          routes: definition.httpRoutes?.(orm, logger),
          statements,
        },
        options.port ?? definition.defaultPort,
        process.env['HOST'] ?? '127.0.0.1',
      );
      return {
        ...server,
        orm,
        events,
        statements,
        close: async () => {
          await Promise.all(stopWorkers.map((stop) => stop()));
          await events.stop();
          await server.close();
        },
      };
    } catch (err) {
      await closeOneReplicaAtATime(orm);
      await orm.close();
      throw err;
    }
  };

  return {
    definition: definition as unknown as ServiceDefinition<BaseContext>,
    buildSchema,
    start,
    main: () =>
      runService(definition.name, () => {
        assertProductionSecrets(definition.name, [
          ...COMMON_SECRET_RULES,
          ...(definition.productionSecrets ?? []),
        ]);
        return start({
          port: Number(process.env[`${envPrefix}_PORT`] ?? definition.defaultPort),
          seedDemo: process.env['SEED_DEMO'] === '1',
        });
      }),
  };
}
