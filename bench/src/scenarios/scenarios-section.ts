import fs from 'node:fs';
import path from 'node:path';
import type {
  BenchOptions,
  BenchSection,
  SectionResult,
  Spread,
  Table,
} from '../report/result.types';
import { cpuPinning, type CpuPinning } from '../platform/cpu-pinning';
import { startPlatform, type RunningPlatform } from '../platform/platform-processes';
import type { PlatformTarget } from '../platform/platform-target';
import { startHiveGateway, type RunningHive } from '../gateways/hive-gateway';
import { startLoadGenerator, type LoadGenerator } from '../load/load-generator';
import type { LoadJob, LoadRun } from '../load/load-job.types';
import { formatSpread, spreadOf } from '../load/spread';
import { captureSubgraphFetches } from './plan-capture';
import { seededLoad, type SeedManifest } from '../seed';
import type { ScenarioActors } from './scenario-actors';
import { scenarios, type Scenario } from './scenario-definitions';
import {
  directJob,
  gatewayJob,
  onUnitRunner,
  pageRequests,
  TARGET_LABELS,
  type Authorizations,
  type TargetName,
} from './scenario-targets';

/** Our platform's ports (gateway, then the five subgraphs) and the Hive Gateways'. */
const PORTS = { platform: 15000, hive: 15010, hiveRust: 15011, seed: 15030 };
/** Concurrent connections (or virtual users) of the load generator. */
const CONNECTIONS = 8;
const TARGETS: TargetName[] = ['ours', 'direct', 'hive', 'hive-rust'];
/** p99 through our gateway ÷ p99 direct (issue 11). */
const P99_RATIO_TARGET = 1.3;
/** our throughput ÷ Hive Gateway's, default runtime (issue 11). */
const THROUGHPUT_RATIO_TARGET = 1.0;

/** One target's figures in one scenario. */
interface TargetFigures {
  requestsPerSecond: Spread;
  p50: Spread;
  p95: Spread;
  p99: Spread;
  errors: number;
  firstError?: string;
  runner: LoadJob['kind'];
}

/** The data a database is measured on, and who acts on it. */
interface PreparedData {
  actors: ScenarioActors;
  /** whether the services seed their demo data at start (the seed already holds it) */
  seedDemo: boolean;
  description: string;
  manifest: SeedManifest;
}

/** The run's large synthetic load on this database (seeded once, shared with the other sections). */
async function prepareData(
  database: 'sqlite' | 'postgres',
  options: BenchOptions,
): Promise<PreparedData & { target: PlatformTarget }> {
  // the seed runs the platform once to make its template: on this section's ports
  process.env['BENCH_SEED_PORT'] ??= String(PORTS.seed);
  const { target, manifest } = await seededLoad(database, options);
  const { scale } = manifest;
  const count = (n: number): string => n.toLocaleString('en-US');
  return {
    target,
    actors: manifest,
    seedDemo: false,
    description:
      `the synthetic load (${count(scale.specialists)} specialists, ` +
      `${count(scale.patients)} patients, ${count(scale.cases)} cases at every stage, ` +
      `${count(scale.documents)} documents' metadata; seeded in ${manifest.seconds.toFixed(0)} s)`,
    manifest,
  };
}

async function signInAll(
  platform: RunningPlatform,
  actors: ScenarioActors,
): Promise<{ authorizations: Authorizations; specialistId: string }> {
  const patient = await platform.signIn(actors.patient.login, actors.password);
  const specialist = await platform.signIn(actors.specialist.login, actors.password);
  const operations = await platform.signIn(actors.operations.login, actors.password);
  const specialistId = actors.specialist.specialistId ?? specialist.account.specialistId;
  if (!specialistId) throw new Error(`${actors.specialist.login} is not a specialist`);
  return {
    authorizations: {
      patient: patient.authorization,
      specialist: specialist.authorization,
      operations: operations.authorization,
    },
    specialistId,
  };
}

/** Sends each of the page's requests once and fails when an answer has errors or no data. */
async function verifyAnswers(
  scenario: Scenario,
  url: string,
  authorizations: Authorizations,
): Promise<void> {
  for (const request of pageRequests(scenario)) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authorizations[request.actor] },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(
        `${scenario.title}: ${request.operation} at ${url} answered ${response.status} ${text.slice(0, 500)}`,
      );
    }
  }
}

