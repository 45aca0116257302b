import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createFormatError,
  createLogger,
  httpErrorHandler,
  jsonBodiesOnly,
  notFoundHandler,
  errorReportingPlugin,
  operationGuardPlugin,
  createTokenVerifier,
  jwksUrlFromEnv,
  GATEWAY_LIMITS,
  graphqlLimitsPlugin,
  isStaff,
  limitServerOptions,
  limitsFromEnv,
  type GraphqlLimits,
  type Logger,
  type TokenVerifier,
} from '@consilium/subgraph-kit';
import { authRoutes } from '../identity/http/auth-routes';
import { sessionGuard } from '../identity/http/session-guard';
import { SECURE_COOKIES_SETTING } from '../identity/http/refresh-cookie';
import type { MikroORM } from '@mikro-orm/core';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, SubgraphDataSource } from '../subgraphs/subgraph-data-source';
import { subgraphUrlsFromEnv, type SubgraphName } from '../subgraphs/subgraph-urls';
import { subgraphHttpRoutes } from '../subgraphs/subgraph-http-routes';
import { healthRecordExportRoutes } from '../exports/health-record-export';
import { caseFileRoutes } from '../exports/case-file-routes';
import { isOwnQuery, OWN_QUERY_HEADER } from '../exports/own-query';
import { webRoutes } from '../web/web-routes';
import {
  FILE_PATHS,
  fileSecurityHeaders,
  pageContentSecurityPolicy,
  securityHeaders,
} from '../web-security/security-headers';
import {
  webSecuritySettingsFromEnv,
  type WebSecuritySettings,
} from '../web-security/web-security-settings';
import { partnerSafelist } from '../partners/partner-safelist';
import type { GatewayContext } from './gateway-context.type';
import { cachingTokenVerifier } from './verified-token-cache';
import { RATE_LIMITED_PATHS, rateLimits } from '../rate-limits/rate-limiters';
import {
  rateLimitSettingsFromEnv,
  trustProxyFromEnv,
  type RateLimitSettings,
  type TrustProxy,
} from '../rate-limits/rate-limit-settings';
import { connectRateLimitStores } from '../rate-limits/rate-limit-store';
import { Kind, parse } from 'graphql';

/**
 * The enum types of a schema and their values (for error messages that name allowed values).
 * @param sdl - the schema's SDL
 * @returns a lookup by type name
 */
function enumValuesOf(sdl: string): (typeName: string) => readonly string[] | undefined {
  const enums = new Map<string, string[]>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      enums.set(
        definition.name.value,
        (definition.values ?? []).map((value) => value.name.value),
      );
    }
  }
  return (typeName) => enums.get(typeName);
}

/** The committed, composed supergraph (`pnpm compose` writes it). */
export const SUPERGRAPH_PATH = path.resolve(__dirname, '../../../schema/supergraph.graphql');

/** How to run the gateway. */
export interface GatewayOptions {
  /** TCP port; 0 picks a free one */
  port: number;
  host?: string;
  /** subgraph URLs (default: from the environment) */
  subgraphUrls?: Record<SubgraphName, string>;
  /** supergraph SDL (default: the committed file) */
  supergraphSdl?: string;
  logger?: Logger;
  /** where the built web apps are (default: this repository) */
  webRoot?: string;
  /** how long a subgraph may take to answer (ms; default `SUBGRAPH_TIMEOUT_MS` or 15 s) */
  subgraphTimeoutMs?: number;
  /** the identity database (in this process): serves sign-in and checks every token */
  identityOrm: MikroORM;
  /** verifies access tokens (default: against the identity JWKS of jwksUrlFromEnv) */
  verifyToken?: TokenVerifier;
  /** request limits (default: GATEWAY_LIMITS, timeout from `GRAPHQL_EXECUTION_TIMEOUT_MS`) */
  limits?: GraphqlLimits;
  /** which proxies may name the client's address (default: `TRUST_PROXY`, see trustProxyFromEnv) */
  trustProxy?: TrustProxy;
  /** the API's rate limits (defaults: rateLimitSettingsFromEnv) and where they are counted */
  rateLimits?: {
    settings?: RateLimitSettings;
    /** Redis shared by every replica (default: `REDIS_URL`; unset or null: in memory) */
    redisUrl?: string | null;
    /** prefix of the limits' Redis keys (default `consilium:rate-limit:`) */
    keyPrefix?: string;
  };
  /** production or not, the checkout provider (default: webSecuritySettingsFromEnv) */
  webSecurity?: WebSecuritySettings;
}

/** The running gateway. */
export interface RunningGateway {
  /** e.g. `http://127.0.0.1:4000/graphql` */
  url: string;
  port: number;
  /** stops accepting requests and lets running ones finish */
  close: () => Promise<void>;
}

/** Approximate size of the query-plan LRU cache, in MiB (bounded, so memory stays flat). */
const QUERY_PLAN_CACHE_MIB = 50;

