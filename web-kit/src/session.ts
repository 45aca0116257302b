import { useSyncExternalStore } from 'react';
import { AuthError, authAnswer, postAuth } from './auth-http';
import { REFRESH_LOCK_NAME, takeFirstRefresh } from './first-refresh';
import { LANGUAGES, type Language } from './i18n';

/** The roles of DESIGN.md §1 that sign in through the web apps. */
export const ROLES = ['PATIENT', 'PROXY', 'SPECIALIST', 'GP', 'OPERATIONS', 'COMPLIANCE'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, as the gateway describes the account in its session answer. */
export interface Viewer {
  /** the account id */
  id: string;
  displayName: string;
  roles: Role[];
  /** the patients this account may act for: its own record, and those it is a proxy of */
  patientIds: string[];
  /** the specialist profile of a specialist account */
  specialistId: string | null;
  /** the language the account prefers for messages */
  language: Language;
}

/** What `/auth/sign-in`, `/auth/verify` and `/auth/refresh` answer. */
export interface SessionAnswer {
  accessToken: string;
  /** ISO 8601 instant the access token stops being accepted */
  expiresAt: string;
  account: {
    id: string;
    displayName: string;
    roles: string[];
    patientIds: string[];
    specialistId: string | null;
    language: string;
  };
}

/** `loading` until the first refresh on page load has answered. */
export type SessionStatus = 'loading' | 'signedIn' | 'signedOut';

/** The session as the apps see it (the access token itself is never part of it). */
export interface SessionState {
  status: SessionStatus;
  viewer: Viewer | null;
}

/** How long before the token runs out it is renewed: a fifth of its life, one minute at most. */
const MAX_REFRESH_LEAD_MS = 60_000;
/** A token this close to its end is renewed before a request rather than sent. */
const EXPIRY_MARGIN_MS = 5_000;
/** After a refresh that failed for a reason other than a refused cookie, try again this soon. */
const REFRESH_RETRY_MS = 15_000;
/** How long to wait before asking again when a refresh may have raced another tab's. */
const RACE_RETRY_MS = 400;
const CHANNEL_NAME = 'consilium.session';

let state: SessionState = { status: 'loading', viewer: null };
/** The access token: kept in this module's memory only (never in storage, never in a URL). */
let accessToken: string | null = null;
/** When the token runs out, on this browser's clock (corrected for the server's). */
let expiresAtMs = 0;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshAtMs = 0;
let refreshing: Promise<boolean> | null = null;
let restoring: Promise<Viewer | null> | null = null;
let channel: BroadcastChannel | null = null;
/** Counts sign-outs, so a refresh that was under way when one began cannot bring the session back. */
let signOuts = 0;
let signingOut = false;
const listeners = new Set<() => void>();
const accountChangeHandlers = new Set<() => void | Promise<void>>();

type SessionMessage = { type: 'signed-in'; accountId: string } | { type: 'signed-out' };

function setState(next: SessionState): void {
  if (next.status === state.status && next.viewer === state.viewer) return;
  state = next;
  for (const listener of listeners) listener();
}

async function runAccountChangeHandlers(): Promise<void> {
  await Promise.all(
    [...accountChangeHandlers].map(async (handler) => {
      try {
        await handler();
      } catch (error) {
        console.error('Consilium: clearing data of the previous account failed', error);
      }
    }),
  );
}

function viewerFrom(account: SessionAnswer['account']): Viewer {
  return {
    id: account.id,
    displayName: account.displayName,
    roles: (account.roles ?? []).filter((role): role is Role =>
      (ROLES as readonly string[]).includes(role),
    ),
    patientIds: [...(account.patientIds ?? [])],
    specialistId: account.specialistId ?? null,
    language: (LANGUAGES as readonly string[]).includes(account.language)
      ? (account.language as Language)
      : 'en',
  };
}

function sameViewer(a: Viewer | null, b: Viewer): boolean {
  return (
    a !== null &&
    a.id === b.id &&
    a.displayName === b.displayName &&
    a.specialistId === b.specialistId &&
    a.language === b.language &&
    a.roles.join() === b.roles.join() &&
    a.patientIds.join() === b.patientIds.join()
  );
}

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshAtMs = Date.now() + delayMs;
  refreshTimer = setTimeout(() => void refreshSession(), delayMs);
}

