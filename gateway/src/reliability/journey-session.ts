import fs from 'node:fs';
import path from 'node:path';
import { newId } from '@consilium/subgraph-kit';
import { pause, type Answer, type JourneyClient } from './journey-client';
import type { PatientSession } from './load-platform';

/**
 * The reads of the patient app's case page in one request, across three subgraphs: the case
 * (patient-intake) with its documents (records), the patient's case list (patient-intake) and the
 * directory's first specialists (specialist-matching).
 */
export const JOURNEY_READ = `query ($c: ID!, $p: ID!) {
  case(id: $c) { id stage documents { id } }
  cases(patientId: $p, first: 5) { edges { node { id stage } } }
  specialists(first: 3) { edges { node { id fullName } } }
}`;

/** The shape of JOURNEY_READ's data. */
export interface JourneyReadData {
  case: { id: string; stage: string; documents: { id: string }[] | null } | null;
  cases: { edges: { node: { id: string } }[] } | null;
  specialists: { edges: { node: { id: string; fullName: string } }[] } | null;
}

/** Starts a case; the same idempotency key returns the same case. */
export const START_CASE =
  'mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }';
const SAVE_INTAKE =
  'mutation ($id: ID!, $i: CaseIntakeInput!) { saveCaseIntake(caseId: $id, intake: $i) { id } }';
const REQUEST_UPLOAD =
  'mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }';
/** Completes an upload; completing it again returns the same document. */
export const COMPLETE_UPLOAD = 'mutation ($id: ID!) { completeUpload(uploadId: $id) { id } }';

/** What a session's writes left behind, as the client knows it (acknowledged writes only). */
export interface SessionLedger {
  /** idempotency key → the case startCase answered with */
  startedCases: Map<string, string>;
  /** upload id → the document completeUpload answered with */
  completedUploads: Map<string, string>;
}

/** How a session behaves. */
export interface SessionOptions {
  /** stop starting new iterations at this time (ms since the epoch) */
  until: number;
  /**
   * retry a failed write (same idempotency key, same upload id) until it is answered, as an app
   * does after a connection error; when false, a failed step is recorded and the iteration moves on
   */
  retryWrites: boolean;
  /** the report's bytes every upload sends */
  report: Buffer;
  /** how long the person pauses after each answer before the next request (ms) */
  thinkMs: number;
  /** give up retrying a write after this time (ms since the epoch) */
  retryDeadline?: number;
  /** sees every answer of JOURNEY_READ (fault tests inspect the ones with errors) */
  onRead?: (answer: Answer<JourneyReadData>) => void;
}

/**
 * Whether a failure is one a client should retry: no connection, a 5xx, or a GraphQL error for a
 * service that could not be reached or failed unexpectedly (not a refusal of the input).
 */
export function isTransient(answer: Answer<unknown>): boolean {
  if (answer.status === 0 || answer.status >= 500) return true;
  return (answer.errors ?? []).some((error) =>
    ['SUBGRAPH_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'].includes(
      error.extensions?.code ?? '',
    ),
  );
}

/**
 * Sends a request again while it is rate limited (after Retry-After) and, when `retry` holds,
 * while it fails transiently (isTransient; after a short pause).
 * @returns the last answer
 */
async function persist<T>(
  send: () => Promise<Answer<T>>,
  retry: boolean,
  deadline: number,
): Promise<Answer<T>> {
  for (;;) {
    const answer = await send();
    if (answer.outcome.kind === 'ok' || Date.now() > deadline) return answer;
    if (answer.outcome.kind === 'rate-limited') {
      await pause(1000 * (answer.retryAfterSeconds ?? 1));
    } else if (retry && isTransient(answer)) {
      await pause(200);
    } else {
      return answer;
    }
  }
}

/**
 * One patient using the app for a while, as the journey does: reads the case page, starts a
 * case (client-made idempotency key) and saves its history, uploads a report to their case
 * (ticket, PUT, completion), pausing `options.thinkMs` after each answer as a person does; again
 * and again until `options.until`.
 * @param client - the API client (records every request)
 * @param session - the patient
 * @param options - when to stop, whether to retry failed writes
 * @returns the acknowledged writes
 */
export async function runPatientSession(
  client: JourneyClient,
  session: PatientSession,
  options: SessionOptions,
): Promise<SessionLedger> {
  const ledger: SessionLedger = { startedCases: new Map(), completedUploads: new Map() };
  const deadline = options.retryDeadline ?? options.until + 60_000;
  const write = <T>(send: () => Promise<Answer<T>>) => persist(send, options.retryWrites, deadline);
  const { token } = session;
  // sessions start spread over one iteration, so that a fault meets every kind of step in flight
  await pause((session.index % 6) * (options.thinkMs / 2));
  while (Date.now() < options.until) {
    const read = await persist(
      () =>
        client.graphql<JourneyReadData>('read case page', token, JOURNEY_READ, {
          c: session.caseId,
          p: session.patientId,
        }),
      false,
      deadline,
    );
    options.onRead?.(read);
    await pause(options.thinkMs);

    const key = newId();
    const started = await write(() =>
      client.graphql<{ startCase: { id: string } }>('startCase', token, START_CASE, {
        p: session.patientId,
        k: key,
      }),
    );
    const caseId = started.data?.startCase.id;
    if (caseId) {
      ledger.startedCases.set(key, caseId);
      await write(() =>
        client.graphql('saveCaseIntake', token, SAVE_INTAKE, {
          id: caseId,
          i: {
            presentingComplaint: `Recurring headaches for ${session.index + 2} months; second opinion on the MRI.`,
          },
        }),
      );
    }

    const ticket = await write(() =>
      client.graphql<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
        'requestUpload',
        token,
        REQUEST_UPLOAD,
        {
          input: {
            caseId: session.caseId,
            fileName: `report-${key.slice(-6)}.pdf`,
            contentType: 'application/pdf',
            byteSize: options.report.length,
            kind: 'LAB_REPORT',
          },
        },
      ),
    );
    const issued = ticket.data?.requestUpload;
    if (!issued) continue;
    const put = await write(() =>
      client.send('PUT upload', issued.uploadUrl, { method: 'PUT', body: options.report }),
    );
    if (put.outcome.kind !== 'ok') continue;
    const completed = await write(() =>
      client.graphql<{ completeUpload: { id: string } }>('completeUpload', token, COMPLETE_UPLOAD, {
        id: issued.uploadId,
      }),
    );
    const documentId = completed.data?.completeUpload.id;
    if (documentId) ledger.completedUploads.set(issued.uploadId, documentId);
  }
  return ledger;
}

/**
 * The PDF report every session uploads: a real lab report of the shared fixtures.
 * @returns its bytes
 */
export function journeyReport(): Buffer {
  return fs.readFileSync(
    path.resolve(__dirname, '../../../../shared/fixtures/files/lab-report-cbc-kft-case-d.pdf'),
  );
}
