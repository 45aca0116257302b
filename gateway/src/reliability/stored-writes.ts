import { LoadRecorder } from './load-recorder';
import { JourneyClient, pause } from './journey-client';
import { COMPLETE_UPLOAD, START_CASE, type SessionLedger } from './journey-session';
import type { PatientSession } from './load-platform';

/** What the platform holds of one patient, read back through the API after a fault. */
export interface StoredWrites {
  /** the ids of every case of the patient */
  caseIds: string[];
  /** the ids of the documents of the session's upload case */
  documentIds: string[];
}

const CASES = `query ($p: ID!, $after: String) {
  cases(patientId: $p, first: 100, after: $after) {
    edges { node { id } } pageInfo { hasNextPage endCursor }
  }
}`;
const DOCUMENTS = 'query ($c: ID!) { case(id: $c) { documents { id } } }';

/**
 * Reads back, as the patient, every case and the upload case's documents (after the platform
 * recovered: a read that fails is tried again for up to 30 s).
 * @param origin - the gateway's origin
 * @param session - the patient
 * @returns the stored case and document ids
 * @throws when a read keeps failing
 */
export async function storedWrites(origin: string, session: PatientSession): Promise<StoredWrites> {
  const client = new JourneyClient(origin, new LoadRecorder());
  const read = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answer = await client.graphql<T>('read back', session.token, query, variables);
      if (answer.outcome.kind === 'ok' && answer.data) return answer.data;
      if (Date.now() > deadline) {
        throw new Error(`read-back failed: ${answer.status} ${answer.outcome.detail ?? ''}`);
      }
      await pause(250);
    }
  };
  const caseIds: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      cases: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await read(CASES, { p: session.patientId, after });
    caseIds.push(...page.cases.edges.map((edge) => edge.node.id));
    if (!page.cases.pageInfo.hasNextPage) break;
    after = page.cases.pageInfo.endCursor;
  }
  const documents = await read<{ case: { documents: { id: string }[] } }>(DOCUMENTS, {
    c: session.caseId,
  });
  return { caseIds, documentIds: documents.case.documents.map((document) => document.id) };
}

/**
 * Sends every acknowledged write of a session again, as a client does that never saw the answer
 * (the connection dropped after the commit): startCase with the same idempotency key, completeUpload
 * with the same upload id.
 * @param origin - the gateway's origin
 * @param session - the patient
 * @param ledger - the session's acknowledged writes
 * @returns what each retry answered: case ids by key, document ids by upload id (`failed` when
 *   the retry was refused)
 */
export async function replayWrites(
  origin: string,
  session: PatientSession,
  ledger: SessionLedger,
): Promise<SessionLedger> {
  const client = new JourneyClient(origin, new LoadRecorder());
  const replayed: SessionLedger = { startedCases: new Map(), completedUploads: new Map() };
  for (const key of ledger.startedCases.keys()) {
    const answer = await client.graphql<{ startCase: { id: string } }>(
      'startCase',
      session.token,
      START_CASE,
      { p: session.patientId, k: key },
    );
    replayed.startedCases.set(key, answer.data?.startCase.id ?? 'failed');
  }
  for (const uploadId of ledger.completedUploads.keys()) {
    const answer = await client.graphql<{ completeUpload: { id: string } }>(
      'completeUpload',
      session.token,
      COMPLETE_UPLOAD,
      { id: uploadId },
    );
    replayed.completedUploads.set(uploadId, answer.data?.completeUpload.id ?? 'failed');
  }
  return replayed;
}

/**
 * Asserts that every write a patient's session had acknowledged is stored exactly once and
 * nothing else is: sending each acknowledged write again gives the same case or document back
 * (its answer may have been lost), and the patient's cases and documents are exactly the session's
 * own case plus the acknowledged ones (an upload of a file the case already holds is acknowledged
 * with the document it is).
 * @param origin - the platform's origin
 * @param session - the signed-in patient
 * @param ledger - what the session's writes were acknowledged with
 * @returns the ids of the patient's stored cases
 */
export async function expectEachAcknowledgedWriteStoredOnce(
  origin: string,
  session: PatientSession,
  ledger: SessionLedger,
): Promise<string[]> {
  const replayed = await replayWrites(origin, session, ledger);
  expect(replayed).toEqual(ledger);
  const stored = await storedWrites(origin, session);
  expect(new Set(stored.caseIds).size).toBe(stored.caseIds.length);
  expect([...stored.caseIds].sort()).toEqual(
    [session.caseId, ...ledger.startedCases.values()].sort(),
  );
  // records keeps one document per file: the same report uploaded again gives the same document
  expect([...stored.documentIds].sort()).toEqual(
    [...new Set(ledger.completedUploads.values())].sort(),
  );
  return stored.caseIds;
}
