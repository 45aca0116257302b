import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { createFormatError } from '../errors/format-error';
import { errorReportingPlugin } from '../errors/error-reporting.plugin';
import { operationGuardPlugin } from '../errors/operation-guard.plugin';
import { httpErrorHandler, notFoundHandler } from '../errors/http-error-handler';
import { createLogger, type Logger } from '../logging/logger';
import type { FederatedSchema } from '../schema/build-federated-schema';
import type { BaseContext } from './context.type';
import { EmbeddedTransport, EVENTS_TOKEN_HEADER } from '../events/embedded-transport';
import type { EventTransport } from '../events/event-transport';
import { auditPlugin } from '../audit/audit.plugin';
import { createAuditTrail } from '../audit/audit-trail';
import { AuditWriter } from '../audit/audit-writer';
import { applyRevocations } from '../auth/access-revocations';
import { CaseParty } from '../auth/case-party.entity';
import { createTokenVerifier, jwksUrlFromEnv, type TokenVerifier } from '../auth/token-verifier';
import type { Viewer } from '../auth/viewer';
import { ClientError } from '../errors/errors';
import { createGroupLoader } from '../loaders/entity-loaders';
import { closeOneReplicaAtATime } from '../replicas/one-replica-at-a-time';
import { countStatementsDuring, type StatementCounter } from '../orm/statement-counter';
import { SUBGRAPH_LIMITS, limitsFromEnv, type GraphqlLimits } from '../limits/graphql-limits';
import { graphqlLimitsPlugin } from '../limits/graphql-limits.plugin';
import { limitServerOptions } from '../limits/limit-server-options';
import { isStaff } from '../auth/viewer';
import { jsonBodiesOnly } from './json-bodies-only';

/** Header that carries the request id from the gateway to every subgraph and into every log. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Everything needed to serve one subgraph. */
export interface SubgraphDefinition<TContext extends BaseContext> {
  /** kebab-case service name */
  name: string;
  federated: FederatedSchema;
  orm: MikroORM;
  /** adds the service's per-request DataLoaders to the base context */
  createContext: (base: BaseContext) => TContext;
  logger?: Logger;
  /** the service's event transport; the embedded one receives on `POST /events` */
  events?: EventTransport;
  /** verifies access tokens (default: against the identity service's JWKS, see jwksUrlFromEnv) */
  verifyToken?: TokenVerifier;
  /** plain HTTP endpoints to serve as well */
  routes?: express.Router;
  /** counts the SQL statements each GraphQL request runs (the ORM must report to it) */
  statements?: StatementCounter;
  /** request limits (default: SUBGRAPH_LIMITS, timeout from `GRAPHQL_EXECUTION_TIMEOUT_MS`) */
  limits?: GraphqlLimits;
}

/** A subgraph listening on a port. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:4001/graphql` */
  url: string;
  port: number;
  /** stops accepting requests, lets running ones finish, then closes the database */
  close: () => Promise<void>;
}

/**
 * Serves a subgraph over HTTP: `POST /graphql`, `GET /healthz` (process up), `GET /readyz`
 * (database reachable), JSON request logs with the gateway's request id. Every request is held
 * to the subgraph's limits (depth, aliases, directives, tokens, cost, execution time; see
 * graphql-limits.ts); no landing page; in production no field suggestions and introspection for
 * staff only.
 * @param definition - schema, ORM and context factory
 * @param port - TCP port (0 picks a free one)
 * @param host - interface to bind, default `127.0.0.1`
 * @returns the running server
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const logger = definition.logger ?? createLogger(definition.name);
  const verifyToken = definition.verifyToken ?? createTokenVerifier(() => jwksUrlFromEnv());
  const auditWriter = new AuditWriter(definition.orm, logger);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  const production = process.env['NODE_ENV'] === 'production';
  const limits = definition.limits ?? limitsFromEnv(SUBGRAPH_LIMITS);
  const apollo = new ApolloServer<TContext>({
    schema: definition.federated.schema,
    ...limitServerOptions(limits, production),
    formatError: createFormatError(),
    includeStacktraceInErrorResponses: false,
    // runService owns SIGTERM/SIGINT; a second handler inside Apollo would stop it twice and hang.
    stopOnTerminationSignals: false,
    // GET needs the apollo-require-preflight header (or a non-simple content type); no batches
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      errorReportingPlugin(),
      operationGuardPlugin(),
      graphqlLimitsPlugin<TContext>({
        limits,
        introspection: production ? 'staff' : 'everyone',
        isStaff: (context) => isStaff(context.viewer),
        fieldDeadline: true,
      }),
      auditPlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await definition.orm.isConnected();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  if (definition.routes) app.use(definition.routes);
  const events = definition.events;
  if (events instanceof EmbeddedTransport) {
    app.post('/events', express.json({ limit: '1mb' }), async (req, res) => {
      const token = req.headers[EVENTS_TOKEN_HEADER];
      const result = await events.receive(req.body, typeof token === 'string' ? token : undefined);
      if (result.status >= 400) logger.warn({ error: result.error }, 'event refused or failed');
      res.status(result.status).end();
    });
  }
  app.use(
    '/graphql',
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers[REQUEST_ID_HEADER];
        const id = typeof given === 'string' && given.length <= 128 ? given : randomUUID();
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
    }),
    jsonBodiesOnly(),
    express.json({ limit: '1mb' }),
    (_req, _res, next) => {
      // after the body is read: stream events would run outside the request's async context
      if (definition.statements) countStatementsDuring(definition.statements, next);
      else next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = definition.orm.em.fork();
        let viewer: Viewer | null = null;
        let authFailure: string | null = null;
        try {
          const proven = await verifyToken(req.headers.authorization);
          viewer = proven && (await applyRevocations(em, proven));
          if (proven && !viewer) authFailure = 'You were signed out; sign in again.';
        } catch (error) {
          if (!(error instanceof ClientError)) throw error;
          authFailure = error.message;
        }
        const requestId = String(req.id);
        const forwardedFor = req.headers['x-forwarded-for'];
        const ipAddress =
          (typeof forwardedFor === 'string' ? forwardedFor.split(',')[0]?.trim() : undefined) ??
          req.socket.remoteAddress ??
          null;
        const client = { ipAddress, userAgent: req.headers['user-agent'] ?? null };
        return definition.createContext({
          em,
          requestId,
          client,
          logger: req.log,
          authorization: req.headers.authorization,
          viewer,
          authFailure,
          audit: createAuditTrail(definition.name, auditWriter, { viewer, requestId, ...client }),
          caseParties: createGroupLoader(em, CaseParty, 'caseId'),
        });
      },
    }),
  );

  app.use(notFoundHandler());
  app.use(httpErrorHandler(logger));

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    close: async () => {
      await apollo.stop();
      await closeOneReplicaAtATime(definition.orm);
      await definition.orm.close();
    },
  };
}
