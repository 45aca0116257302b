import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  postGraphQL,
  startPlatformProcess,
  type PlatformProcess,
} from '@consilium/subgraph-kit/testing';
import { DEMO_PASSWORD } from '../identity/demo/demo-accounts';

/** The gateway port of this file's platform (subgraphs on the five after it). */
const PORT = 14970;

/** Waits until the platform has printed `text` (the seeder's last line). */
async function printed(
  platform: PlatformProcess,
  text: string,
  timeoutMs = 100_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!platform.output().includes(text)) {
    if (Date.now() > deadline || platform.process.exitCode !== null) {
      throw new Error(`"${text}" was not printed:\n${platform.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Signs in with the demo password. @returns the Authorization header */
async function signIn(
  platform: PlatformProcess,
  login: string,
): Promise<{ authorization: string }> {
  const response = await fetch(`${platform.origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${body.accessToken}` };
}

/** Every case with its stage and patient, as operations staff list them. */
async function casesByStage(platform: PlatformProcess): Promise<Record<string, string[]>> {
  const ops = await signIn(platform, 'ops@consilium.example');
  const read = await postGraphQL<{
    cases: { edges: { node: { stage: string; patient: { fullName: string | null } } }[] };
  }>(
    `${platform.origin}/graphql`,
    '{ cases(first: 50) { edges { node { stage patient { fullName } } } } }',
    {},
    ops,
  );
  const byStage: Record<string, string[]> = {};
  for (const { node } of read.data!.cases.edges) {
    (byStage[node.stage] ??= []).push(node.patient.fullName || '(erased)');
  }
  for (const names of Object.values(byStage)) names.sort();
  return byStage;
}

/** How many verified specialists the public directory lists. */
async function directorySize(platform: PlatformProcess): Promise<number> {
  const read = await postGraphQL<{ specialists: { edges: unknown[] } }>(
    `${platform.origin}/graphql`,
    '{ specialists(first: 100) { edges { node { id } } } }',
  );
  return read.data!.specialists.edges.length;
}

describe('The demo cases `pnpm start` adds through the API', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-demo-cases-'));
  let platform: PlatformProcess | undefined;

  afterAll(async () => {
    await platform?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('puts one case in each stage a request can reach, and a second start adds none', async () => {
    platform = await startPlatformProcess(PORT, 60_000, { demoCases: true, dataDir });
    await printed(platform, 'demo cases seeded: 12 cases, one per stage');
    const expected = {
      DRAFT: ['Meenakshi Sundaram'],
      SUBMITTED: ['Harish Chandra Joshi'],
      CONSENTED: ['Sana Qureshi'],
      PANEL_REQUESTED: ['Venkatesh Rao Gudipati'],
      AWAITING_CONFIRMATION: ['Anjali Verma'],
      AWAITING_PAYMENT: ['Kavita Deshpande'],
      ACTIVE: ['Lalitha Krishnan'],
      INFO_REQUESTED: ['Ramesh Chandra Patel'],
      OPINIONS_READY: ['Priya Nair'],
      REPORT_DELIVERED: ['Farhan Shaikh'],
      CLOSED: ['(erased)'],
      CANCELLED: ['Sunita Devi Sharma'],
    };
    expect(await casesByStage(platform)).toEqual(expected);
    expect(await directorySize(platform)).toBe(19); // the services' 5 and the demo roster's 14
    // every doctor a demo user can choose can sign in and answer
    const specialistAccounts = await postGraphQL<{ accounts: { edges: unknown[] } }>(
      `${platform.origin}/graphql`,
      '{ accounts(role: SPECIALIST, first: 100) { edges { node { id } } } }',
      {},
      await signIn(platform, 'ops@consilium.example'),
    );
    expect(specialistAccounts.data!.accounts.edges).toHaveLength(19);
    expect(platform.output()).not.toContain('no request leads there yet');

    // what the demo people see: the specialist's queue with an SLA clock, and the refund
    const sunanda = await signIn(platform, 'sunanda.iyer@consilium.example');
    const queue = await postGraphQL<{
      specialist: { panelMemberships: { status: string; case: { stage: string } }[] };
    }>(
      `${platform.origin}/graphql`,
      'query ($id: ID!) { specialist(id: $id) { panelMemberships { status case { stage } } } }',
      { id: '019ad000-0000-7000-8000-000000001001' },
      sunanda,
    );
    const memberships = queue.data!.specialist.panelMemberships.map(
      (member) => `${member.status} ${member.case.stage}`,
    );
    expect(memberships.sort()).toEqual([
      'CONFIRMED ACTIVE',
      'CONFIRMED AWAITING_PAYMENT',
      'REQUESTED AWAITING_CONFIRMATION',
    ]);
    const ops = await signIn(platform, 'ops@consilium.example');
    const details = await postGraphQL<{
      cases: {
        edges: {
          node: {
            stage: string;
            documents: { kind: string }[] | null;
            contactSlas: { status: string; dueAt: string }[];
            appointments: { status: string }[];
            infoRequests: { status: string }[];
            opinions: { status: string; signerName: string }[] | null;
            caseSummary: { gpName: string; status: string } | null;
            refunds: { status: string; amount: number }[];
          };
        }[];
      };
    }>(
      `${platform.origin}/graphql`,
      `{ cases(first: 50) { edges { node { stage documents { kind } contactSlas { status dueAt }
          appointments { status } infoRequests { status } opinions { status signerName }
          caseSummary { gpName status } refunds { status amount } } } } }`,
      {},
      ops,
    );
    const at = (stage: string) =>
      details.data!.cases.edges.find((edge) => edge.node.stage === stage)!.node;
    const active = at('ACTIVE');
    expect(active.contactSlas.map((sla) => sla.status)).toEqual(['OPEN']);
    const hoursLeft = (Date.parse(active.contactSlas[0]!.dueAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(46);
    expect(hoursLeft).toBeLessThanOrEqual(48);
    expect(active.caseSummary).toEqual({ gpName: 'Dr Arvind Rao', status: 'DRAFT' });
    expect(active.documents!.map((document) => document.kind)).toEqual(['PATHOLOGY_REPORT']);
    const infoRequested = at('INFO_REQUESTED');
    expect(infoRequested.infoRequests.map((request) => request.status)).toEqual(['OPEN']);
    expect(infoRequested.appointments.map((appointment) => appointment.status)).toEqual(['BOOKED']);
    expect(infoRequested.contactSlas.map((sla) => sla.status)).toEqual(['MET']);
    expect(at('OPINIONS_READY').opinions).toEqual([
      { status: 'SUBMITTED', signerName: 'Dr Pooja Agarwal' },
    ]);
    expect(at('CANCELLED').refunds).toEqual([{ status: 'PROCESSED', amount: 250000 }]);

    expect(await platform.stop()).toBe(0);
    platform = await startPlatformProcess(PORT, 60_000, { demoCases: true, dataDir });
    await printed(platform, 'demo cases already seeded: 12 cases, one per stage');
    expect(await casesByStage(platform)).toEqual(expected);
    expect(await directorySize(platform)).toBe(19);
    expect(await platform.stop()).toBe(0);
    platform = undefined;
  }, 200_000);

  it('stops promptly and cleanly when stopped while it is still seeding', async () => {
    const seeding = await startPlatformProcess(PORT, 60_000, { demoCases: true });
    const startedAt = Date.now();
    expect(await seeding.stop()).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(seeding.output()).not.toContain('demo cases seeded');
    expect(seeding.output()).not.toContain('could not be seeded');
  }, 90_000);
});