/**
 * Takes a session the gateway answered: keeps the token in memory, publishes the viewer and
 * schedules the next refresh shortly before the token runs out. When the account differs from
 * the one before, every app's cached data is dropped first.
 * @param answer - the session
 * @param serverDate - the response's `Date` header, to measure the token's life on the server's
 *   clock (this browser's clock may be wrong)
 * @returns the viewer
 */
export async function applySession(
  answer: SessionAnswer,
  serverDate?: string | null,
): Promise<Viewer> {
  const viewer = viewerFrom(answer.account);
  const previous = state.viewer;
  if (previous && previous.id !== viewer.id) await runAccountChangeHandlers();
  const now = Date.now();
  const serverNow = serverDate ? Date.parse(serverDate) : NaN;
  let lifetimeMs = Date.parse(answer.expiresAt) - (Number.isFinite(serverNow) ? serverNow : now);
  if (!Number.isFinite(lifetimeMs)) lifetimeMs = MAX_REFRESH_LEAD_MS;
  lifetimeMs = Math.min(Math.max(lifetimeMs, EXPIRY_MARGIN_MS * 2), 24 * 3_600_000);
  accessToken = answer.accessToken;
  expiresAtMs = now + lifetimeMs;
  scheduleRefresh(lifetimeMs - Math.min(MAX_REFRESH_LEAD_MS, lifetimeMs / 5));
  setState({ status: 'signedIn', viewer: sameViewer(previous, viewer) ? previous! : viewer });
  return state.viewer!;
}

/**
 * Forgets the token and the viewer here (the caller has dealt with the gateway): the apps stop
 * showing the account first, then every app's cached data is dropped.
 */
async function clearSession(): Promise<void> {
  clearTimeout(refreshTimer);
  accessToken = null;
  expiresAtMs = 0;
  const hadViewer = state.viewer !== null;
  setState({ status: 'signedOut', viewer: null });
  if (hadViewer) await runAccountChangeHandlers();
}

function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  // One tab refreshes at a time, so two tabs never present the same rotating cookie at once.
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(REFRESH_LOCK_NAME, work);
  }
  return work();
}

/**
 * Renews the access token with the refresh cookie (`POST /auth/refresh`). Calls made while one is
 * under way share it. A refused cookie signs the viewer out; a failure to reach the gateway keeps
 * the session and tries again soon.
 * @param early - a refresh already sent (the page's first, see startFirstRefresh), answered instead
 *   of sending one
 * @returns whether a fresh token is now held
 */
