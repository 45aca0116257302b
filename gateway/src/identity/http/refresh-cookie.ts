import type { CookieOptions, Response } from 'express';

/** The cookie that holds the refresh token; only the auth endpoints ever see it. */
export const REFRESH_COOKIE = 'consilium_refresh';

function options(): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    // Plain http only on a developer's own machine; production serves https.
    secure: process.env['NODE_ENV'] === 'production',
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
  res.cookie(REFRESH_COOKIE, token, { ...options(), maxAge: maxAgeMs });
}

/**
 * Removes the refresh cookie.
 * @param res - the response
 */
export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, options());
}
