import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import type { GatewayContext } from '../server/gateway-context.type';

/** One keep-alive connection pool shared by all subgraph calls of this process. */
type Fetcher = NonNullable<
  NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']
>;

const keepAliveAgent = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });

const keepAliveFetch = ((url: string, init: Parameters<typeof undiciFetch>[1]) =>
  undiciFetch(url, { ...init, dispatcher: keepAliveAgent })) as unknown as Fetcher;

/**
 * Calls one subgraph: forwards the caller's `Authorization` and the request id, reuses
 * keep-alive connections, and turns "cannot reach the subgraph" into a clear error
 * (`extensions.code` SUBGRAPH_UNAVAILABLE with the service name) instead of a network trace.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url, fetcher: keepAliveFetch });
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return;
    request.http?.headers.set('x-request-id', context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined) {
      throw new GraphQLError(
        `The ${this.serviceName} service is unavailable, so part of this answer is missing. ` +
          'Try again shortly.',
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName } },
      );
    }
    throw error;
  }
}
