import type { LoadJob, LoadRequest, LoadStep } from '../load/load-job.types';
import type { PageRequest, PageStep, Scenario } from './scenario-definitions';
import { replaySteps, type SubgraphFetch } from './plan-capture';

/** What a scenario is measured against, side by side. */
export type TargetName = 'ours' | 'direct' | 'hive' | 'hive-rust';

export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'our gateway',
  direct: 'direct to the subgraphs (floor)',
  hive: 'Hive Gateway',
  'hive-rust': 'Hive Gateway + Rust planner',
};

/** The `Authorization` header of each actor. */
export type Authorizations = Record<PageRequest['actor'], string>;

function post(url: string, request: PageRequest, authorizations: Authorizations): LoadRequest {
  return {
    url,
    body: JSON.stringify({
      operationName: request.operation,
      query: request.query,
      variables: request.variables,
    }),
    headers: {
      'content-type': 'application/json',
      authorization: authorizations[request.actor],
    },
  };
}

/**
 * The load job for a scenario through a gateway: autocannon when the page is one request, the
 * unit runner otherwise.
 */
export function gatewayJob(
  scenario: Scenario,
  graphqlUrl: string,
  authorizations: Authorizations,
  connections: number,
  seconds: number,
): LoadJob {
  const toStep = (step: PageStep): LoadStep =>
    'parallel' in step
      ? { parallel: step.parallel.map((request) => [post(graphqlUrl, request, authorizations)]) }
      : post(graphqlUrl, step, authorizations);
  const steps = scenario.steps.map(toStep);
  return jobFor(steps, connections, seconds);
}

/** autocannon for a single request, the unit runner for anything more. */
function jobFor(steps: LoadStep[], connections: number, seconds: number): LoadJob {
  const only = steps.length === 1 ? steps[0] : undefined;
  if (only && !('parallel' in only)) {
    return { kind: 'autocannon', request: only, connections, seconds };
  }
  return { kind: 'replay', steps, connections, seconds };
}

/** The page's requests in the order they appear (for capturing each one's plan). */
export function pageRequests(scenario: Scenario): PageRequest[] {
  return scenario.steps.flatMap((step) => ('parallel' in step ? step.parallel : [step]));
}

/**
 * The floor's load job: each request of the page replaced by the subgraph fetches of its query
 * plan, sent straight to the subgraphs in the plan's order (parallel where the plan was); a page
 * of one request whose plan is one fetch goes through autocannon like the gateways.
 * @param scenario - the scenario
 * @param fetches - the captured fetches of each of pageRequests(scenario), in that order
 */
export function directJob(
  scenario: Scenario,
  fetches: SubgraphFetch[][],
  authorizations: Authorizations,
  connections: number,
  seconds: number,
): LoadJob {
  const requests = pageRequests(scenario);
  const planOf = (request: PageRequest): LoadStep[] =>
    replaySteps(fetches[requests.indexOf(request)]!, authorizations[request.actor]);
  const steps: LoadStep[] = scenario.steps.flatMap((step) =>
    'parallel' in step ? [{ parallel: step.parallel.map(planOf) }] : planOf(step),
  );
  return jobFor(steps, connections, seconds);
}

/**
 * The same job on the unit runner. A scenario measures all its targets with one runner: autocannon
 * drops the requests still in flight when its time is up, the unit runner waits for them and
 * counts them, so on slow pages the two would not compare.
 * @param job - a target's job
 * @returns it as a unit-runner job
 */
export function onUnitRunner(job: LoadJob): LoadJob {
  return job.kind === 'replay'
    ? job
    : { kind: 'replay', steps: [job.request], connections: job.connections, seconds: job.seconds };
}
