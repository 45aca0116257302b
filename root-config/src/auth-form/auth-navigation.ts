import { hasAnyRole, type Viewer } from '@consilium/web-kit';
import { navigateToUrl } from 'single-spa';
import { APPS, appAt } from '../app-loader';

/** A message one auth page leaves for the next (kept in memory only, never in the address). */
export type FlowNotice =
  | { kind: 'codeSent'; sentTo: string }
  | { kind: 'unverified' }
  | { kind: 'passwordChanged'; login: string }
  | { kind: 'signedOut'; everywhere: boolean };

let pending: FlowNotice | null = null;
let lastLogin = '';

/**
 * Remembers, in memory only, the email or phone typed on one auth page for the next one (so it
 * need not travel in the address).
 * @param login - as typed
 */
export function rememberLogin(login: string): void {
  lastLogin = login.trim();
}

/**
 * The email or phone typed on the last auth page, if any.
 * @returns the login or an empty string
 */
export function rememberedLogin(): string {
  return lastLogin;
}

/**
 * Leaves a notice for the page about to be shown.
 * @param notice - what to tell
 */
export function leaveNotice(notice: FlowNotice): void {
  pending = notice;
}

/**
 * Takes the notice left for this page, if it is of the kind asked.
 * @param kinds - the kinds the page shows
 * @returns the notice, once
 */
export function takeNotice<K extends FlowNotice['kind']>(
  ...kinds: K[]
): Extract<FlowNotice, { kind: K }> | null {
  if (!pending || !(kinds as string[]).includes(pending.kind)) return null;
  const notice = pending as Extract<FlowNotice, { kind: K }>;
  pending = null;
  return notice;
}

/**
 * Where a signed-in viewer starts: the first app one of their roles may use (patients and
 * proxies `/patient`, specialists and GPs `/doctor`, operations `/admin`).
 * @param viewer - the viewer
 * @returns the app's route, or `/` when none fits
 */
export function homePathFor(viewer: Viewer): string {
  for (const role of viewer.roles) {
    const app = APPS.find((candidate) => candidate.roles.includes(role));
    if (app) return app.route;
  }
  return '/';
}

/**
 * The `next` address of a sign-in, if it is safe to go to: a path of one of the apps on this
 * origin (never another site, so a link cannot send someone elsewhere after signing in).
 * @param next - from the address (`?next=`)
 * @returns the path with its query, or null
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  const url = new URL(next, window.location.origin);
  if (url.origin !== window.location.origin || !appAt(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Goes where a viewer who has just signed in belongs: back to the app address they came from
 * when their role may use it, else their home. Replaces the auth page in the history, so Back
 * does not return to a filled form.
 * @param viewer - the signed-in viewer
 * @param next - the address they came from (`?next=`)
 */
export function goAfterSignIn(viewer: Viewer, next: string | null): void {
  const back = safeNext(next);
  const app = back ? appAt(new URL(back, window.location.origin).pathname) : undefined;
  replaceUrl(back && app && hasAnyRole(viewer, app.roles) ? back : homePathFor(viewer));
}

/**
 * Shows another address in place of this one (no new history entry); single-spa follows.
 * @param url - a path on this origin
 */
export function replaceUrl(url: string): void {
  window.history.replaceState(window.history.state, '', url);
}

/**
 * An auth page's address carrying the `next` address along.
 * @param path - e.g. `/verify`
 * @param params - query parameters (empty ones are left out)
 * @returns the address
 */
export function authUrl(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A same-page link's click: navigates with single-spa instead of loading the page again.
 * @param url - where to
 * @returns the click handler
 */
export function navigateOnClick(url: string): (event: { preventDefault: () => void }) => void {
  return (event) => {
    event.preventDefault();
    navigateToUrl(url);
  };
}
