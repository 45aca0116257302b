import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';

const ROOT = path.resolve(__dirname, '../..');
const PORTS = { gateway: 14400, intake: 14401, matching: 14402, billing: 14403, records: 14404 };

/** Polls a URL until it answers 200, or fails after the timeout. */
async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}

describe('The start command (scripts/start.mjs, run by `pnpm start`)', () => {
  let dataDir: string;
  let launcher: ChildProcess;
  let output = '';

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-start-'));
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PORT: String(PORTS.gateway),
      PATIENT_INTAKE_PORT: String(PORTS.intake),
      SPECIALIST_MATCHING_PORT: String(PORTS.matching),
      BILLING_PORT: String(PORTS.billing),
      RECORDS_PORT: String(PORTS.records),
      PATIENT_INTAKE_URL: `http://127.0.0.1:${PORTS.intake}/graphql`,
      SPECIALIST_MATCHING_URL: `http://127.0.0.1:${PORTS.matching}/graphql`,
      BILLING_URL: `http://127.0.0.1:${PORTS.billing}/graphql`,
      RECORDS_URL: `http://127.0.0.1:${PORTS.records}/graphql`,
    };
    delete env.DATABASE_URL;
    delete env.JEST_WORKER_ID;
    launcher = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], { env });
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForOk(`http://127.0.0.1:${PORTS.gateway}/readyz`, 60_000);
  });

  afterAll(() => {
    if (launcher.exitCode === null) launcher.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates, seeds the demo case and serves it through the gateway from all four subgraphs', async () => {
    const result = await postGraphQL(
      `http://127.0.0.1:${PORTS.gateway}/graphql`,
      'query ($id: ID!) { case(id: $id) { id patient { id } panel { id } quote { amount currency } documents { id } } }',
      { id: DEMO_IDS.case },
    );
    expect(result).toEqual({
      data: {
        case: {
          id: DEMO_IDS.case,
          patient: { id: DEMO_IDS.patient },
          panel: { id: DEMO_IDS.panel },
          quote: { amount: 500000, currency: 'INR' },
          documents: DEMO_IDS.documents.map((id) => ({ id })),
        },
      },
    });
    expect(fs.readdirSync(dataDir).sort()).toEqual([
      'billing.sqlite',
      'patient-intake.sqlite',
      'records.sqlite',
      'specialist-matching.sqlite',
    ]);
    expect(output).toContain(`GraphQL: http://localhost:${PORTS.gateway}/graphql`);
  });

  it('stops every process cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => launcher.on('exit', resolve));
    launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const port of Object.values(PORTS)) {
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    }
  });
});
