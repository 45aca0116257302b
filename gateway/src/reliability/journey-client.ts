import type { LoadRecorder, Outcome, OutcomeKind } from './load-recorder';

/** A GraphQL error as the gateway answers it. */
export interface AnsweredError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; service?: string } & Record<string, unknown>;
}

/** What one request got back (status 0 when the connection failed). */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: AnsweredError[];
  /** seconds the server asked to wait (Retry-After), when rate limited */
  retryAfterSeconds?: number;
  outcome: Outcome;
}

/** @returns a promise resolved after `ms` milliseconds */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How a request ended, from its status and errors: 429 or RATE_LIMITED is rate limiting. */
function kindOf(status: number, errors: AnsweredError[] | undefined): OutcomeKind {
  if (status === 429 || errors?.some((error) => error.extensions?.code === 'RATE_LIMITED')) {
    return 'rate-limited';
  }
  return status >= 200 && status < 300 && !errors?.length ? 'ok' : 'error';
}

/**
 * The platform's public HTTP API as a patient's app uses it under load: GraphQL and the upload
 * PUT on the gateway's origin, each request timed and recorded (one Outcome per request).
 */
export class JourneyClient {
  /**
   * @param origin - the gateway's origin, e.g. `http://127.0.0.1:16600`
   * @param recorder - where every request's outcome goes
   */
  constructor(
    readonly origin: string,
    readonly recorder: LoadRecorder,
  ) {}

  /**
   * Sends a request and records how it ended; never throws (a failed connection is status 0).
   * @param operation - its name in the figures
   * @param path - on the gateway's origin
   * @param init - fetch options
   * @returns the status, parsed JSON body (if any) and outcome
   */
  async send<T>(operation: string, path: string, init: RequestInit): Promise<Answer<T>> {
    const started = performance.now();
    let status = 0;
    let body: { data?: T | null; errors?: AnsweredError[] } = {};
    let retryAfterSeconds: number | undefined;
    let failure: string | undefined;
    try {
      const response = await fetch(new URL(path, this.origin), init);
      status = response.status;
      const retryAfter = response.headers.get('retry-after');
      if (retryAfter !== null) retryAfterSeconds = Number(retryAfter) || 1;
      const text = await response.text();
      if (text) {
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          failure = text.slice(0, 200);
        }
      }
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string } }).cause;
      failure = `${(error as Error).message}${cause?.code ? ` (${cause.code})` : ''}`;
    }
    const errors = body.errors;
    const outcome: Outcome = {
      operation,
      kind: status === 0 ? 'error' : kindOf(status, errors),
      status,
      latencyMs: performance.now() - started,
      codes: status === 0 ? ['NETWORK'] : (errors ?? []).map((e) => e.extensions?.code ?? '?'),
    };
    if (outcome.kind === 'error') {
      outcome.detail = failure ?? (errors ?? []).map((error) => error.message).join('; ');
    }
    this.recorder.record(outcome);
    return { status, data: body.data, errors, retryAfterSeconds, outcome };
  }

  /**
   * Runs one GraphQL operation as the signed-in person.
   * @param operation - its name in the figures
   * @param token - the bearer access token
   * @param query - the document
   * @param variables - its variables
   * @returns the answer (never throws)
   */
  graphql<T = Record<string, unknown>>(
    operation: string,
    token: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Answer<T>> {
    return this.send<T>(operation, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  }
}
