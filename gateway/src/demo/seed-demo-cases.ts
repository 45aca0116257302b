import type { Logger } from '@consilium/subgraph-kit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../identity/demo/demo-accounts';
import { DemoApi, pause } from './demo-api';
import {
  CASE_STAGES,
  DEMO_CASES,
  DEMO_SPECIALIST_LOGINS,
  demoSpecialistId,
  type DemoCase,
  type DemoStage,
} from './demo-cases';
import { runDemoJourney, type DemoStaff } from './demo-journeys';
import { DEMO_ROSTER } from './demo-roster';

/** The stages the demo data covers: DEMO_CASES and the services' own demo case (AWAITING_PAYMENT). */
const DEMO_STAGES: DemoStage[] = ['AWAITING_PAYMENT', ...DEMO_CASES.map((demo) => demo.stage)];

/** The services' own demo patient, whose case awaits payment. */
const KAVITA = DEMO_ACCOUNTS.find((account) => account.roles.includes('PATIENT'))!;

/** How many demo journeys run at once (each waits on events most of the time). */
const CONCURRENT_JOURNEYS = 4;

/** How long the seeder waits for every service to be ready (ms). */
const READY_WAIT_MS = 120_000;

/** What a seeding run did. */
export interface DemoCasesOutcome {
  /** cases added by this run */
  seeded: number;
  /** cases found from an earlier run (their patient already has an account) */
  existing: number;
  /** cases whose journey failed, with why */
  failed: { login: string; error: string }[];
}

/** Waits until the gateway's `/readyz` answers 200 (every subgraph ready). */
async function waitUntilReady(origin: string, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + READY_WAIT_MS;
  while (Date.now() < deadline) {
    signal.throwIfAborted();
    try {
      if ((await fetch(`${origin}/readyz`, { signal })).ok) return;
    } catch {
      // not answering yet
    }
    await pause(250);
  }
  throw new Error('the platform did not become ready');
}

/**
 * Adds the demo roster's specialists missing from the directory (compared by email), as
 * operations staff do in the admin app: onboard, then verify, one after the other.
 * @param api - the platform's API
 * @param ops - an operations token
 * @param logger - for a specialist who could not be added (the others still are)
 * @returns the roster's specialist ids by email (lower case), those listed and those added
 */
