import { billing } from '@consilium/billing';
import { identity, startGateway } from '@consilium/gateway';
import { patientIntake } from '@consilium/patient-intake';
import { records } from '@consilium/records';
import { specialistMatching } from '@consilium/specialist-matching';
import {
  createLogger,
  createTokenVerifier,
  EmbeddedTransport,
  resolveDatabaseTarget,
  type StartedService,
} from '@consilium/subgraph-kit';
import type { SeedTarget } from '../seed';

/** The platform in this process over a seeded load: the five services and the gateway. */
export interface InProcessPlatform {
  /** the gateway's `/graphql` */
  gatewayUrl: string;
  /** each service by name (`patient-intake`, …, `identity`) */
  services: Record<string, StartedService>;
  /**
   * Signs in through the gateway.
   * @returns the `Authorization` header value
   */
  signIn: (login: string, password: string) => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * Starts identity, the four subgraphs and the gateway on free ports over an already seeded
 * load (each service's database as resolveDatabaseTarget names it under the target), logging
 * nothing, with embedded events between them.
 * @param target - where the load was seeded
 * @returns the running platform
 */
export async function startInProcessPlatform(target: SeedTarget): Promise<InProcessPlatform> {
  const env =
    target.database === 'sqlite'
      ? { DATA_DIR: target.dataDir }
      : { DATABASE_URL: target.databaseUrl };
  const quiet = (name: string) => createLogger(name, { write: () => undefined });
  let jwksUrl = '';
  const verifyToken = createTokenVerifier(() => jwksUrl);
  const start = (service: typeof identity): Promise<StartedService> =>
    service.start({
      port: 0,
      target: resolveDatabaseTarget(service.definition.name, env),
      logger: quiet(service.definition.name),
      verifyToken,
    });
  const accounts = await start(identity);
  jwksUrl = accounts.url.replace(/\/graphql$/, '/.well-known/jwks.json');
  const started = await Promise.all(
    [patientIntake, specialistMatching, billing, records].map((service) => start(service)),
  );
  const services: Record<string, StartedService> = { identity: accounts };
  for (const service of started) services[service.statements.service] = service;
  for (const [name, service] of Object.entries(services)) {
    if (service.events.transport instanceof EmbeddedTransport) {
      service.events.transport.setSubscribers(
        Object.entries(services)
          .filter(([other]) => other !== name && other !== 'identity')
          .map(([, other]) => other.url.replace(/\/graphql$/, '/events')),
      );
    }
  }
  const gateway = await startGateway({
    port: 0,
    logger: quiet('gateway'),
    subgraphUrls: {
      identity: accounts.url,
      'patient-intake': services['patient-intake']!.url,
      'specialist-matching': services['specialist-matching']!.url,
      billing: services['billing']!.url,
      records: services['records']!.url,
    },
    identityOrm: accounts.orm,
    verifyToken,
  });
  const origin = gateway.url.replace(/\/graphql$/, '');
  return {
    gatewayUrl: gateway.url,
    services,
    signIn: async (login, password) => {
      const response = await fetch(`${origin}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      const body = (await response.json()) as { accessToken?: string };
      if (!body.accessToken) throw new Error(`sign-in as ${login} failed (${response.status})`);
      return `Bearer ${body.accessToken}`;
    },
    stop: async () => {
      await gateway.close();
      for (const service of Object.values(services)) {
        await service.close();
      }
    },
  };
}
