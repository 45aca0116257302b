/** What sending a file's bytes to its signed link came to. */
export type TransferOutcome =
  /** received: the records service says what the content is */
  | { kind: 'sent'; contentType: string; size: number }
  /** refused for the file itself (400 empty, 413 too large, 415 not an accepted type …) */
  | { kind: 'refused'; status: number; message: string }
  /** 403: the link expired (or is not valid): ask for a new one */
  | { kind: 'expired' }
  /** 409: this upload was already received and completed */
  | { kind: 'alreadyComplete' }
  /** no answer, a lost connection, a stall, or a failure on the server's side: worth trying again */
  | { kind: 'unavailable' }
  /** stopped by the user */
  | { kind: 'cancelled' };

/** How long the transfer may make no progress before it counts as a lost connection. */
const STALL_MS = 60_000;

/** The `{ error: { message } }` the file endpoints answer a refusal with, if that is what came. */
function errorMessage(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    return typeof parsed.error?.message === 'string' ? parsed.error.message : null;
  } catch {
    return null;
  }
}

/**
 * Sends a file's bytes to its signed upload link (`PUT`, same origin, the body is the file) with
 * XMLHttpRequest, which, unlike fetch, reports upload progress.
 * @param url - the ticket's `uploadUrl`
 * @param file - the file
 * @param contentType - the type sent as `Content-Type` (the service decides by the content)
 * @param onProgress - called with the fraction sent, 0–1
 * @param signal - aborts the transfer (the outcome is then `cancelled`)
 * @returns what came of it; never rejects
 */
export function sendFile(
  url: string,
  file: Blob,
  contentType: string,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<TransferOutcome> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ kind: 'cancelled' });
      return;
    }
    const request = new XMLHttpRequest();
    let stalled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const watch = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        request.abort();
      }, STALL_MS);
    };
    const finish = (outcome: TransferOutcome): void => {
      clearTimeout(watchdog);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = (): void => request.abort();
    signal.addEventListener('abort', onAbort);

    request.open('PUT', url);
    request.setRequestHeader('Content-Type', contentType);
    request.upload.addEventListener('progress', (event) => {
      watch();
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const status = request.status;
      if (status === 200) {
        try {
          const body = JSON.parse(request.responseText) as { contentType: string; size: number };
          finish({ kind: 'sent', contentType: body.contentType, size: body.size });
        } catch {
          finish({ kind: 'unavailable' });
        }
      } else if (status === 403) {
        finish({ kind: 'expired' });
      } else if (status === 409) {
        finish({ kind: 'alreadyComplete' });
      } else if (status >= 400 && status < 500) {
        const message = errorMessage(request.responseText);
        finish(message ? { kind: 'refused', status, message } : { kind: 'unavailable' });
      } else {
        finish({ kind: 'unavailable' });
      }
    });
    request.addEventListener('error', () => finish({ kind: 'unavailable' }));
    request.addEventListener('timeout', () => finish({ kind: 'unavailable' }));
    request.addEventListener('abort', () =>
      finish(stalled ? { kind: 'unavailable' } : { kind: 'cancelled' }),
    );
    watch();
    request.send(file);
  });
}
