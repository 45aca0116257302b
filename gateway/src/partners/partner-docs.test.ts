import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_IDS, recordEvent } from '@consilium/subgraph-kit';
import { gql } from '../intake/intake-test-client';
import { flushEvents } from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { partnerExample } from './client/example';
import { loadPartnerSafelist } from './partner-safelist';
import { DEMO_PARTNER_CLIENT } from './partner-test-client';

// Issue 10, must show: the partner examples in docs/partners.md run as tests — its sh blocks
// with bash and curl against a started platform, and its TypeScript client.

const DOC_PATH = path.resolve(__dirname, '../../../docs/partners.md');
const EXAMPLE_PATH = path.resolve(__dirname, 'client/example.ts');

/** The fenced blocks of one language in the docs, in order. */
function blocks(doc: string, language: string): string[] {
  return [...doc.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1]!,
  );
}

describe('docs/partners.md', () => {
  let platform: TestPlatform;
  let env: Record<string, string>;
  const doc = fs.readFileSync(DOC_PATH, 'utf8');

  beforeAll(async () => {
    platform = await startTestPlatform();
    env = {
      CONSILIUM_ORIGIN: platform.origin,
      PARTNER_CLIENT_ID: DEMO_PARTNER_CLIENT.clientId,
      PARTNER_CLIENT_SECRET: DEMO_PARTNER_CLIENT.clientSecret,
    };
    // the demo patient shares her case and its report with the demo insurer, as she would in
    // the patient app, and the report is delivered (injected: no service delivers reports yet)
    const shared = await gql(
      platform,
      await platform.as('patient'),
      `mutation ($caseId: ID!, $partnerId: ID!) {
        shareCaseWithPartner(caseId: $caseId, partnerId: $partnerId, includeReport: true) { id }
      }`,
      { caseId: DEMO_IDS.case, partnerId: DEMO_PARTNER_CLIENT.partnerId },
    );
    expect(shared.errors).toBeUndefined();
    await platform.subgraphs['specialist-matching'].orm.em.fork().transactional(async (em) => {
      recordEvent(em, {
        type: 'ReportDelivered',
        caseId: DEMO_IDS.case,
        patientId: DEMO_IDS.patient,
        data: { reportId: randomUUID() },
      });
    });
    await flushEvents(platform);
  });
  afterAll(() => platform.stop());

  it('lists exactly the safelisted operations, by their SHA-256', () => {
    const safelisted = [...loadPartnerSafelist().keys()].sort();
    const documented = [...new Set(doc.match(/\b[0-9a-f]{64}\b/g))].sort();
    expect(documented).toEqual(safelisted);
  });

  it('runs its curl examples in order with bash', async () => {
    const sh = blocks(doc, 'sh');
    expect(sh.length).toBeGreaterThanOrEqual(5);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partner-docs-'));
    try {
      const { stdout } = await promisify(execFile)(
        'bash',
        ['-euo', 'pipefail', '-c', sh.join('\n')],
        { cwd: dir, env: { ...process.env, ...env }, timeout: 60_000 },
      );
      const lines = stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^token of \d{3,} characters$/);
      expect(JSON.parse(lines[1]!)).toMatchObject({ id: DEMO_IDS.case, stage: 'AWAITING_PAYMENT' });
      expect(JSON.parse(lines[2]!)).toMatchObject({
        id: DEMO_IDS.case,
        stage: 'AWAITING_PAYMENT',
        panel: 3,
      });
      expect(JSON.parse(lines[2]!).changes).toContain('AWAITING_PAYMENT');
      expect(lines[3]).toMatch(/^saved report\.pdf \(\d{4,} bytes\)$/);
      expect(fs.readFileSync(path.join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      const [referred, retried] = [JSON.parse(lines[4]!), JSON.parse(lines[5]!)];
      expect(referred).toMatchObject({
        stage: 'DRAFT',
        invitationSentTo: 'sunil.mehta@example.org',
      });
      expect(retried).toEqual(referred);
      expect(JSON.parse(lines[6]!)).toMatchObject({ code: 'OPERATION_NOT_SAFELISTED' });
      expect(lines).toHaveLength(7);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the TypeScript example as it is in the repository, and it runs', async () => {
    expect(blocks(doc, 'ts')).toContain(fs.readFileSync(EXAMPLE_PATH, 'utf8'));
    const lines = await partnerExample(env);
    expect(lines).toContain(`${DEMO_IDS.case} AWAITING_PAYMENT panel of 3`);
  });
});
