import { deflateSync, crc32 } from 'node:zlib';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import type { TestPlatform } from '../testing/start-platform';
import { codeSentTo, postAuth, registerPatient } from '../identity/testing/auth-client';

/** Someone signed in on the patient's side. */
export interface PatientSideSession {
  authorization: string;
  cookie: string;
  accountId: string;
  patientId: string;
}

/**
 * Sends a GraphQL operation through the gateway.
 * @param platform - the running platform
 * @param session - who sends it (null: anonymous)
 * @param query - the document
 * @param variables - its variables
 * @returns the response
 */
export function gql<T = Record<string, unknown>>(
  platform: TestPlatform,
  session: { authorization: string } | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return postGraphQL<T>(
    platform.gateway.url,
    query,
    variables,
    session ? { authorization: session.authorization } : {},
  );
}

/**
 * Signs up a patient (verified) who will register themself.
 * @returns their session and own patient record id
 */
export function signUpPatient(
  platform: TestPlatform,
  email: string,
  displayName: string,
): Promise<PatientSideSession> {
  return registerPatient(platform, email, displayName);
}

/**
 * Signs up a proxy (verified) and registers a dependent they act for, then refreshes the session
 * so the access token carries the dependent.
 * @param relationship - the proxy's relationship to the dependent, e.g. MOTHER
 * @returns the proxy's session, with the dependent's patient id
 */
export async function signUpProxyWithDependent(
  platform: TestPlatform,
  email: string,
  displayName: string,
  dependentName: string,
  relationship: string,
): Promise<PatientSideSession> {
  const signUp = await postAuth(platform, '/auth/sign-up', {
    kind: 'PROXY',
    displayName,
    email,
    password: 'a long enough password',
  });
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(signUp.body)}`);
  const code = await codeSentTo(platform, email);
  const verified = await postAuth(platform, '/auth/verify', { login: email, code });
  const body = verified.body as { accessToken: string; account: { id: string } };
  const dependent = await gql<{ registerDependent: { patientId: string } }>(
    platform,
    { authorization: `Bearer ${body.accessToken}` },
    `mutation ($input: RegisterDependentInput!) { registerDependent(input: $input) { patientId } }`,
    { input: { displayName: dependentName, relationship } },
  );
  if (!dependent.data) throw new Error(JSON.stringify(dependent.errors));
  const refreshed = await postAuth(platform, '/auth/refresh', {}, verified.cookie);
  return {
    authorization: `Bearer ${(refreshed.body as { accessToken: string }).accessToken}`,
    cookie: refreshed.cookie!,
    accountId: body.account.id,
    patientId: dependent.data.registerDependent.patientId,
  };
}

/**
 * A drawn signature: a 64×24 PNG with a diagonal stroke, as a data URL (as the app's signature
 * pad sends it).
 * @returns `data:image/png;base64,…`
 */
export function drawnSignature(): string {
  const width = 64;
  const height = 24;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width, 255);
    row[0] = 0;
    for (let x = 0; x < width; x += 1) if (Math.abs(x / 2.6 - y) < 1) row[1 + x] = 0;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** A legal document as the consent screen reads it. */
export interface LegalDocumentView {
  version: string;
  sha256: string;
  pdfPath: string;
}

/** @returns the consent and privacy notice in force */
export async function legalDocumentsInForce(
  platform: TestPlatform,
): Promise<{ consent: LegalDocumentView; notice: LegalDocumentView }> {
  const result = await gql<{ consent: LegalDocumentView; notice: LegalDocumentView }>(
    platform,
    null,
    `{ consent: currentLegalDocument(kind: CONSENT) { version sha256 pdfPath }
       notice: currentLegalDocument(kind: PRIVACY_NOTICE) { version sha256 pdfPath } }`,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/**
 * Uploads a report to a case as the app does: asks for an upload (waiting, as the app does, until
 * records has learned of a just-started case), PUTs the bytes to the signed URL, completes it.
 * @returns the document's id
 */
export async function uploadReport(
  platform: TestPlatform,
  session: { authorization: string },
  caseId: string,
  fileName: string,
  bytes: Buffer,
  kind: string,
): Promise<string> {
  let ticket: { uploadId: string; uploadUrl: string } | undefined;
  for (let attempt = 0; !ticket && attempt < 50; attempt += 1) {
    const asked = await gql<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
      platform,
      session,
      `mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }`,
      {
        input: {
          caseId,
          fileName,
          contentType: 'application/octet-stream',
          byteSize: bytes.length,
          kind,
        },
      },
    );
    ticket = asked.data?.requestUpload;
    if (!ticket) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!ticket) throw new Error(`could not upload ${fileName}`);
  await fetch(`${platform.origin}${ticket.uploadUrl}`, { method: 'PUT', body: bytes });
  const done = await gql<{ completeUpload: { id: string } }>(
    platform,
    session,
    `mutation ($id: ID!) { completeUpload(uploadId: $id) { id } }`,
    { id: ticket.uploadId },
  );
  if (!done.data) throw new Error(JSON.stringify(done.errors));
  return done.data.completeUpload.id;
}
