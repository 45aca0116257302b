import { createRequire } from 'node:module';
import type { LoadRequest, LoadStep } from '../load/load-job.types';

/** One fetch the gateway made to a subgraph while running an operation. */
export interface SubgraphFetch {
  service: string;
  url: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  startedAt: number;
  endedAt: number;
}

// @apollo/gateway and @apollo/server as our gateway has them (the same versions it runs).
const gatewayRequire = createRequire(require.resolve('@consilium/gateway'));
const { ApolloGateway, RemoteGraphQLDataSource } = gatewayRequire('@apollo/gateway') as {
  ApolloGateway: new (options: object) => object;
  RemoteGraphQLDataSource: new (options: { url: string; fetcher: typeof fetch }) => DataSource;
};
const { ApolloServer } = gatewayRequire('@apollo/server') as {
  ApolloServer: new (options: object) => {
    start: () => Promise<void>;
    stop: () => Promise<void>;
    executeOperation: (
      request: { query: string; variables?: Record<string, unknown> },
      options: { contextValue: { authorization: string } },
    ) => Promise<{ body: { kind: string; singleResult?: { errors?: unknown[] } } }>;
  };
};

interface DataSource {
  process(options: ProcessOptions): Promise<unknown>;
  willSendRequest?(options: ProcessOptions): void;
}

interface ProcessOptions {
  request: {
    query?: string;
    variables?: Record<string, unknown>;
    http?: { headers: { set: (name: string, value: string) => void } };
  };
  context: { authorization?: string };
}

/**
 * Records the subgraph fetches of the query plan @apollo/gateway (the library our gateway runs)
 * makes for each operation, against this run's subgraphs: the floor replays them directly.
 * @param supergraphSdl - the committed supergraph
 * @param urls - each subgraph's URL by its supergraph name
 * @param operations - the operations to run, each with the `Authorization` to send
 * @returns per operation, the fetches in the order they started
 * @throws when an operation answers with errors
 */
export async function captureSubgraphFetches(
  supergraphSdl: string,
  urls: Record<string, string>,
  operations: { query: string; variables: Record<string, unknown>; authorization: string }[],
): Promise<SubgraphFetch[][]> {
  let recording: SubgraphFetch[] = [];
  class RecordingDataSource extends RemoteGraphQLDataSource {
    constructor(
      private readonly service: string,
      private readonly serviceUrl: string,
    ) {
      // Node's fetch: Apollo's default fetcher keeps connections in a module-wide pool that a
      // subgraph closes between two captures (socket hang up)
      super({ url: serviceUrl, fetcher: fetch });
    }
    override willSendRequest(options: ProcessOptions): void {
      if (options.context.authorization) {
        options.request.http?.headers.set('authorization', options.context.authorization);
      }
    }
    override async process(options: ProcessOptions): Promise<unknown> {
      const startedAt = performance.now();
      const answer = await super.process(options);
      recording.push({
        service: this.service,
        url: this.serviceUrl,
        query: options.request.query ?? '',
        variables: options.request.variables,
        startedAt,
        endedAt: performance.now(),
      });
      return answer;
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }: { name: string }) => new RecordingDataSource(name, urls[name]!),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  try {
    const captured: SubgraphFetch[][] = [];
    for (const operation of operations) {
      recording = [];
      const answer = await server.executeOperation(
        { query: operation.query, variables: operation.variables },
        { contextValue: { authorization: operation.authorization } },
      );
      const errors = answer.body.singleResult?.errors;
      if (errors?.length) throw new Error(`capturing the plan: ${JSON.stringify(errors)}`);
      captured.push([...recording].sort((a, b) => a.startedAt - b.startedAt));
    }
    return captured;
  } finally {
    await server.stop();
  }
}

/**
 * Turns recorded fetches into the steps that replay them: a fetch that started before an earlier
 * one ended ran in parallel with it (same stage); one that started after ran in the next stage.
 * @param fetches - the fetches in the order they started
 * @param authorization - the `Authorization` header to send
 * @returns the steps (a fetch, or fetches in parallel)
 */
export function replaySteps(fetches: SubgraphFetch[], authorization: string): LoadStep[] {
  const stages: SubgraphFetch[][] = [];
  for (const fetch of fetches) {
    const current = stages[stages.length - 1];
    const firstEnd = current ? Math.min(...current.map((f) => f.endedAt)) : 0;
    if (current && fetch.startedAt < firstEnd) current.push(fetch);
    else stages.push([fetch]);
  }
  const request = (fetch: SubgraphFetch): LoadRequest => ({
    url: fetch.url,
    body: JSON.stringify({ query: fetch.query, variables: fetch.variables }),
    headers: { 'content-type': 'application/json', authorization },
  });
  return stages.map((stage) =>
    stage.length === 1 ? request(stage[0]!) : { parallel: stage.map((fetch) => [request(fetch)]) },
  );
}
