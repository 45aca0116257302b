import type { CookieOptions, Response } from 'express';

/** The cookie that holds the refresh token; only the auth endpoints ever see it. */
export const REFRESH_COOKIE = 'consilium_refresh';

/**
 * The express app setting (boolean) that makes the cookie `Secure`: the gateway sets it from its
 * web security settings (production); unset, `NODE_ENV=production` decides.
 */
export const SECURE_COOKIES_SETTING = 'consilium secure cookies';

/**
 * httpOnly (no script reads it, so an injected script cannot take the session away),
 * SameSite=Strict (never sent with a request another site starts; the apps call /auth from the
 * platform's own pages, so nothing legitimate needs more; Lax would add top-level GETs from other
 * sites, which no /auth endpoint serves), only under /auth, and Secure in production (a laptop
 * serves plain http).
 */
function options(res: Response): CookieOptions {
  const configured: unknown = res.app?.get(SECURE_COOKIES_SETTING);
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: typeof configured === 'boolean' ? configured : process.env['NODE_ENV'] === 'production',
    path: '/auth',
  };
}

/**
 * Puts a refresh token in the cookie (httpOnly, SameSite=Strict, path /auth, Secure in
 * production), for as long as the token lives.
 * @param res - the response
 * @param token - the refresh token
 * @param maxAgeMs - its lifetime
 */
export function setRefreshCookie(res: Response, token: string, maxAgeMs: number): void {
  res.cookie(REFRESH_COOKIE, token, { ...options(res), maxAge: maxAgeMs });
}

/**
 * Removes the refresh cookie.
 * @param res - the response
 */
export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, options(res));
}