export function refreshSession(early?: Promise<Response>): Promise<boolean> {
  if (signingOut) return Promise.resolve(false);
  refreshing ??= withRefreshLock(async () => {
    const signOutsBefore = signOuts;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response =
          attempt === 1 && early ? await authAnswer(early) : await postAuth('/auth/refresh', {});
        const answer = (await response.json()) as SessionAnswer;
        if (signOuts !== signOutsBefore) return false;
        await applySession(answer, response.headers.get('date'));
        return true;
      } catch (error) {
        if (error instanceof AuthError && (error.status === 401 || error.status === 403)) {
          // A tab holding a session may have raced another tab (without Web Locks) that rotated
          // the cookie a moment ago: the browser now holds the new one, so ask once more.
          if (attempt === 1 && accessToken && signOuts === signOutsBefore) {
            await new Promise((resolve) => setTimeout(resolve, RACE_RETRY_MS));
            continue;
          }
          if (signOuts === signOutsBefore) await clearSession();
          return false;
        }
        console.warn('Consilium: the session could not be renewed just now', error);
        if (state.status === 'loading') setState({ status: 'signedOut', viewer: null });
        else if (accessToken) scheduleRefresh(REFRESH_RETRY_MS);
        return false;
      }
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function listenToOtherTabs(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<SessionMessage>) => {
    const message = event.data;
    if (message.type === 'signed-out' && state.status !== 'signedOut') void clearSession();
    if (message.type === 'signed-in' && message.accountId !== state.viewer?.id) {
      void refreshSession();
    }
  };
}

function tell(message: SessionMessage): void {
  channel?.postMessage(message);
}

function refreshIfDue(): void {
  if (document.visibilityState !== 'visible' || !accessToken) return;
  // Timers sleep in background tabs and suspended laptops: catch up when the tab is back.
  if (Date.now() >= refreshAtMs) void refreshSession();
}

/**
 * Restores the session when the page loads, from the refresh cookie (the token itself survives
 * no reload). Call once at start; later calls return the same answer.
 * @returns the viewer, or null when nobody is signed in
 */
export function restoreSession(): Promise<Viewer | null> {
  if (!restoring) {
    listenToOtherTabs();
    document.addEventListener('visibilitychange', refreshIfDue);
    window.addEventListener('online', refreshIfDue);
    restoring = refreshSession(takeFirstRefresh()).then(() => state.viewer);
  }
  return restoring;
}

/**
 * Starts a session the gateway just opened (after sign-in or verification) and tells the other
 * tabs of this browser, which share its refresh cookie.
 * @param response - the gateway's 200 answer carrying a session
 * @returns the viewer
 */
export async function startSession(response: Response): Promise<Viewer> {
  listenToOtherTabs();
  const viewer = await applySession(
    (await response.json()) as SessionAnswer,
    response.headers.get('date'),
  );
  tell({ type: 'signed-in', accountId: viewer.id });
  return viewer;
}

/**
 * The access token for a request about to be sent: waits for a refresh under way (e.g. the one on
 * page load), renews a token about to run out, and answers null when nobody is signed in.
 * @returns the bearer token or null
 */
export async function accessTokenForRequest(): Promise<string | null> {
  if (state.status === 'loading' && restoring) await restoring;
  if (refreshing) await refreshing;
  if (accessToken && Date.now() > expiresAtMs - EXPIRY_MARGIN_MS) await refreshSession();
  return accessToken;
}

/**
 * Called when the gateway refused a request (401, or `UNAUTHENTICATED`): renews the token, unless
 * another request already did (requests refused together share one renewal).
 * @param refused - the token the refused request carried (null: it carried none)
 * @returns whether the request is worth sending again with the current token
 */
export async function renewAfterRefusal(refused: string | null): Promise<boolean> {
  if (accessToken && accessToken !== refused) return true;
  if (!refused && state.status === 'signedOut') return false;
  return refreshSession();
}

/**
 * Signs out: forgets the session in this page at once (dropping every app's cached data), ends
 * it at the gateway (`POST /auth/sign-out`, which clears the refresh cookie) and in this
 * browser's other tabs. Navigate away from the app first, so no app asks to sign in again.
 * @param options - `everywhere`: also end the account's sessions on every other device
 */
export async function signOut(options: { everywhere?: boolean } = {}): Promise<void> {
  signOuts += 1;
  signingOut = true;
  const token = accessToken;
  try {
    await clearSession();
    if (refreshing) await refreshing;
    // Under the refresh lock: a refresh under way (in this tab or another) would otherwise land a
    // rotated cookie after the sign-out cleared the old one.
    await withRefreshLock(async () => {
      try {
        await postAuth('/auth/sign-out', { everywhere: options.everywhere === true }, token);
      } catch (error) {
        console.warn('Consilium: the gateway did not confirm the sign-out', error);
      }
    });
  } finally {
    signingOut = false;
  }
  tell({ type: 'signed-out' });
}

/**
 * Registers what must happen when the account in this tab changes or signs out (the Apollo
 * caches are cleared this way).
 * @param handler - called before the new state is published
 * @returns a function that unregisters it
 */
export function onAccountChange(handler: () => void | Promise<void>): () => void {
  accountChangeHandlers.add(handler);
  return () => accountChangeHandlers.delete(handler);
}

/**
 * The session right now.
 * @returns status and viewer
 */
export function getSession(): SessionState {
  return state;
}

/**
 * The signed-in viewer of this page, or null.
 * @returns the viewer
 */
export function getViewer(): Viewer | null {
  return state.viewer;
}

function subscribe(listener: () => void): () => void {
  // Whoever watches the session first starts restoring it (the root config does so at once).
  void restoreSession();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * React hook: the session, re-rendering when someone signs in or out (in any app or tab).
 * @returns status and viewer
 */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession);
}

/**
 * React hook: the current viewer, re-rendering when someone signs in or out.
 * @returns the viewer or null
 */
export function useViewer(): Viewer | null {
  return useSession().viewer;
}

/**
 * Whether the viewer holds any of the roles.
 * @param viewer - the viewer (or null)
 * @param roles - any of these will do
 * @returns true when one matches
 */
export function hasAnyRole(viewer: Viewer | null, roles: readonly Role[]): boolean {
  return viewer?.roles.some((role) => roles.includes(role)) ?? false;
}
