import type { BenchSection } from '../report/result.types';

/**
 * What our gateway does per request, the tuning the figures led to and where each stands: written
 * with the figures, so a reader of the ratios knows what they compare.
 */
export const gatewayTuningSection: BenchSection = {
  name: 'scenarios',
  run: async () => [
    {
      id: 'gateway-tuning',
      title: 'Our gateway: per-request work and tuning',
      intro:
        'Hive Gateway forwards `authorization` and nothing more. Our gateway, per request, also ' +
        'checks the token (signature, issuer, audience, expiry) and then the session in the ' +
        'identity database (account not disabled or signed out everywhere since the token was ' +
        'issued, every proxied patient still authorised: a revocation takes effect at the next ' +
        'request), writes a JSON access log line with a request id it forwards, and runs ' +
        '@apollo/gateway (JavaScript query planner). A CPU profile of the gateway process under ' +
        'scenario 2 (`--cpu-prof`, 2026-11-30, shared machine, before the two changes below) put ' +
        '16 % of its busy time in token signature checks (each token was then checked twice: by ' +
        'the partner safelist and by the session guard), about 25 % in the ORM and SQLite for the ' +
        'session check, 7 % in writing log lines and 9 % in undici for the subgraph fetches.',
      tables: [
        {
          caption: 'Tuning',
          columns: ['what', 'state'],
          rows: [
            [
              'keep-alive connections to the subgraphs, capped',
              'in place: one undici Agent per subgraph, 64 connections, 30 s keep-alive (`gateway/src/subgraphs/subgraph-data-source.ts`)',
            ],
            [
              'inline tracing off',
              'in place: every subgraph runs ApolloServerPluginInlineTraceDisabled; the gateway asks for no traces (no usage reporting)',
            ],
            [
              'bounded query-plan cache',
              'in place: 50 MiB LRU (`gateway/src/server/gateway-server.ts`)',
            ],
            [
              'token checked once per token, not per request',
              'done: a verified token is remembered until its `exp` (10,000 at most, refused tokens never), `gateway/src/server/verified-token-cache.ts`; removes the two signature checks per request',
            ],
            [
              'session check per request',
              'kept, made lighter: one read of three account columns outside the identity map, and the proxy grants only when the token acts for a patient other than the account’s own (`gateway/src/identity/http/session-guard.ts`); caching it would let a revoked proxy, a disabled account or a sign-out everywhere through for the cache’s lifetime, on every replica',
            ],
            [
              'Node cluster workers for the gateway',
              'not tried yet: the bench pins the platform (gateway and four subgraphs) to one core and the load generator to the other, where a second gateway worker would only compete with the subgraphs for that core; worth measuring unpinned on a machine with more cores',
            ],
          ],
        },
      ],
      notes: [],
      data: {},
    },
  ],
};
