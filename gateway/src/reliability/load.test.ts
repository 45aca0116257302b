import { JourneyClient } from './journey-client';
import { runPatientSession, journeyReport } from './journey-session';
import { startLoadPlatform, type LoadPlatform } from './load-platform';
import { LoadRecorder, summaryMarkdown } from './load-recorder';
import { RELIABILITY, describeOnSqlite } from './reliability-settings';

// Issue 12, load on loopback: RELIABILITY.sessions patients (200 in CI) use the platform at once
// for RELIABILITY.loadSeconds (60 in CI) — the case page's reads and the journey's writes
// (start a case, save its history, upload a report) — against the platform run as `pnpm start`
// runs it. No request may fail except by rate limiting. The figures are printed for
// docs/reliability.md.

const REPORT = journeyReport();

describeOnSqlite('Under load from many patients at once', () => {
  jest.setTimeout(RELIABILITY.loadSeconds * 1000 + 180_000);
  let load: LoadPlatform;

  beforeAll(async () => {
    load = await startLoadPlatform(16600, RELIABILITY.sessions);
  });
  afterAll(() => load?.platform.stop());

  it('answers every read and write of every session, refusing nothing but by rate limiting', async () => {
    const recorder = new LoadRecorder();
    const client = new JourneyClient(load.platform.origin, recorder);
    recorder.start();
    const until = Date.now() + RELIABILITY.loadSeconds * 1000;
    const ledgers = await Promise.all(
      load.sessions.map((session) =>
        runPatientSession(client, session, {
          until,
          retryWrites: false,
          report: REPORT,
          thinkMs: RELIABILITY.thinkMs,
        }),
      ),
    );
    recorder.stop();
    const summary = recorder.summary(load.sessions.length);
    process.stdout.write(
      `\n${summaryMarkdown(`Load: ${summary.sessions} sessions, ${RELIABILITY.loadSeconds} s`, summary)}\n\n${JSON.stringify(summary)}\n`,
    );

    expect(summary.firstErrors).toEqual([]);
    expect(summary.errors).toBe(0);
    // every session got through whole iterations: reads, a started case and a stored report
    for (const ledger of ledgers) {
      expect(ledger.startedCases.size).toBeGreaterThan(0);
      expect(ledger.completedUploads.size).toBeGreaterThan(0);
    }
  });
});