async function ensureDemoRoster(
  api: DemoApi,
  ops: string,
  logger: Logger,
): Promise<Map<string, string>> {
  const listed = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const page: {
      specialists: {
        edges: { node: { id: string; email: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await api.graphql(
      ops,
      'query ($after: String) { specialists(first: 100, after: $after) { edges { node { id email } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    for (const { node } of page.specialists.edges) {
      if (node.email) listed.set(node.email.toLowerCase(), node.id);
    }
    if (!page.specialists.pageInfo.hasNextPage) break;
    after = page.specialists.pageInfo.endCursor;
  }
  for (const profile of DEMO_ROSTER) {
    if (listed.has(String(profile['email']).toLowerCase())) continue;
    try {
      const onboarded = await api.graphql<{ onboardSpecialist: { id: string } }>(
        ops,
        'mutation ($input: SpecialistProfileInput!) { onboardSpecialist(input: $input) { id } }',
        { input: profile },
      );
      await api.graphql(ops, 'mutation ($id: ID!) { verifySpecialist(id: $id) { id } }', {
        id: onboarded.onboardSpecialist.id,
      });
      listed.set(String(profile['email']).toLowerCase(), onboarded.onboardSpecialist.id);
    } catch (error) {
      if (api.signal.aborted) throw error;
      // e.g. onboarded by a run stopped before verifying: operations can verify it in the app
      logger.warn({ email: profile['email'], err: error }, 'a demo specialist could not be added');
    }
  }
  return listed;
}

/**
 * Gives each roster specialist without an account one (operations create it; the specialist sets
 * DEMO_PASSWORD with the emailed code), so that any doctor a demo user chooses can answer.
 * @param api - the platform's API
 * @param ops - an operations token
 * @param ids - the roster's specialist ids by email (lower case)
 * @param known - the email addresses that already have an account
 * @param logger - for an account that could not be made (the others still are)
 */
async function ensureRosterAccounts(
  api: DemoApi,
  ops: string,
  ids: Map<string, string>,
  known: Set<string>,
  logger: Logger,
): Promise<void> {
  for (const profile of DEMO_ROSTER) {
    const email = String(profile['email']).toLowerCase();
    const specialistId = ids.get(email);
    if (!specialistId || known.has(email)) continue;
    try {
      await api.createStaffAccount(ops, {
        role: 'SPECIALIST',
        displayName: `Dr ${String(profile['fullName'])}`,
        email,
        specialistId,
      });
    } catch (error) {
      if (api.signal.aborted) throw error;
      logger.warn({ email, err: error }, 'a demo specialist’s account could not be made');
    }
  }
}

/**
 * Signs in the demo specialists, giving those without an account one (operations create it;
 * the specialist sets DEMO_PASSWORD with the emailed code), one after the other.
 * @param known - the email addresses that already have an account
 * @returns their tokens by roster index
 */
async function specialistTokens(
  api: DemoApi,
  ops: string,
  known: Set<string>,
): Promise<Map<number, string>> {
  const tokens = new Map<number, string>();
  for (const specialist of DEMO_SPECIALIST_LOGINS) {
    const token = known.has(specialist.email)
      ? await api.signIn(specialist.email)
      : await api.createStaffAccount(ops, {
          role: 'SPECIALIST',
          displayName: specialist.displayName,
          email: specialist.email,
          specialistId: demoSpecialistId(specialist.index),
        });
    tokens.set(specialist.index, token);
  }
  return tokens;
}

/**
 * Adds the demo roster's specialists (DEMO_ROSTER, verified) and the demo cases (DEMO_CASES,
 * one per reachable case stage besides the services' own demo case) by driving the platform's
 * public API as each demo person would, so every service's data follows from the real requests
 * and events. Idempotent per case: a case whose patient already has an account (operations'
 * account list) was seeded by an earlier run and is left alone (a journey that failed half-way
 * is not finished by a later run). A failed journey is logged and does not stop the others.
 * @param origin - the gateway's origin, e.g. `http://127.0.0.1:4000`
 * @param logger - for failures
 * @param signal - aborts the run (the gateway stopping)
 * @param cases - the cases to seed (DEMO_CASES)
 * @returns what was seeded
 * @throws when the platform does not become ready or operations cannot sign in
 */
export async function seedDemoCases(
  origin: string,
  logger: Logger,
  signal: AbortSignal,
  cases: DemoCase[] = DEMO_CASES,
): Promise<DemoCasesOutcome> {
  await waitUntilReady(origin, signal);
  const api = new DemoApi(origin, signal);
  const outcome: DemoCasesOutcome = { seeded: 0, existing: 0, failed: [] };
  const opsLogin = DEMO_ACCOUNTS.find((account) => account.roles.includes('OPERATIONS'))!.email;
  const ops = await api.signIn(opsLogin);
  const rosterIds = await ensureDemoRoster(api, ops, logger);
  const known = await api.accountEmails(ops);
  await ensureRosterAccounts(api, ops, rosterIds, known, logger);
  const todo = cases.filter((demo) => !known.has(demo.login));
  outcome.existing = cases.length - todo.length;
  if (todo.length === 0) return outcome;
  const staff: DemoStaff = { ops, specialists: await specialistTokens(api, ops, known) };
  const queue = [...todo];
  const worker = async (): Promise<void> => {
    for (let demo = queue.shift(); demo; demo = queue.shift()) {
      signal.throwIfAborted();
      try {
        await runDemoJourney(api, staff, demo);
        outcome.seeded += 1;
      } catch (error) {
        if (signal.aborted) throw error;
        const message = error instanceof Error ? error.message : String(error);
        outcome.failed.push({ login: demo.login, error: message });
        logger.warn(
          { login: demo.login, stage: demo.stage, err: error },
          'a demo case could not be seeded',
        );
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_JOURNEYS }, worker));
  return outcome;
}

/**
 * The sign-ins a new user can try once the cases are there: each demo patient by their case's
 * stage, and the demo specialists the seeder gave accounts (all with DEMO_PASSWORD).
 * @param outcome - the run's outcome (failed cases are left out)
 * @returns lines to print
 */
export function demoLoginLines(outcome: DemoCasesOutcome): string[] {
  const failed = new Set(outcome.failed.map((item) => item.login));
  return [
    `  Demo patients, one per stage (password ${DEMO_PASSWORD}):`,
    ...[
      ...DEMO_CASES.filter((demo) => !failed.has(demo.login)).map((demo) => ({
        stage: demo.stage,
        login: demo.login,
        name: String(demo.registration['fullName']),
      })),
      { stage: 'AWAITING_PAYMENT' as const, login: KAVITA.email, name: KAVITA.displayName },
    ]
      .sort((a, b) => CASE_STAGES.indexOf(a.stage) - CASE_STAGES.indexOf(b.stage))
      .map((demo) => `    ${demo.stage.padEnd(22)} ${demo.login}  (${demo.name})`),
    '  Demo specialists on their panels:',
    ...DEMO_SPECIALIST_LOGINS.map(
      (specialist) => `    ${specialist.email}  (${specialist.displayName})`,
    ),
  ];
}

/**
 * Runs seedDemoCases in the background and prints one line when done, e.g.
 * `demo cases seeded: 12 cases, one per stage`. Never throws (a failure is logged).
 * @param origin - the gateway's origin
 * @param logger - the gateway's logger
 * @returns a function that stops the run (called when the gateway stops), resolving once it has
 */
export function seedDemoCasesInBackground(origin: string, logger: Logger): () => Promise<void> {
  const controller = new AbortController();
  const run = seedDemoCases(origin, logger, controller.signal).then(
    (outcome) => {
      const total = outcome.seeded + outcome.existing + 1; // with the services' own demo case
      const verb = outcome.seeded > 0 ? 'seeded' : 'already seeded';
      const missing = CASE_STAGES.filter((stage) => !DEMO_STAGES.includes(stage));
      const failed =
        outcome.failed.length > 0 ? `, ${outcome.failed.length} failed (see the log)` : '';
      const unreached =
        missing.length > 0 ? ` (none ${missing.join(', ')}: no request leads there yet)` : '';
      console.log(
        [
          `  demo cases ${verb}: ${total} cases, one per stage${unreached}${failed}`,
          ...demoLoginLines(outcome),
          '',
        ].join('\n'),
      );
    },
    (error: unknown) => {
      if (!controller.signal.aborted) {
        logger.error({ err: error }, 'the demo cases could not be seeded');
      }
    },
  );
  return async () => {
    controller.abort();
    await run;
  };
}
