import 'reflect-metadata';
import path from 'node:path';
import {
  ConsiliumEntity,
  defineService,
  oneReplicaAtATime,
  type BaseContext,
  type Logger,
  type Service,
} from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { Account } from './accounts/account.entity';
import { AccountResolver } from './accounts/account.resolver';
import { OneTimeCode } from './codes/one-time-code.entity';
import { seedDemoAccounts } from './demo/demo-accounts';
import { authRoutes } from './http/auth-routes';
import { PartnerClient } from './partners/partner-client.entity';
import { PartnerClientResolver } from './partners/partner-client.resolver';
import {
  PartnerOrganisationResolver,
  partnerOrganisationReference,
} from './partners/partner-organisation.resolver';
import { ProxyAuthorization } from './proxies/proxy-authorization.entity';
import { ProxyResolver } from './proxies/proxy.resolver';
import { RecordAccessor, recordAccessorReference } from './record-accessors/record-accessor';
import { RefreshToken } from './sessions/refresh-token.entity';
import { SigningKey } from './tokens/signing-key.entity';
import { SigningKeyResolver } from './tokens/signing-key.resolver';
import { ensureSigningKey, rotateSigningKey } from './tokens/signing-keys';
import { postgresqlMigrations } from '../migrations/postgresql';
import { sqliteMigrations } from '../migrations/sqlite';

/** Checks hourly whether the signing key is due for replacement. */
function startKeyRotation(orm: MikroORM, logger: Logger): () => Promise<void> {
  const timer = setInterval(() => {
    // One replica at a time, so two never publish a new key each.
    oneReplicaAtATime(orm)
      .tryRun('signing key rotation', () =>
        orm.em.fork().transactional(async (em) => {
          const key = await rotateSigningKey(em);
          if (key)
            logger.info({ kid: key.kid, activatesAt: key.activatesAt }, 'signing key rotated');
        }),
      )
      .catch((error: unknown) => logger.error({ err: error }, 'signing key rotation failed'));
  }, 3_600_000);
  timer.unref();
  return async () => clearInterval(timer);
}

/**
 * identity: accounts, sessions, tokens, proxies and partner clients, in its own database (runs
 * inside the gateway process; its subgraph listens on port 4005 for the gateway, and its sign-in
 * endpoints are mounted on the gateway's public origin).
 */
export const identity: Service = defineService<BaseContext>({
  name: 'identity',
  packageDir: path.resolve(__dirname, '../..'),
  defaultPort: 4005,
  entities: [
    ConsiliumEntity,
    Account,
    SigningKey,
    RefreshToken,
    OneTimeCode,
    ProxyAuthorization,
    PartnerClient,
  ],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [
    AccountResolver,
    ProxyResolver,
    PartnerClientResolver,
    PartnerOrganisationResolver,
    SigningKeyResolver,
  ],
  // names and roles of who reached a patient's record, for the services' access logs
  referenceResolvers: {
    RecordAccessor: recordAccessorReference,
    PartnerOrganisation: partnerOrganisationReference,
  },
  entityStubs: [RecordAccessor],
  createContext: (base) => base,
  httpRoutes: authRoutes,
  workers: [startKeyRotation],
  seedBaseline: ensureSigningKey,
  seedDemo: seedDemoAccounts,
});
