import { hasRole, type Logger, type TokenVerifier } from '@consilium/subgraph-kit';
import { Router, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { SUBGRAPH_HTTP_PATHS } from '../subgraphs/subgraph-http-routes';
import type { RateLimitSettings } from './rate-limit-settings';
import type { RateLimitStores } from './rate-limit-store';

/** The `extensions.code` (GraphQL) and `error.code` (other routes) of a request over a limit. */
export const RATE_LIMITED = 'RATE_LIMITED';

/** Whom a request is counted against besides its address: a verified token's subject. */
type Caller = { kind: 'account' | 'partner'; id: string } | { kind: 'anonymous' };

/** The three limiters: their name (also the Redis key prefix and the RateLimit policy name). */
type LimiterName = 'address' | 'account' | 'partner';

/** How each limiter names its unit in the refusal's sentence. */
const UNIT: Record<LimiterName, string> = {
  address: 'client address',
  account: 'account',
  partner: 'partner API client',
};

/** Where the verified caller is kept for the limiters of one request. */
const CALLER_LOCAL = 'rateLimitCaller';

function callerOf(res: Response): Caller {
  return (res.locals[CALLER_LOCAL] as Caller | undefined) ?? { kind: 'anonymous' };
}

/**
 * Finds whom the request counts against: the subject of a valid access token (an account, or a
 * partner client for a PARTNER token). A missing, malformed, expired or wrongly signed token —
 * or one that cannot be checked just now — counts by address alone: an unverified claim never
 * picks the key.
 */
function identifyCaller(verifyToken: TokenVerifier) {
  return (req: Request, res: Response, next: () => void): void => {
    const authorization = req.headers.authorization;
    if (!authorization?.startsWith('Bearer ')) return next();
    verifyToken(authorization).then(
      (viewer) => {
        if (viewer) {
          res.locals[CALLER_LOCAL] = {
            kind: hasRole(viewer, 'PARTNER') ? 'partner' : 'account',
            id: viewer.accountId,
          } satisfies Caller;
        }
        next();
      },
      () => next(),
    );
  };
}

/** `minute`, or the window in seconds when it is not one minute (tests). */
function windowWords(windowMs: number): string {
  return windowMs === 60_000 ? 'minute' : `${Math.round(windowMs / 1000)} seconds`;
}

/**
 * Answers a request over a limit with 429 in the shape of its route: GraphQL errors on
 * `/graphql`, an RFC 6749 §5.2 error on `/oauth`, `{ error: { code, message, retryAfterSeconds } }`
 * elsewhere. `Retry-After` and the RateLimit headers are already set.
 */
function refuse(req: Request, res: Response, message: string, retryAfterSeconds: number): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(429);
  if (req.originalUrl.startsWith('/graphql')) {
    res.json({
      errors: [{ message, extensions: { code: RATE_LIMITED, retryAfterSeconds } }],
    });
  } else if (req.originalUrl.startsWith('/oauth')) {
    res.json({ error: 'slow_down', error_description: message });
  } else {
    res.json({ error: { code: RATE_LIMITED, message, retryAfterSeconds } });
  }
}

/** One express-rate-limit limiter counting the requests `keyOf` gives a key for. */
function limiter(
  name: LimiterName,
  limit: number,
  windowMs: number,
  stores: RateLimitStores,
  logger: Logger,
  keyOf: (req: Request, res: Response) => string | null,
): RateLimitRequestHandler {
  return rateLimit({
    windowMs,
    limit,
    // `RateLimit` and `RateLimit-Policy` (IETF draft 8), and `Retry-After` on a refusal
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: name,
    store: stores.create(name),
    passOnStoreError: true,
    logger: { error: stores.warnStoreFailure, warn: stores.warnStoreFailure },
    skip: (req, res) => keyOf(req, res) === null,
    keyGenerator: (req, res) => keyOf(req, res)!,
    handler: (req, res) => {
      const retryAfterSeconds = Number(res.getHeader('Retry-After')) || 1;
      const info = (req as Request & { rateLimit?: { used: number } }).rateLimit;
      // once per key and window, not once per refused request
      if (info?.used === limit + 1) {
        logger.warn({ limiter: name, key: keyOf(req, res), limit }, 'rate limit reached');
      }
      refuse(
        req,
        res,
        `Too many requests: at most ${limit} per ${windowWords(windowMs)} per ${UNIT[name]}; retry after ${retryAfterSeconds} s.`,
        retryAfterSeconds,
      );
    },
  });
}

/**
 * The API's rate limits, for every request to the routes it is mounted on: per client address
 * (`req.ip`, as `trust proxy` says; IPv6 counted per /56), and on top per account or per partner
 * client for a request with a valid access token. Over a limit: 429 with `Retry-After` (seconds),
 * `RateLimit` and `RateLimit-Policy` (IETF draft 8) and a body naming the limit (see refuse).
 * @param options - the limits, the stores (memory or Redis), the gateway's token verifier and the
 *   logger (a first refusal per key and window is logged)
 * @returns a router to mount on the API paths
 */
export function rateLimits(options: {
  settings: RateLimitSettings;
  stores: RateLimitStores;
  verifyToken: TokenVerifier;
  logger: Logger;
}): Router {
  const { settings, stores, logger } = options;
  const router = Router();
  router.use(
    identifyCaller(options.verifyToken),
    limiter('address', settings.perIp, settings.windowMs, stores, logger, (req) =>
      ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? ''),
    ),
    limiter('account', settings.perAccount, settings.windowMs, stores, logger, (_req, res) => {
      const caller = callerOf(res);
      return caller.kind === 'account' ? caller.id : null;
    }),
    limiter('partner', settings.perPartner, settings.windowMs, stores, logger, (_req, res) => {
      const caller = callerOf(res);
      return caller.kind === 'partner' ? caller.id : null;
    }),
  );
  return router;
}

/**
 * The API paths the limits apply to: GraphQL, sign-in and partner tokens, the health-record
 * exports and case-file PDFs, and what the gateway passes through to the subgraphs (report
 * uploads and downloads, invoices, legal documents, payment webhooks). Not the web pages and
 * their assets, the health checks, or the token keys the subgraphs fetch.
 */
export const RATE_LIMITED_PATHS = [
  '/graphql',
  '/auth',
  '/oauth',
  '/health-record',
  ...Object.keys(SUBGRAPH_HTTP_PATHS),
];
