import { assertProductionSecrets, createLogger, runService } from '@consilium/subgraph-kit';
import { DEMO_ACCOUNTS, DEMO_PARTNER, DEMO_PASSWORD } from './identity/demo/demo-accounts';
import { GATEWAY_SECRETS } from './server/gateway-secrets';
import { identity } from './identity/identity-service';
import { seedDemoCasesInBackground } from './demo/seed-demo-cases';
import { startGateway } from './server/gateway-server';

/**
 * Runs the gateway as a process on `PORT` (default 4000) together with the identity service
 * (its subgraph on `IDENTITY_PORT`, default 4005); stops cleanly on SIGTERM/SIGINT. With
 * `NODE_ENV=production` it refuses to start (exit 1) while a secret of GATEWAY_SECRETS is missing
 * or a default.
 */
void runService('gateway', async () => {
  // refuses production with a secret missing or left at a development default, naming each
  assertProductionSecrets('gateway', GATEWAY_SECRETS);
  const seedDemo = process.env['SEED_DEMO'] === '1';
  const accounts = await identity.start({
    port: Number(process.env['IDENTITY_PORT'] ?? 4005),
    seedDemo,
  });
  try {
    const host = process.env['HOST'] ?? '127.0.0.1';
    const gateway = await startGateway({
      port: Number(process.env['PORT'] ?? 4000),
      host,
      identityOrm: accounts.orm,
    });
    const origin = `http://localhost:${gateway.port}`;
    const seedDemoCases = seedDemo && process.env['SEED_DEMO_CASES'] === '1';
    const demo = seedDemo
      ? [
          `  Demo accounts (password ${DEMO_PASSWORD}):`,
          ...DEMO_ACCOUNTS.map(
            (account) =>
              `    ${account.roles[0]!.padEnd(11)} ${account.email}  (${account.displayName})`,
          ),
          `    PARTNER     client_id ${DEMO_PARTNER.clientId}  client_secret ${DEMO_PARTNER.clientSecret}`,
          '',
          ...(seedDemoCases
            ? [
                '  Demo cases at every stage: added through the API if missing; their logins follow.',
                '',
              ]
            : []),
        ]
      : [];
    console.log(
      [
        '',
        `  Consilium is running at ${origin}/  GraphQL: ${origin}/graphql  (Ctrl-C stops it)`,
        '',
        ...demo,
      ].join('\n'),
    );
    // `pnpm start` also adds a case at each stage through the API, in the background (the
    // services' own seeds hold only the one demo case the tests rely on).
    const reachable = ['0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host;
    const seedOrigin = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${gateway.port}`;
    const stopSeeding = seedDemoCases
      ? seedDemoCasesInBackground(seedOrigin, createLogger('demo-seed'))
      : async () => undefined;
    return {
      ...gateway,
      close: async () => {
        await stopSeeding();
        await gateway.close();
        await accounts.close();
      },
    };
  } catch (error) {
    await accounts.close();
    throw error;
  }
});