/**
 * Starts the federated gateway: `POST /graphql` over the committed supergraph, the web platform
 * (the page and its built apps) on the same origin, `GET /healthz` (process up) and `GET /readyz`
 * (every subgraph ready), JSON logs with a request id that is forwarded, with the caller's
 * `Authorization`, to every subgraph. Requests are held to the gateway's limits (depth, aliases,
 * directives, tokens, cost, execution time; see GATEWAY_LIMITS); no landing page; in production
 * no field suggestions and introspection for staff only. The API routes are rate limited per
 * client address, account and partner client (../rate-limits), counted in Redis when `REDIS_URL`
 * is set. Every response carries the security headers (web-security/security-headers.ts:
 * CSP, HSTS in production, nosniff, Referrer-Policy…).
 * @param options - port, subgraph URLs, supergraph
 * @returns the running gateway
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const urls = options.subgraphUrls ?? subgraphUrlsFromEnv();
  const subgraphTimeoutMs =
    options.subgraphTimeoutMs ??
    Number(process.env['SUBGRAPH_TIMEOUT_MS'] ?? DEFAULT_SUBGRAPH_TIMEOUT_MS);
  const supergraphSdl = options.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
  const webSecurity = options.webSecurity ?? webSecuritySettingsFromEnv();
  const production = webSecurity.production;
  const limits = options.limits ?? limitsFromEnv(GATEWAY_LIMITS);

  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_approximateQueryPlanStoreMiB: QUERY_PLAN_CACHE_MIB,
    buildService: ({ name }) =>
      new SubgraphDataSource(
        name,
        urls[name as SubgraphName],
        subgraphTimeoutMs,
        limits.executionTimeoutMs,
      ),
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  // the refresh cookie is Secure in production (identity/http/refresh-cookie.ts)
  app.set(SECURE_COOKIES_SETTING, webSecurity.production);
  const trustProxy = options.trustProxy ?? trustProxyFromEnv();
  try {
    app.set('trust proxy', trustProxy);
  } catch (error) {
    throw new Error(
      `TRUST_PROXY "${String(trustProxy)}" is not valid: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const rateLimitSettings = options.rateLimits?.settings ?? rateLimitSettingsFromEnv();
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...limitServerOptions(limits, production),
    includeStacktraceInErrorResponses: false,
    // runService owns SIGTERM/SIGINT; a second handler inside Apollo would stop it twice and hang.
    stopOnTerminationSignals: false,
    // GET needs the apollo-require-preflight header (or a non-simple content type); no batches
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: createFormatError({ enumValues: enumValuesOf(supergraphSdl) }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      errorReportingPlugin(),
      operationGuardPlugin(),
      graphqlLimitsPlugin<GatewayContext>({
        limits,
        introspection: production ? 'staff' : 'everyone',
        isStaff: (context) => context.staff,
        isOwnQuery: (context) => context.ownQuery,
        fieldDeadline: false,
      }),
    ],
  });
  await apollo.start();
  const rateLimitStores = await connectRateLimitStores({
    redisUrl:
      options.rateLimits?.redisUrl !== undefined
        ? options.rateLimits.redisUrl
        : process.env['REDIS_URL'] || null,
    prefix: options.rateLimits?.keyPrefix ?? 'consilium:rate-limit:',
    logger,
  });

  // every response: CSP, HSTS in production, nosniff, Referrer-Policy, framing by nobody…
  app.use(securityHeaders(webSecurity));
  // …except the files handed out: nothing runs in them, the own pages may frame them
  app.use(FILE_PATHS, fileSecurityHeaders(webSecurity));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    const subgraphs = await checkSubgraphs(urls);
    const ready = Object.values(subgraphs).every((status) => status === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', subgraphs });
  });
  const verifyToken = cachingTokenVerifier(
    options.verifyToken ?? createTokenVerifier(() => jwksUrlFromEnv()),
  );
  app.use(
    RATE_LIMITED_PATHS,
    rateLimits({ settings: rateLimitSettings, stores: rateLimitStores, verifyToken, logger }),
  );
  app.use(authRoutes(options.identityOrm, logger, rateLimitStores));
  app.use(subgraphHttpRoutes(urls, logger));
  const checkSession = sessionGuard(options.identityOrm, verifyToken);
  let ownGraphqlUrl = '';
  app.use(healthRecordExportRoutes(() => ownGraphqlUrl, verifyToken, logger));
  app.use(caseFileRoutes(() => ownGraphqlUrl, verifyToken, logger));
  app.use(webRoutes(logger, pageContentSecurityPolicy(webSecurity), options.webRoot));
  app.use(
    '/graphql',
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id =
          typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
    }),
    // text/plain, urlencoded and multipart bodies are refused (415) before anything parses them
    jsonBodiesOnly(),
    express.json({ limit: '1mb' }),
    // partner tokens run only the committed partner operations (issue 10)
    partnerSafelist(verifyToken),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await checkSession(req.headers.authorization);
        return {
          staff: isStaff(viewer),
          ownQuery: isOwnQuery(req.headers[OWN_QUERY_HEADER]),
          deadline: Date.now() + limits.executionTimeoutMs,
          requestId: String(req.id),
          authorization: req.headers.authorization,
          clientAddress: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
          logger: req.log,
        };
      },
    }),
  );

  app.use(notFoundHandler());
  app.use(httpErrorHandler(logger));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => httpServer.listen(options.port, host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  ownGraphqlUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
      await rateLimitStores.close();
    },
  };
}

/** Asks each subgraph's `/readyz`, one second at most each. */
async function checkSubgraphs(
  urls: Record<SubgraphName, string>,
): Promise<Record<string, 'ready' | 'not ready' | 'unreachable'>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/readyz', url), {
          signal: AbortSignal.timeout(1000),
        });
        return [name, response.ok ? 'ready' : 'not ready'] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
