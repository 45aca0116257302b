/**
 * What the gateway's `/auth/*` endpoints answer when they refuse a request
 * (`{ "error": { code, message, field?, retryAfterSeconds? } }`), or `NETWORK` when the gateway
 * could not be reached at all.
 */
export class AuthError extends Error {
  /** HTTP status (0 when the gateway could not be reached) */
  readonly status: number;
  /** e.g. `INVALID_CREDENTIALS`, `ACCOUNT_LOCKED`, `UNVERIFIED`, `INVALID_CODE`, `NETWORK` */
  readonly code: string;
  /** the request field the error is about, e.g. `email` */
  readonly field: string | undefined;
  /** when a lock or rate limit ends, in seconds from now */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    field?: string,
    retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * How long a refusal asks to wait, from `Retry-After` (RFC 9110 §10.2.3) or, for a rate limit,
 * the exhausted `RateLimit` policy's reset (`r=0; t=<seconds>`, IETF draft-8 headers).
 * @param headers - the response headers
 * @returns seconds, or undefined when the response does not say
 */
function waitFromHeaders(headers: Headers): number | undefined {
  const retryAfter = Number(headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter;
  let longest: number | undefined;
  for (const match of (headers.get('ratelimit') ?? '').matchAll(/\br=0;\s*t=(\d+)/g)) {
    longest = Math.max(longest ?? 0, Number(match[1]));
  }
  return longest;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown; retryAfterSeconds?: unknown };
}

/**
 * Posts JSON to one of the gateway's `/auth/*` endpoints on this origin. The refresh token is an
 * httpOnly cookie the browser sends by itself (`credentials: 'same-origin'`).
 * @param path - e.g. `/auth/sign-in`
 * @param body - the JSON body (`{}` when the endpoint needs none)
 * @param accessToken - sent as `Authorization: Bearer …` when given
 * @returns the successful (2xx) response
 * @throws AuthError with the gateway's error code, or `NETWORK` when it could not be reached
 */
export function postAuth(
  path: string,
  body: object,
  accessToken?: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (accessToken) headers['Authorization'] = `Bearer ${accessToken}`;
  return authAnswer(
    fetch(path, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    }),
  );
}

/**
 * Reads the answer of a request to one of the gateway's `/auth/*` endpoints.
 * @param sending - the request's pending response
 * @returns the successful (2xx) response
 * @throws AuthError with the gateway's error code, or `NETWORK` when it could not be reached
 */
export async function authAnswer(sending: Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await sending;
  } catch (error) {
    throw new AuthError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return response;
  let parsed: ErrorBody = {};
  try {
    parsed = (await response.json()) as ErrorBody;
  } catch {
    // not JSON (a proxy's error page): fall through to the generic error
  }
  const error = parsed.error ?? {};
  const retryAfterSeconds =
    typeof error.retryAfterSeconds === 'number'
      ? error.retryAfterSeconds
      : waitFromHeaders(response.headers);
  throw new AuthError(
    response.status,
    typeof error.code === 'string' ? error.code : `HTTP_${response.status}`,
    typeof error.message === 'string' ? error.message : response.statusText,
    typeof error.field === 'string' ? error.field : undefined,
    retryAfterSeconds,
  );
}
