import type { Scenario, ScenarioSubjects } from '@consilium/gateway';
import type { StartedService } from '@consilium/subgraph-kit';
import { percentile, timeSerially } from './figures';

/** One screen's requests sent as its app sends them (in parallel), failing on any error. */
export type Screen = () => Promise<void>;

/**
 * A scenario's screen against the gateway.
 * @param gatewayUrl - the gateway's `/graphql`
 * @param scenario - the scenario
 * @param subjects - what its requests name
 * @param authorization - the signed-in role's header
 * @returns the screen
 */
export function screenOf(
  gatewayUrl: string,
  scenario: Scenario,
  subjects: ScenarioSubjects,
  authorization: string,
): Screen {
  const requests = scenario.requests(subjects).map((request) => JSON.stringify(request));
  return async () => {
    await Promise.all(
      requests.map(async (body) => {
        const response = await fetch(gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body,
        });
        const answer = (await response.json()) as { errors?: { message: string }[] };
        if (answer.errors) {
          throw new Error(`${scenario.key}: ${answer.errors.map((e) => e.message).join('; ')}`);
        }
      }),
    );
  };
}

/**
 * Runs one screen and counts the SQL statements each service ran for it.
 * @param screen - the screen
 * @param services - the running services
 * @returns statements by service (services that ran none left out) and their total
 */
export async function statementsOf(
  screen: Screen,
  services: StartedService[],
): Promise<{ total: number; byService: Record<string, number> }> {
  for (const service of services) service.statements.reset();
  await screen();
  // the audit trail is written as each response goes out
  await new Promise((resolve) => setTimeout(resolve, 50));
  const byService: Record<string, number> = {};
  for (const service of services) {
    if (service.statements.statements > 0) {
      byService[service.statements.service] = service.statements.statements;
    }
  }
  return { total: Object.values(byService).reduce((sum, count) => sum + count, 0), byService };
}

/**
 * p50 and p95 of a screen's latency in each of several runs of serial screens.
 * @param screen - the screen
 * @param runs - how many runs
 * @param perRun - screens per run
 * @returns each run's p50 and p95 (ms)
 */
export async function latencyRuns(
  screen: Screen,
  runs: number,
  perRun: number,
): Promise<{ p50: number[]; p95: number[] }> {
  await timeSerially(1, screen);
  const p50: number[] = [];
  const p95: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const durations = await timeSerially(perRun, screen);
    p50.push(percentile(durations, 0.5));
    p95.push(percentile(durations, 0.95));
  }
  return { p50, p95 };
}

/**
 * Runs work with the kit's loaders batched or not (`DATALOADER_BATCHING`, read whenever a
 * request makes its loaders).
 * @param batching - whether loaders batch
 * @param work - what to measure
 * @returns what the work returned
 */
export async function withBatching<T>(batching: boolean, work: () => Promise<T>): Promise<T> {
  const before = process.env['DATALOADER_BATCHING'];
  if (batching) delete process.env['DATALOADER_BATCHING'];
  else process.env['DATALOADER_BATCHING'] = 'off';
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env['DATALOADER_BATCHING'];
    else process.env['DATALOADER_BATCHING'] = before;
  }
}
