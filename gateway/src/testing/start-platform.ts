import { billing } from '@consilium/billing';
import { patientIntake } from '@consilium/patient-intake';
import { records } from '@consilium/records';
import { specialistMatching } from '@consilium/specialist-matching';
import {
  createLogger,
  createTokenVerifier,
  EmbeddedTransport,
  type TokenVerifier,
} from '@consilium/subgraph-kit';
import { startTestService, type TestService } from '@consilium/subgraph-kit/testing';
import { DEMO_PASSWORD } from '../identity/demo/demo-accounts';
import { identity } from '../identity/identity-service';
import { startGateway, type GatewayOptions, type RunningGateway } from '../server/gateway-server';
import type { SubgraphName } from '../subgraphs/subgraph-urls';
import type { MikroORM } from '@mikro-orm/core';

/** The demo people by role (their accounts are seeded with DEMO_PASSWORD). */
export const DEMO_LOGINS = {
  patient: 'kavita.deshpande@example.org',
  proxy: 'rahul.deshpande@example.org',
  specialist: 'sunanda.iyer@consilium.example',
  operations: 'ops@consilium.example',
  compliance: 'compliance@consilium.example',
  gp: 'dr.arvind.rao.gp@consilium.example',
} as const;

/** The whole platform in one process: five subgraphs on fresh databases and the gateway. */
export interface TestPlatform {
  gateway: RunningGateway;
  /** e.g. `http://127.0.0.1:34567` */
  origin: string;
  subgraphs: Record<SubgraphName, TestService>;
  /** where each subgraph listens */
  urls: Record<SubgraphName, string>;
  /**
   * Signs in through `POST /auth/sign-in` (cached per login).
   * @returns the `Authorization` header to send
   */
  signIn: (login: string, password?: string) => Promise<{ authorization: string }>;
  /** every line the gateway logged */
  gatewayLogs: string[];
  /** the token verifier every subgraph uses (identity's JWKS) */
  verifyToken: TokenVerifier;
  /** the identity database the gateway serves sign-in from (to start a second gateway) */
  identityOrm: MikroORM;
  /** signIn for a demo role */
  as: (role: keyof typeof DEMO_LOGINS) => Promise<{ authorization: string }>;
  /** stops the gateway and every subgraph (closing one twice is harmless) and removes their databases */
  stop: () => Promise<void>;
}

/**
 * Starts identity, then the four subgraphs (seeded with the demo data) on free ports and fresh
 * databases (SQLite, or PostgreSQL when DATABASE_URL is set), every one verifying tokens against
 * identity's JWKS, then the gateway over the committed supergraph.
 * @param gatewayOptions - the gateway's rate limits and trusted proxies (default: from the
 *   environment, as in production)
 * @returns the running platform
 */
export async function startTestPlatform(
  gatewayOptions: Pick<GatewayOptions, 'rateLimits' | 'trustProxy'> = {},
): Promise<TestPlatform> {
  let jwksUrl = '';
  const verifyToken = createTokenVerifier(() => jwksUrl);
  const accounts = await startTestService(identity, true, { verifyToken });
  jwksUrl = accounts.url.replace(/\/graphql$/, '/.well-known/jwks.json');
  const [intake, matching, bill, record] = await Promise.all(
    [patientIntake, specialistMatching, billing, records].map((service) =>
      startTestService(service, true, { verifyToken }),
    ),
  );
  const subgraphs = {
    'patient-intake': intake!,
    'specialist-matching': matching!,
    billing: bill!,
    records: record!,
    identity: accounts,
  };
  const urls = Object.fromEntries(
    Object.entries(subgraphs).map(([name, service]) => [name, service.url]),
  ) as Record<SubgraphName, string>;
  // Embedded events: each service delivers to the others' /events on their test ports.
  for (const [name, service] of Object.entries(subgraphs)) {
    const others = Object.entries(subgraphs)
      .filter(([other]) => other !== name && other !== 'identity')
      .map(([, other]) => other.url.replace(/\/graphql$/, '/events'));
    if (service.events.transport instanceof EmbeddedTransport) {
      service.events.transport.setSubscribers(others);
    }
  }
  const gatewayLogs: string[] = [];
  const gateway = await startGateway({
    port: 0,
    logger: createLogger('gateway', { write: (line: string) => gatewayLogs.push(line) }),
    subgraphUrls: urls,
    identityOrm: accounts.orm,
    verifyToken,
    ...gatewayOptions,
  });
  const origin = gateway.url.replace(/\/graphql$/, '');
  const sessions = new Map<string, { authorization: string }>();
  const signIn = async (login: string, password = DEMO_PASSWORD) => {
    const cached = sessions.get(`${login}\n${password}`);
    if (cached) return cached;
    const response = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const body = (await response.json()) as { accessToken?: string };
    if (!response.ok || !body.accessToken) {
      throw new Error(`sign-in as ${login} failed: ${response.status} ${JSON.stringify(body)}`);
    }
    const header = { authorization: `Bearer ${body.accessToken}` };
    sessions.set(`${login}\n${password}`, header);
    return header;
  };
  return {
    gateway,
    origin,
    subgraphs,
    urls,
    signIn,
    gatewayLogs,
    verifyToken,
    identityOrm: accounts.orm,
    as: (role) => signIn(DEMO_LOGINS[role]),
    stop: async () => {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((service) => service.stop()));
    },
  };
}
