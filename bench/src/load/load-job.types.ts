/** One POST the load generator sends: where, the JSON body, the headers. */
export interface LoadRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** A step of a unit: one request, or several sequences of steps run in parallel. */
export type LoadStep = LoadRequest | { parallel: LoadStep[][] };

/**
 * One measurement the load worker makes. `autocannon`: one request, repeated (autocannon). `replay`:
 * a unit of several requests (steps one after another, some in parallel, across several hosts, as
 * a page or a query plan sends them), each unit timed as a whole (autocannon cannot: it sends to
 * one host, one request at a time per connection).
 */
export type LoadJob =
  | { kind: 'autocannon'; request: LoadRequest; connections: number; seconds: number }
  | { kind: 'replay'; steps: LoadStep[]; connections: number; seconds: number };

/** What one measurement found (latencies in ms, of the request or of the whole unit). */
export interface LoadRun {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** units completed */
  completed: number;
  /** non-2xx answers, connection errors, timeouts and answers carrying GraphQL `errors` */
  errors: number;
  /** the first failing answer seen, for the report */
  firstError?: string;
}
