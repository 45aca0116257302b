import { patientIntake } from '@consilium/patient-intake';
import { createOrm, OutboxEvent, resolveDatabaseTarget } from '@consilium/subgraph-kit';
import { JourneyClient, pause } from './journey-client';
import { runPatientSession, journeyReport } from './journey-session';
import { startLoadPlatform, type LoadPlatform } from './load-platform';
import { LoadRecorder, summaryMarkdown, type Outcome } from './load-recorder';
import { serviceExits } from './platform-children';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';
import { RELIABILITY, describeOnPostgres } from './reliability-settings';
import { expectEachAcknowledgedWriteStoredOnce } from './stored-writes';

// Issue 12, the database restarted mid-load (PostgreSQL; the `test:persistence` pass): on a
// PostgreSQL cluster of its own (restarting the shared one would disturb other tests), the
// platform serves patients who read and write; the cluster is stopped for two seconds and
// started again. Each write either commits or fails with a clean error (a code, no database
// internals), the client retries it with the same idempotency key or upload id, and afterwards
// each acknowledged write is stored exactly once, whole (a case with its CaseStarted event).

const REPORT = journeyReport();

/** Text that only database internals or a stack trace would put in an answer. */
const INTERNALS =
  /ECONN|57P0\d|terminat|knex|postgres|pg_|\bSQL\b|select .* from|insert into|update .* set|\bat \S+ \(|\.[jt]s:\d+/i;

/** Whether a failed request failed cleanly: an HTTP answer, with codes, without internals. */
function failedCleanly(outcome: Outcome): boolean {
  return (
    outcome.status !== 0 &&
    outcome.codes.every((code) => code !== '?') &&
    !INTERNALS.test(outcome.detail ?? '')
  );
}

describeOnPostgres('When the database restarts under load', () => {
  jest.setTimeout(RELIABILITY.faultSeconds * 1000 + 240_000);
  let postgres: PrivatePostgres;
  let load: LoadPlatform;

  beforeAll(async () => {
    postgres = await startPrivatePostgres(16630);
    load = await startLoadPlatform(16620, RELIABILITY.faultSessions, {
      DATABASE_URL: postgres.url,
    });
  });
  afterAll(async () => {
    await load?.platform.stop();
    await postgres?.stop();
  });

  it('commits or cleanly refuses each write, and a retry with the same key stores it once', async () => {
    const recorder = new LoadRecorder();
    const client = new JourneyClient(load.platform.origin, recorder);
    const until = Date.now() + RELIABILITY.faultSeconds * 1000;
    recorder.start();
    const sessions = Promise.all(
      load.sessions.map((session) =>
        runPatientSession(client, session, {
          until,
          retryWrites: true,
          report: REPORT,
          thinkMs: RELIABILITY.faultThinkMs,
        }),
      ),
    );
    await pause((RELIABILITY.faultSeconds * 1000) / 4);
    await postgres.restart(2000);
    const ledgers = await sessions;
    recorder.stop();
    const summary = recorder.summary(load.sessions.length);
    process.stdout.write(
      `\n${summaryMarkdown(`PostgreSQL restarted: ${summary.sessions} sessions, ${RELIABILITY.faultSeconds} s`, summary)}\n${JSON.stringify(summary)}\n`,
    );

    // the restart was felt, and every failure was a clean answer
    expect(summary.errors).toBeGreaterThan(0);
    expect(recorder.errors().filter((outcome) => !failedCleanly(outcome))).toEqual([]);
    expect(load.platform.process.exitCode).toBeNull();
    expect(serviceExits(load.platform)).toEqual([]);

    // every acknowledged case and document stored once (even when sent again); nothing
    // half-written or unacknowledged
    const caseIds: string[] = [];
    for (const [index, session] of load.sessions.entries()) {
      const ledger = ledgers[index]!;
      caseIds.push(
        ...(await expectEachAcknowledgedWriteStoredOnce(load.platform.origin, session, ledger)),
      );
    }
    const intake = await createOrm({
      service: 'patient-intake',
      entities: patientIntake.definition.entities,
      migrations: patientIntake.definition.migrations,
      packageDir: patientIntake.definition.packageDir,
      target: resolveDatabaseTarget('patient-intake', { DATABASE_URL: postgres.url }),
    });
    try {
      const events = await intake.em
        .fork()
        .find(OutboxEvent, { type: 'CaseStarted', caseId: { $in: caseIds } });
      expect(events.map((event) => event.caseId).sort()).toEqual([...caseIds].sort());
    } finally {
      await intake.close();
    }
  });
});