function figuresOf(runs: LoadRun[], runner: LoadJob['kind']): TargetFigures {
  return {
    requestsPerSecond: spreadOf(runs.map((run) => run.requestsPerSecond)),
    p50: spreadOf(runs.map((run) => run.p50)),
    p95: spreadOf(runs.map((run) => run.p95)),
    p99: spreadOf(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    firstError: runs.find((run) => run.firstError)?.firstError,
    runner,
  };
}

/** Measures one scenario on every target, the runs of the targets interleaved. */
async function measureScenario(
  scenario: Scenario,
  urls: Record<Exclude<TargetName, 'direct'>, string>,
  platform: RunningPlatform,
  supergraphSdl: string,
  authorizations: Authorizations,
  load: LoadGenerator,
  options: BenchOptions,
): Promise<Record<TargetName, TargetFigures>> {
  for (const url of Object.values(urls)) await verifyAnswers(scenario, url, authorizations);
  const fetches = await captureSubgraphFetches(
    supergraphSdl,
    platform.urls,
    pageRequests(scenario).map((request) => ({
      query: request.query,
      variables: request.variables,
      authorization: authorizations[request.actor],
    })),
  );
  const ownJob = (target: TargetName, seconds: number): LoadJob =>
    target === 'direct'
      ? directJob(scenario, fetches, authorizations, CONNECTIONS, seconds)
      : gatewayJob(scenario, urls[target], authorizations, CONNECTIONS, seconds);
  const oneRunner = TARGETS.some((target) => ownJob(target, 1).kind === 'replay');
  const jobOf = (target: TargetName, seconds: number): LoadJob =>
    oneRunner ? onUnitRunner(ownJob(target, seconds)) : ownJob(target, seconds);
  const warmup = Math.max(0.5, options.durationSeconds / 2);
  for (const target of TARGETS) {
    const run = await load.measure(jobOf(target, warmup));
    if (run.errors > 0) {
      throw new Error(`${scenario.title} on ${TARGET_LABELS[target]}: ${run.firstError}`);
    }
  }
  const runs = Object.fromEntries(TARGETS.map((target) => [target, [] as LoadRun[]])) as Record<
    TargetName,
    LoadRun[]
  >;
  for (let round = 0; round < options.runs; round += 1) {
    for (const target of TARGETS) {
      runs[target].push(await load.measure(jobOf(target, options.durationSeconds)));
    }
  }
  return Object.fromEntries(
    TARGETS.map((target) => [target, figuresOf(runs[target], jobOf(target, 1).kind)]),
  ) as Record<TargetName, TargetFigures>;
}

/** The installed version of one of the bench's dependencies. */
function packageVersion(name: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** A ratio per run (runs paired in order), as a spread. */
function ratioSpread(top: Spread, bottom: Spread): Spread {
  return spreadOf(top.runs.map((value, index) => value / bottom.runs[index]!));
}

async function measureOn(
  database: 'sqlite' | 'postgres',
  options: BenchOptions,
  pinning: CpuPinning,
): Promise<SectionResult> {
  const workDir = path.join(options.workDir, `scenarios-${database}`);
  fs.mkdirSync(workDir, { recursive: true });
  const started: { stop: () => Promise<void> }[] = [];
  try {
    const prepared = await prepareData(database, options);
    const { target } = prepared;
    const platform = await startPlatform({
      repoRoot: options.repoRoot,
      target,
      basePort: PORTS.platform,
      pin: pinning.platform,
      logDir: path.join(workDir, 'logs'),
      seedDemo: prepared.seedDemo,
    });
    started.push(platform);
    const hiveOptions = {
      repoRoot: options.repoRoot,
      urls: platform.urls,
      pin: pinning.platform,
      workDir,
    };
    const hives: RunningHive[] = [
      await startHiveGateway({ ...hiveOptions, port: PORTS.hive, flavour: 'default' }),
      await startHiveGateway({ ...hiveOptions, port: PORTS.hiveRust, flavour: 'rust' }),
    ];
    started.push(...hives);
    const load = startLoadGenerator(pinning.load);
    started.push(load);
    const supergraphSdl = fs.readFileSync(
      path.join(options.repoRoot, 'schema', 'supergraph.graphql'),
      'utf8',
    );
    const urls = {
      ours: `${platform.origin}/graphql`,
      hive: hives[0]!.url,
      'hive-rust': hives[1]!.url,
    };
    const figures: Record<string, Record<TargetName, TargetFigures>> = {};
    const measured: Scenario[] = [];
    for (const scenario of scenarios(
      options.repoRoot,
      prepared.actors,
      (await signInAll(platform, prepared.actors)).specialistId,
    )) {
      // a fresh token per scenario (access tokens live ten minutes)
      const { authorizations } = await signInAll(platform, prepared.actors);
      console.log(`   ${database}: ${scenario.title}`);
      figures[scenario.id] = await measureScenario(
        scenario,
        urls,
        platform,
        supergraphSdl,
        authorizations,
        load,
        options,
      );
      measured.push(scenario);
    }
    return report(database, prepared, measured, figures, pinning);
  } finally {
    for (const running of started.reverse()) await running.stop();
  }
}

function report(
  database: string,
  prepared: PreparedData,
  measured: Scenario[],
  figures: Record<string, Record<TargetName, TargetFigures>>,
  pinning: CpuPinning,
): SectionResult {
  const tables: Table[] = measured.map((scenario) => ({
    caption: `${scenario.title} (${database})`,
    columns: ['', 'units/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'load generator'],
    rows: TARGETS.map((target) => {
      const f = figures[scenario.id]![target];
      return [
        TARGET_LABELS[target],
        formatSpread(f.requestsPerSecond),
        formatSpread(f.p50, 1),
        formatSpread(f.p95, 1),
        formatSpread(f.p99, 1),
        f.errors,
        f.runner === 'autocannon' ? 'autocannon' : 'unit runner',
      ];
    }),
  }));
  const notes: string[] = [];
  const ratioRows = measured.map((scenario) => {
    const f = figures[scenario.id]!;
    const p99 = ratioSpread(f.ours.p99, f.direct.p99);
    const throughput = ratioSpread(f.ours.requestsPerSecond, f.hive.requestsPerSecond);
    const rust = ratioSpread(f.ours.requestsPerSecond, f['hive-rust'].requestsPerSecond);
    const p99Met = p99.median <= P99_RATIO_TARGET;
    const throughputMet = throughput.median >= THROUGHPUT_RATIO_TARGET;
    const mark = (met: boolean, ratio: Spread): string =>
      Number.isFinite(ratio.median) ? (met ? '✓' : '✗') : '—';
    if (Number.isFinite(p99.median + throughput.median) && (!p99Met || !throughputMet)) {
      notes.push(
        `${scenario.title} (${database}): ` +
          [
            p99Met ? '' : `p99 ours ÷ direct ${p99.median.toFixed(2)} > ${P99_RATIO_TARGET}`,
            throughputMet
              ? ''
              : `throughput ours ÷ Hive ${throughput.median.toFixed(2)} < ${THROUGHPUT_RATIO_TARGET}`,
          ]
            .filter(Boolean)
            .join('; ') +
          ' (target missed).',
      );
    }
    return [
      scenario.title,
      formatSpread(p99, 2),
      mark(p99Met, p99),
      formatSpread(throughput, 2),
      mark(throughputMet, throughput),
      formatSpread(rust, 2),
    ];
  });
  tables.push({
    caption: `Ratios in this run (${database}; median of the per-run ratios, min–max)`,
    columns: [
      'scenario',
      `p99 ours ÷ direct (≤ ${P99_RATIO_TARGET})`,
      '',
      `throughput ours ÷ Hive (≥ ${THROUGHPUT_RATIO_TARGET.toFixed(1)})`,
      '',
      'throughput ours ÷ Hive + Rust',
    ],
    rows: ratioRows,
  });
  return {
    id: `scenarios.${database}`,
    title: `Scenarios 1–4 side by side (${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
    intro: [
      `On ${prepared.description}. Load: ${CONNECTIONS} connections (autocannon ` +
        `${packageVersion('autocannon')}) or ${CONNECTIONS} ` +
        'virtual users (the unit runner, for pages of several requests and for the floor of a ' +
        'plan that fetches from several subgraphs; then every target of that scenario runs on it, ' +
        'since autocannon drops the requests in flight at the end and the unit runner waits for ' +
        'them), from a second process; ' +
        `${pinning.description}. A unit is one page load: one request, or for the case page ` +
        'the four requests it sends; latencies are per unit. Answers carrying GraphQL `errors` ' +
        'count as errors; each target was checked to answer without errors before measuring, and ' +
        'warmed up. Hive Gateway is `@graphql-hive/gateway-runtime` ' +
        `${packageVersion('@graphql-hive/gateway-runtime')} (createGatewayRuntime over the ` +
        "committed supergraph with this run's subgraph URLs, forwarding `authorization`), with " +
        `\`@graphql-hive/router-runtime\` ${packageVersion('@graphql-hive/router-runtime')} for ` +
        'the Rust query planner. The floor replays the subgraph fetches of the query plan ' +
        '@apollo/gateway makes for each request (recorded once per scenario with the same ' +
        'token), straight to the subgraphs, in the order and with the parallelism of the plan.',
      '',
      ...measured.map((scenario) => `- **${scenario.title}**: ${scenario.description}`),
    ].join('\n'),
    tables,
    notes,
    data: {
      pinning: pinning.description,
      connections: CONNECTIONS,
      seed: {
        scale: prepared.manifest.scale,
        seconds: prepared.manifest.seconds,
        stageCounts: prepared.manifest.stageCounts,
      },
      figures,
    },
  };
}

/** Scenarios 1–4 through our gateway, direct, Hive Gateway and Hive with the Rust planner. */
export const scenariosSection: BenchSection = {
  name: 'scenarios',
  async run(options) {
    const pinning = cpuPinning();
    const results: SectionResult[] = [];
    for (const database of options.databases) {
      results.push(await measureOn(database, options, pinning));
    }
    return results;
  },
};
