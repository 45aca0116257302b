/** The Web Lock a tab holds while it presents the rotating refresh cookie (one tab at a time). */
export const REFRESH_LOCK_NAME = 'consilium.auth.refresh';

/** Where the page's early first refresh waits for the session module to take it over. */
const EARLY_REFRESH = '__consiliumFirstRefresh';

type WithEarlyRefresh = Window & { [EARLY_REFRESH]?: Promise<Response> };

/**
 * Starts the page's first `POST /auth/refresh` at once, while the page's modules are still
 * loading (the root config's first, import-free entry calls it): restoreSession then takes this
 * answer over instead of asking only after every module has run, one round trip sooner. Taken
 * under the refresh lock, like every refresh, so two tabs never present one cookie together.
 */
export function startFirstRefresh(): void {
  const send = (): Promise<Response> =>
    fetch('/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
      cache: 'no-store',
    });
  const sending = navigator.locks ? navigator.locks.request(REFRESH_LOCK_NAME, send) : send();
  // a failure is dealt with by whoever takes the answer over
  sending.catch(() => undefined);
  (window as WithEarlyRefresh)[EARLY_REFRESH] = sending;
}

/**
 * The early first refresh's response, once.
 * @returns the pending response; undefined when none was started or it was already taken
 */
export function takeFirstRefresh(): Promise<Response> | undefined {
  const page = window as WithEarlyRefresh;
  const sending = page[EARLY_REFRESH];
  delete page[EARLY_REFRESH];
  return sending;
}
