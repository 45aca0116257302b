import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { masterKey } from '../storage/master-key';

/** Upload limits (issue 7; configurable): bytes a file, files a case, minutes a link lives. */
export interface UploadSettings {
  maxFileBytes: number;
  maxFilesPerCase: number;
  uploadLinkSeconds: number;
  downloadLinkSeconds: number;
}

/**
 * The limits from the environment: `RECORDS_MAX_FILE_MB` (default 25), `RECORDS_MAX_FILES_PER_CASE`
 * (50), upload links 15 minutes, download links 5 minutes.
 */
export function uploadSettings(env: NodeJS.ProcessEnv = process.env): UploadSettings {
  const number = (name: string, fallback: number): number => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    maxFileBytes: Math.round(number('RECORDS_MAX_FILE_MB', 25) * 1024 * 1024),
    maxFilesPerCase: Math.floor(number('RECORDS_MAX_FILES_PER_CASE', 50)),
    uploadLinkSeconds: 15 * 60,
    downloadLinkSeconds: 5 * 60,
  };
}

/** "25 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * What a signed link is for: sending an upload; reading a document as an attachment
 * (`download`), in the browser's own viewer (`inline`), its upright preview or thumbnail; or a
 * download through a share link (`shared`, signed over `<shareLinkId>:<documentId>`).
 */
export type LinkPurpose = 'upload' | 'download' | 'inline' | 'preview' | 'thumbnail' | 'shared';

function signingKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey(), 'consilium-records', 'signed-links', 32));
}

function signature(purpose: string, id: string, expires: number): string {
  return createHmac('sha256', signingKey())
    .update(`${purpose}:${id}:${expires}`)
    .digest('base64url');
}

/**
 * A short-lived signed same-origin link (HMAC-SHA256 over purpose, id and expiry).
 * @param purpose - what the link is for
 * @param id - the upload or document id
 * @param seconds - how long it works
 * @returns the path with `exp` and `sig`, and when it expires
 */
export function signedLink(
  purpose: Exclude<LinkPurpose, 'shared'>,
  id: string,
  seconds: number,
): { url: string; expiresAt: Date } {
  const path =
    purpose === 'upload'
      ? `/files/uploads/${id}`
      : `/files/documents/${id}${purpose === 'download' ? '' : `/${purpose}`}`;
  const { query, expiresAt } = signedQuery(purpose, id, seconds);
  return { url: `${path}?${query}`, expiresAt };
}

/**
 * The `exp` and `sig` query of a signed link, for routes that build their own path.
 * @param purpose - what the link is for
 * @param id - what is signed (e.g. `<shareLinkId>:<documentId>`)
 * @param seconds - how long it works
 * @returns `exp=…&sig=…` and when it expires
 */
export function signedQuery(
  purpose: LinkPurpose,
  id: string,
  seconds: number,
): { query: string; expiresAt: Date } {
  const expires = Math.floor(Date.now() / 1000) + seconds;
  return {
    query: `exp=${expires}&sig=${signature(purpose, id, expires)}`,
    expiresAt: new Date(expires * 1000),
  };
}

/**
 * Checks a signed link's `exp` and `sig` (constant-time comparison).
 * @returns true when it is genuine and not expired
 */
export function verifySignedLink(
  purpose: LinkPurpose,
  id: string,
  exp: unknown,
  sig: unknown,
): boolean {
  const expires = Number(exp);
  if (!Number.isInteger(expires) || typeof sig !== 'string') return false;
  if (expires < Date.now() / 1000) return false;
  const expected = Buffer.from(signature(purpose, id, expires));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
