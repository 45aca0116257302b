/** The kinds of report a shared document can be (shared with the records service). */
export { DOCUMENT_KINDS } from '@consilium/validation';

/** One document a share link opens. */
export interface SharedDocument {
  id: string;
  /** the name the patient gave it: any script, any characters (shown as text only) */
  title: string;
  kind: string;
  contentType: string;
  /** bytes */
  size: number;
  createdAt: string;
  /** a short-lived signed same-origin download link (null when the file is not available) */
  downloadUrl: string | null;
}

/** What a share link opens: the whole record or one case, until when, and its documents. */
export interface SharedRecord {
  scope: 'HEALTH_RECORD' | 'CASE';
  expiresAt: string;
  documents: SharedDocument[];
}

/** How the records service answered for a share link. */
export type SharedRecordAnswer =
  | { kind: 'record'; record: SharedRecord; fetchedAt: number }
  | { kind: 'codeRequired' }
  | { kind: 'invalidCode' }
  | { kind: 'gone'; reason: GoneReason }
  | { kind: 'notValid' }
  | { kind: 'failed' };

/** The path segment of a share link's secret: URL-safe characters, never `.` or `..`. */
const SECRET = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,255}$/;

/**
 * The secret of a share link's address (`/shared/<secret>`).
 * @param pathname - the page's path
 * @returns the secret, or null when the address holds none that could be valid
 */
export function secretFrom(pathname: string): string | null {
  const secret = pathname.startsWith('/shared/') ? pathname.slice('/shared/'.length) : '';
  return SECRET.test(secret) ? secret : null;
}

/** Why a link no longer opens. */
export type GoneReason = 'expired' | 'withdrawn' | 'locked' | 'erased' | 'unknown';

/** The records service's 410 `error.code`s, by what they mean. */
const GONE_CODES: Record<string, GoneReason> = {
  EXPIRED: 'expired',
  REVOKED: 'withdrawn',
  LOCKED: 'locked',
  ERASED: 'erased',
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asRecord(body: unknown): SharedRecord | null {
  if (!body || typeof body !== 'object') return null;
  const { scope, expiresAt, documents } = body as Record<string, unknown>;
  if (!Array.isArray(documents)) return null;
  return {
    scope: scope === 'CASE' ? 'CASE' : 'HEALTH_RECORD',
    expiresAt: text(expiresAt),
    documents: documents.map((raw: Record<string, unknown>) => ({
      id: text(raw['id']),
      title: text(raw['title']),
      kind: text(raw['kind']),
      contentType: text(raw['contentType']),
      size: typeof raw['size'] === 'number' ? raw['size'] : 0,
      createdAt: text(raw['createdAt']),
      downloadUrl:
        typeof raw['downloadUrl'] === 'string' && raw['downloadUrl'].startsWith('/')
          ? raw['downloadUrl']
          : null,
    })),
  };
}

/**
 * Opens a share link (`GET /files/shared/<secret>`, with `X-Share-Code` when a code is given).
 * Never throws: a network failure or an answer not understood is `failed`.
 * @param secret - from the address
 * @param code - the one-time code the patient gave, if any
 * @returns what the link opens, or why it does not
 */
export async function fetchSharedRecord(
  secret: string,
  code: string | null,
): Promise<SharedRecordAnswer> {
  try {
    const response = await fetch(`/files/shared/${secret}`, {
      headers: { accept: 'application/json', ...(code ? { 'x-share-code': code } : {}) },
      credentials: 'omit',
      cache: 'no-store',
    });
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    if (response.status === 200) {
      const record = asRecord(body);
      return record ? { kind: 'record', record, fetchedAt: Date.now() } : { kind: 'failed' };
    }
    if (response.status === 401) {
      return body?.error?.code === 'INVALID_CODE'
        ? { kind: 'invalidCode' }
        : { kind: 'codeRequired' };
    }
    if (response.status === 410) {
      return { kind: 'gone', reason: GONE_CODES[body?.error?.code ?? ''] ?? 'unknown' };
    }
    if (response.status === 404) return { kind: 'notValid' };
    return { kind: 'failed' };
  } catch (error) {
    console.warn('Consilium: the shared record could not be loaded', error);
    return { kind: 'failed' };
  }
}
