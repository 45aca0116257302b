import { JourneyClient, pause, type Answer } from './journey-client';
import {
  JOURNEY_READ,
  runPatientSession,
  type JourneyReadData,
  journeyReport,
} from './journey-session';
import { startLoadPlatform, type LoadPlatform } from './load-platform';
import { LoadRecorder, summaryMarkdown } from './load-recorder';
import { serviceExits, serviceOrigin, servicePid, waitForReadiness } from './platform-children';
import { RELIABILITY, describeOnSqlite } from './reliability-settings';
import { expectEachAcknowledgedWriteStoredOnce } from './stored-writes';

// Issue 12, a subgraph killed mid-load: while patients read their case page and write (start a
// case, upload a report), records is killed with SIGKILL (no cleanup, as an out-of-memory kill).
// Meanwhile the gateway answers the case page with everything but the documents and one error
// for exactly that field; `pnpm start` restarts records; clients retry their failed writes
// (same idempotency key, same upload id) and afterwards every acknowledged write is stored
// exactly once.

const REPORT = journeyReport();

describeOnSqlite('When records is killed under load', () => {
  jest.setTimeout(RELIABILITY.faultSeconds * 1000 + 240_000);
  let load: LoadPlatform;

  beforeAll(async () => {
    load = await startLoadPlatform(16610, RELIABILITY.faultSessions);
  });
  afterAll(() => load?.platform.stop());

  it('serves partial case pages during the outage and keeps every write exactly once', async () => {
    const recorder = new LoadRecorder();
    const client = new JourneyClient(load.platform.origin, recorder);
    const records = serviceOrigin(load.platform, 'records');
    const until = Date.now() + RELIABILITY.faultSeconds * 1000;
    let outage: 'before' | 'during' | 'after' = 'before';
    const readsInOutage: Answer<JourneyReadData>[] = [];
    const inspect = (answer: Answer<JourneyReadData>) => {
      if (outage === 'during' && answer.status !== 0) readsInOutage.push(answer);
    };

    recorder.start();
    const sessions = Promise.all(
      load.sessions.map((session) =>
        runPatientSession(client, session, {
          until,
          retryWrites: true,
          report: REPORT,
          thinkMs: RELIABILITY.faultThinkMs,
          onRead: inspect,
        }),
      ),
    );
    // a few patients keep the case page open and reload it throughout
    const readers = Promise.all(
      load.sessions.slice(0, 5).map(async (session) => {
        while (Date.now() < until) {
          inspect(
            await client.graphql<JourneyReadData>('read case page', session.token, JOURNEY_READ, {
              c: session.caseId,
              p: session.patientId,
            }),
          );
          await pause(100);
        }
      }),
    );
    await pause((RELIABILITY.faultSeconds * 1000) / 4);
    process.kill(servicePid(load.platform, 'records'), 'SIGKILL');
    await waitForReadiness(records, false);
    outage = 'during';
    await waitForReadiness(records, true); // pnpm start restarts it a second later
    outage = 'after';
    const ledgers = await sessions;
    await readers;
    recorder.stop();
    const summary = recorder.summary(load.sessions.length);
    process.stdout.write(
      `\n${summaryMarkdown(`records killed: ${summary.sessions} sessions, ${RELIABILITY.faultSeconds} s`, summary)}\n` +
        `case pages read during the outage: ${readsInOutage.length}\n${JSON.stringify(summary)}\n`,
    );

    // during the outage: the case, the case list and the directory, without the documents
    expect(readsInOutage.length).toBeGreaterThan(0);
    for (const answer of readsInOutage) {
      expect(answer.status).toBe(200);
      expect(answer.data?.case).toEqual(
        expect.objectContaining({ id: expect.any(String), stage: 'DRAFT' }),
      );
      expect(answer.data?.cases?.edges.length).toBeGreaterThan(0);
      expect(answer.data?.specialists?.edges).toHaveLength(3);
      for (const error of answer.errors ?? []) {
        expect(error.path).toEqual(['case', 'documents']);
        expect(error.extensions).toMatchObject({
          code: 'SUBGRAPH_UNAVAILABLE',
          service: 'records',
        });
      }
      if (answer.errors?.length) expect(answer.data?.case?.documents).toBeNull();
    }
    expect(readsInOutage.some((answer) => answer.errors?.length)).toBe(true);
    // the failures were records' writes and documents only, all of them retried
    const failed = new Set(recorder.errors().map((error) => error.operation));
    for (const operation of failed) {
      expect(['read case page', 'requestUpload', 'PUT upload', 'completeUpload']).toContain(
        operation,
      );
    }

    expect(serviceExits(load.platform)).toEqual(['records exited with code SIGKILL']);

    // afterwards: every acknowledged case and document stored, none twice (not even when sent
    // again), nothing else
    for (const [index, session] of load.sessions.entries()) {
      await expectEachAcknowledgedWriteStoredOnce(load.platform.origin, session, ledgers[index]!);
    }
  });
});
