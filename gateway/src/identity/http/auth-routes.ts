import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '@consilium/subgraph-kit';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import {
  checkCredentials,
  findByLogin,
  requestPasswordReset,
  resetPassword,
  signUp,
  startSession,
  verifyLogin,
  type Session,
} from '../accounts/account-service';
import { Account } from '../accounts/account.entity';
import { AuthError } from '../accounts/auth-errors';
import { issueCode } from '../codes/codes';
import { CodePurpose } from '../codes/one-time-code.entity';
import {
  accountOfRefreshToken,
  endAllSessions,
  endSession,
  REFRESH_TOKEN_TTL_MS,
  rotateRefreshToken,
} from '../sessions/sessions';
import { publicJwks } from '../tokens/signing-keys';
import {
  credentialsOf,
  oauthTokenHandler,
  PARTNER_TOKEN_REQUESTS_PER_MINUTE,
  tooManyTokenRequests,
} from '../partners/oauth-token';
import { revokeAccess } from '../sessions/revoke-access';
import { parseLogin } from '../accounts/logins';
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie';
import { memoryRateLimitStores, type RateLimitStores } from '../../rate-limits/rate-limit-store';

/** Requests to the sign-in endpoints one address may make per minute. */
export const AUTH_REQUESTS_PER_MINUTE = 300;
/** Attempts per minute at one login from one address (on top of the account lock). */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

const login = z.string().trim().min(3).max(254);
const BODIES = {
  signUp: z.object({
    kind: z.enum(['PATIENT', 'PROXY']),
    // Lengths are checked (with the rule named) by normaliseName and the login parsers; these
    // bounds only keep absurd bodies out.
    displayName: z.string().max(10_000),
    email: z.string().max(10_000).optional(),
    phone: z.string().max(10_000).optional(),
    password: z.string().max(1024),
    language: z.enum(['en', 'hi']).optional(),
  }),
  signIn: z.object({ login, password: z.string().max(1024) }),
  verify: z.object({
    login,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'The code has six digits.'),
  }),
  loginOnly: z.object({ login }),
  signOut: z.object({ everywhere: z.boolean().optional() }),
  reset: z.object({
    login,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'The code has six digits.'),
    password: z.string().max(1024),
  }),
};

/** Reads a JSON body against its schema, naming the first wrong field. */
function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  throw new AuthError('BAD_USER_INPUT', `${field}: ${issue.message}`, { field });
}

