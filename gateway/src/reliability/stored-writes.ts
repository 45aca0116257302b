import { LoadRecorder } from './load-recorder';
import { JourneyClient, pause } from './journey-client';
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
