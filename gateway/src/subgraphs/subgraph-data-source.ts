import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, parse } from 'graphql';
import { executionTimeoutError } from '@consilium/subgraph-kit';
import { Agent, fetch as undiciFetch, Response as UndiciResponse } from 'undici';
import type { GatewayContext } from '../server/gateway-context.type';
import { missingFieldPaths } from './missing-field-paths';

/** What a data source answers the gateway with (data and GraphQL errors). */
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

type Fetcher = NonNullable<
  NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']
>;

/** How long a subgraph may take to answer before the gateway gives up on it (ms). */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 15_000;

/**
 * A fetch over a keep-alive connection pool that gives up when the subgraph sends no answer
 * within the timeout (a hung service must not hang the gateway's callers), and that lets a
 * subgraph's 400 carrying GraphQL errors reach the client as those errors.
 */
function keepAliveFetch(timeoutMs: number): Fetcher {
  const agent = new Agent({
    keepAliveTimeout: 30_000,
    connections: 64,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return (async (url: string, init: Parameters<typeof undiciFetch>[1]) => {
    const response = await undiciFetch(url, { ...init, dispatcher: agent });
    // A subgraph answers 400 with GraphQL errors when a variable does not fit a scalar the
    // gateway cannot check itself (e.g. `LocalDate` given `2026-02-30`): pass those errors on,
    // with their BAD_USER_INPUT code, rather than failing the whole request.
    if (response.status === 400 && response.headers.get('content-type')?.includes('json')) {
      const text = await response.text();
      let hasErrors = false;
      try {
        const body = JSON.parse(text) as { errors?: unknown[] };
        hasErrors = Array.isArray(body.errors) && body.errors.length > 0;
      } catch {
        // not GraphQL: left as the 400 it is
      }
      return new UndiciResponse(text, {
        status: hasErrors ? 200 : 400,
        headers: response.headers,
      });
    }
    return response;
  }) as unknown as Fetcher;
}

/**
 * Calls one subgraph: forwards the caller's `Authorization` and the request id, reuses
 * keep-alive connections, and turns "cannot reach the subgraph" or "it did not answer in time"
 * into a clear error (`extensions.code` SUBGRAPH_UNAVAILABLE with the service name) instead of a
 * network trace: one error per field the subgraph would have answered, with that field's path, so
 * the client sees exactly which fields are missing (e.g. `['case', 'documents']`) next to the
 * data the other subgraphs gave. A call a request would make after its deadline (the gateway's
 * execution timeout) is refused with EXECUTION_TIMEOUT.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    timeoutMs = DEFAULT_SUBGRAPH_TIMEOUT_MS,
    /** the gateway's execution timeout (ms), for the error once a request's deadline passed */
    private readonly executionTimeoutMs = Number.POSITIVE_INFINITY,
  ) {
    super({ url, fetcher: keepAliveFetch(timeoutMs) });
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return;
    if (Date.now() > context.deadline) throw executionTimeoutError(this.executionTimeoutMs);
    request.http?.headers.set('x-request-id', context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.clientAddress) request.http?.headers.set('x-forwarded-for', context.clientAddress);
    if (context.userAgent) request.http?.headers.set('user-agent', context.userAgent);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions['code'] !== 'SUBGRAPH_UNAVAILABLE') {
        throw error;
      }
      const document =
        ('document' in options ? options.document : undefined) ??
        parse(options.request.query ?? '');
      const paths = missingFieldPaths(document, options.request.variables);
      if (paths.length === 0) throw error;
      return {
        errors: paths.map((path) => ({
          message: error.message,
          path,
          extensions: error.extensions,
        })),
      };
    }
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? '';
      const timedOut = cause.startsWith('UND_ERR_') && cause.includes('TIMEOUT');
      throw new GraphQLError(
        `The ${this.serviceName} service ${timedOut ? 'did not answer in time' : 'is unavailable'}, ` +
          'so part of this answer is missing. Try again shortly.',
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName } },
      );
    }
    throw error;
  }
}