/** Only JSON bodies: a cross-site form cannot send them without a CORS preflight (CSRF). */
function requireJson(req: Request, _res: Response, next: NextFunction): void {
  if (!req.is('application/json')) {
    next(new AuthError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'));
    return;
  }
  next();
}

function sendSession(res: Response, session: Session, status = 200): void {
  setRefreshCookie(res, session.refreshToken, REFRESH_TOKEN_TTL_MS);
  res.setHeader('Cache-Control', 'no-store');
  const { refreshToken: _kept, ...body } = session;
  res.status(status).json(body);
}

/**
 * The sign-in endpoints of the platform (same origin as the apps; see docs in README):
 * `POST /auth/sign-up | verify | verification/resend | sign-in | refresh | sign-out |
 * password-reset | password-reset/confirm`, `POST /oauth/token` (partners, RFC 6749 §4.4) and
 * `GET /.well-known/jwks.json`. Refusals are `{ error: { code, message, field? } }`.
 * @param orm - the identity database
 * @param logger - for unexpected failures (never with passwords, codes or tokens)
 * @param stores - where the sign-in limits are counted: the gateway's (Redis, shared by the
 *   replicas, when configured; see connectRateLimitStores); default this process's memory
 * @returns the router
 */
export function authRoutes(
  orm: MikroORM,
  logger: Logger,
  stores: RateLimitStores = memoryRateLimitStores(logger),
): Router {
  const router = express.Router();
  const limit = (name: string, max: number, keyGenerator?: (req: Request) => string) =>
    rateLimit({
      windowMs: 60_000,
      limit: max,
      ...(keyGenerator ? { keyGenerator } : {}),
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      store: stores.create(name),
      passOnStoreError: true,
      logger: { error: stores.warnStoreFailure, warn: stores.warnStoreFailure },
      handler: (_req, _res, next) =>
        next(
          new AuthError(
            'RATE_LIMITED',
            'Too many attempts from here; wait a minute and try again.',
            { retryAfterSeconds: 60 },
          ),
        ),
    });
  const run =
    (handler: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction): void => {
      handler(req, res).catch(next);
    };
  const em = () => orm.em.fork();

  router.get(
    '/.well-known/jwks.json',
    run(async (_req, res) => {
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.json(await publicJwks(em()));
    }),
  );

  const auth = express.Router();
  auth.use(requireJson, express.json({ limit: '16kb' }), cookieParser());
  // Per address, generous (a clinic may share one); per address and login, strict (guessing).
  auth.use(limit('sign-in-address', AUTH_REQUESTS_PER_MINUTE));
  auth.use(
    ['/sign-in', '/sign-up', '/verify', '/password-reset', '/verification'],
    limit('sign-in-login', LOGIN_ATTEMPTS_PER_MINUTE, (req) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const given = body['login'] ?? body['email'] ?? body['phone'];
      // Keyed by the normalised login: `098682 27853` and `+919868227853` share one allowance.
      const login = typeof given === 'string' ? parseLogin(given) : null;
      const key = login?.email ?? login?.phone ?? (typeof given === 'string' ? given.trim() : '');
      return `${ipKeyGenerator(req.ip ?? '')} ${key.toLowerCase()}`;
    }),
  );

  auth.post(
    '/sign-up',
    run(async (req, res) => {
      const input = parse(BODIES.signUp, req.body);
      const { account, sentTo, channel } = await em().transactional((tx) => signUp(tx, input));
      res.status(201).json({ accountId: account.id, verification: { channel, sentTo } });
    }),
  );

  auth.post(
    '/verify',
    run(async (req, res) => {
      const { login: given, code } = parse(BODIES.verify, req.body);
      // Not one transaction: a wrong code's counted attempt must survive the refusal.
      const tx = em();
      const account = await verifyLogin(tx, given, code);
      sendSession(res, await tx.transactional((inner) => startSession(inner, account)));
    }),
  );

  auth.post(
    '/verification/resend',
    run(async (req, res) => {
      const { login: given } = parse(BODIES.loginOnly, req.body);
      await em().transactional(async (tx) => {
        const account = await findByLogin(tx, given);
        if (account && !account.emailVerifiedAt && !account.phoneVerifiedAt) {
          await issueCode(
            tx,
            account,
            account.email ? CodePurpose.VERIFY_EMAIL : CodePurpose.VERIFY_PHONE,
          );
        }
      });
      res.status(202).end();
    }),
  );

  auth.post(
    '/sign-in',
    run(async (req, res) => {
      const { login: given, password } = parse(BODIES.signIn, req.body);
      // A refusal must keep its counters (failed attempts, a new code): not one transaction.
      const tx = em();
      const account = await checkCredentials(tx, given, password);
      sendSession(res, await tx.transactional((inner) => startSession(inner, account)));
    }),
  );

  auth.post(
    '/refresh',
    run(async (req, res) => {
      const presented: unknown = req.cookies?.[REFRESH_COOKIE];
      if (typeof presented !== 'string' || presented.length === 0) {
        throw new AuthError('UNAUTHENTICATED', 'You are signed out; sign in again.');
      }
      const session = await em().transactional(async (tx) => {
        const rotated = await rotateRefreshToken(tx, presented);
        if ('refused' in rotated) return rotated;
        const account = await tx.findOne(Account, { id: rotated.accountId });
        if (!account || account.disabledAt) return { refused: 'revoked' as const };
        return startSession(tx, account, rotated.token);
      });
      if ('refused' in session) {
        if (session.refused !== 'raced') clearRefreshCookie(res);
        if (session.refused === 'reused')
          logger.warn('a used refresh token came back; its sessions were ended');
        throw new AuthError(
          'UNAUTHENTICATED',
          session.refused === 'raced'
            ? 'Refreshed elsewhere a moment ago; try again.'
            : 'You are signed out; sign in again.',
        );
      }
      sendSession(res, session);
    }),
  );

  auth.post(
    '/sign-out',
    run(async (req, res) => {
      const { everywhere } = parse(BODIES.signOut, req.body);
      const presented: unknown = req.cookies?.[REFRESH_COOKIE];
      if (typeof presented === 'string' && presented.length > 0) {
        await em().transactional(async (tx) => {
          const accountId = everywhere ? await accountOfRefreshToken(tx, presented) : null;
          if (accountId) {
            await endAllSessions(tx, accountId);
            const account = await tx.findOneOrFail(Account, { id: accountId });
            account.sessionsRevokedAt = revokeAccess(tx, accountId);
          } else {
            await endSession(tx, presented);
          }
        });
      }
      clearRefreshCookie(res);
      res.status(204).end();
    }),
  );

  auth.post(
    '/password-reset',
    run(async (req, res) => {
      const { login: given } = parse(BODIES.loginOnly, req.body);
      await em().transactional((tx) => requestPasswordReset(tx, given));
      res.status(202).end();
    }),
  );

  auth.post(
    '/password-reset/confirm',
    run(async (req, res) => {
      const { login: given, code, password } = parse(BODIES.reset, req.body);
      await resetPassword(em(), given, code, password);
      clearRefreshCookie(res);
      res.status(204).end();
    }),
  );

  router.use('/auth', auth);
  router.post(
    '/oauth/token',
    express.urlencoded({ extended: false, limit: '4kb' }),
    express.json({ limit: '4kb' }),
    rateLimit({
      windowMs: 60_000,
      limit: PARTNER_TOKEN_REQUESTS_PER_MINUTE,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      store: stores.create('oauth-token'),
      passOnStoreError: true,
      logger: { error: stores.warnStoreFailure, warn: stores.warnStoreFailure },
      // Per address and client: a stranger's guesses cannot lock a partner out.
      keyGenerator: (req) =>
        `${ipKeyGenerator(req.ip ?? '')} ${credentialsOf(req)?.clientId ?? ''}`,
      handler: (_req, res) => tooManyTokenRequests(res),
    }),
    run(oauthTokenHandler(orm)),
  );
  router.use(
    ['/auth', '/oauth'],
    (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (error instanceof AuthError) {
        if (error.extra.retryAfterSeconds)
          res.setHeader('Retry-After', String(error.extra.retryAfterSeconds));
        res.status(error.status).json(error.toJSON());
        return;
      }
      if ((error as { type?: string }).type === 'entity.parse.failed') {
        res.status(400).json(
          new AuthError('BAD_USER_INPUT', 'The body is not valid JSON.', {
            field: 'body',
          }).toJSON(),
        );
        return;
      }
      logger.error({ err: error }, 'sign-in endpoint failed');
      next(error);
    },
  );
  return router;
}
