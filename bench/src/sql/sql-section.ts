import { SCENARIOS, type ScenarioRole, type ScenarioSubjects } from '@consilium/gateway';
import type { BenchOptions, BenchSection, SectionResult, Table } from '../report/result.types';
import { seededLoad, type SeedManifest } from '../seed';
import { latencyRuns, screenOf, statementsOf, withBatching } from './batching';
import { formatSpread, percentile, spreadOf, timeSerially } from './figures';
import { startInProcessPlatform } from './in-process-platform';
import { scenarioFourServices, throughOrm, throughRawDriver } from './orm-vs-raw';

/** The admin list's page size measured (issue 11: a page of 100). */
const ADMIN_PAGE = 100;
/** The directory's first page (issue 11: 20). */
const DIRECTORY_PAGE = 20;
/** Scenario 4 pages read per run and path in a full run (enough for a p95 of 60 samples). */
const PAGES_PER_RUN = 60;
/** Screens timed per run and batching mode in a full run. */
const SCREENS_PER_RUN = 20;
/** The stage with the most cases: the fullest admin page. */
function fullestStage(manifest: SeedManifest): string {
  return Object.entries(manifest.stageCounts).sort(([, a], [, b]) => b - a)[0]![0];
}

/** What one database's run found. */
interface DatabaseFigures {
  database: string;
  ormVsRaw: { orm: { p50: number[]; p95: number[] }; raw: { p50: number[]; p95: number[] } };
  scenarios: {
    key: string;
    title: string;
    batched: {
      statements: number;
      byService: Record<string, number>;
      p50: number[];
      p95: number[];
    };
    unbatched: {
      statements: number;
      byService: Record<string, number>;
      p50: number[];
      p95: number[];
    };
  }[];
}

async function measureOn(
  database: 'sqlite' | 'postgres',
  options: BenchOptions,
): Promise<DatabaseFigures> {
  const { target, manifest } = await seededLoad(database, options);
  const measuring = Date.now();
  const platform = await startInProcessPlatform(target);
  try {
    const stage = fullestStage(manifest);
    const subjects: ScenarioSubjects = {
      caseId: manifest.patient.caseId,
      specialistId: manifest.specialist.specialistId,
      directory: manifest.directory,
      stage,
      pageSize: DIRECTORY_PAGE,
    };
    const logins: Record<ScenarioRole, string> = {
      patient: manifest.patient.login,
      specialist: manifest.specialist.login,
      operations: manifest.operations.login,
    };
    const perRun = options.quick ? 2 : SCREENS_PER_RUN;
    // (a) scenario 4's data access: MikroORM vs the raw driver, alternating per run
    const services = scenarioFourServices(platform.services);
    const orm = throughOrm(services, stage, ADMIN_PAGE);
    const raw = throughRawDriver(services, stage, ADMIN_PAGE);
    const ormVsRaw = {
      orm: { p50: [] as number[], p95: [] as number[] },
      raw: { p50: [] as number[], p95: [] as number[] },
    };
    const iterations = options.quick ? 10 : PAGES_PER_RUN;
    await timeSerially(5, orm);
    await timeSerially(5, raw);
    for (let run = 0; run < options.runs; run += 1) {
      for (const [name, reader] of [
        ['orm', orm],
        ['raw', raw],
      ] as const) {
        const durations = await timeSerially(iterations, reader);
        ormVsRaw[name].p50.push(percentile(durations, 0.5));
        ormVsRaw[name].p95.push(percentile(durations, 0.95));
      }
    }
    // (b) the four screens through the gateway, loaders batched and not
    const running = Object.values(platform.services);
    const scenarios: DatabaseFigures['scenarios'] = [];
    for (const scenario of SCENARIOS) {
      const authorization = await platform.signIn(logins[scenario.role], manifest.password);
      const screen = screenOf(
        platform.gatewayUrl,
        scenario,
        {
          ...subjects,
          pageSize: scenario.key === 'cases-by-stage' ? ADMIN_PAGE : DIRECTORY_PAGE,
        },
        authorization,
      );
      const measure = (batching: boolean) =>
        withBatching(batching, async () => {
          const counted = await statementsOf(screen, running);
          const latency = await latencyRuns(screen, options.runs, perRun);
          return { statements: counted.total, byService: counted.byService, ...latency };
        });
      scenarios.push({
        key: scenario.key,
        title: scenario.title,
        batched: await measure(true),
        unbatched: await measure(false),
      });
    }
    console.log(
      `   sql/${database}: measured in ${((Date.now() - measuring) / 1000).toFixed(0)} s`,
    );
    return { database, ormVsRaw, scenarios };
  } finally {
    await platform.stop();
  }
}

function resultOf(figures: DatabaseFigures, options: BenchOptions): SectionResult {
  const { ormVsRaw } = figures;
  const ormP95 = spreadOf(ormVsRaw.orm.p95);
  const rawP95 = spreadOf(ormVsRaw.raw.p95);
  const ratio = ormP95.median / rawP95.median;
  const ormTable: Table = {
    caption: `Scenario 4 (a page of ${ADMIN_PAGE} cases with patient, panel and fee): MikroORM vs raw driver, ms per page`,
    columns: ['path', 'p50', 'p95'],
    rows: [
      [
        'MikroORM (entity managers, hydration)',
        formatSpread(spreadOf(ormVsRaw.orm.p50)),
        formatSpread(ormP95),
      ],
      [
        'raw driver (same SQL, plain rows)',
        formatSpread(spreadOf(ormVsRaw.raw.p50)),
        formatSpread(rawP95),
      ],
      [
        'MikroORM ÷ raw (medians)',
        (spreadOf(ormVsRaw.orm.p50).median / spreadOf(ormVsRaw.raw.p50).median).toFixed(2),
        ratio.toFixed(2),
      ],
    ],
  };
  const batchingTable: Table = {
    caption:
      'Screens through the gateway, serial: SQL statements per screen and latency (ms), loaders batched vs not',
    columns: [
      'scenario',
      'statements (batched)',
      'statements (unbatched)',
      'p50 batched',
      'p95 batched',
      'p50 unbatched',
      'p95 unbatched',
    ],
    rows: figures.scenarios.map((scenario) => [
      scenario.title,
      scenario.batched.statements,
      scenario.unbatched.statements,
      formatSpread(spreadOf(scenario.batched.p50)),
      formatSpread(spreadOf(scenario.batched.p95)),
      formatSpread(spreadOf(scenario.unbatched.p50)),
      formatSpread(spreadOf(scenario.unbatched.p95)),
    ]),
  };
  return {
    id: `sql.${figures.database}`,
    title: `SQL: statements per request, MikroORM vs raw driver, batching (${figures.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
    intro:
      'The platform in one process over the synthetic load. (a) The statements scenario 4’s resolvers run ' +
      '(the page of cases at the fullest stage in keyset order, then their patients, panels, panel members and quotes, one `IN` query each) ' +
      'through MikroORM (a fresh EntityManager fork per page, entities hydrated; the cases with only the row’s columns, as the `cases` resolver reads a list page) and the same SQL through knex.raw on MikroORM’s own ' +
      `connection (plain rows), alternating, ${options.quick ? 10 : PAGES_PER_RUN} pages per run. (b) Each screen’s requests as its app sends them, ` +
      'through the gateway one screen at a time; statements are those each subgraph ran inside the screen’s GraphQL requests ' +
      '(the kit’s StatementCounter), unbatched means `DATALOADER_BATCHING=off`. Figures: median (min–max) of the runs’ p50/p95.',
    tables: [ormTable, batchingTable],
    notes: [
      `MikroORM ÷ raw driver p95 on scenario 4: ${ratio.toFixed(2)} (target ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'missed'}).`,
      ...figures.scenarios
        .filter((scenario) => scenario.unbatched.statements > scenario.batched.statements)
        .map(
          (scenario) =>
            `${scenario.title}: batching saves ${scenario.unbatched.statements - scenario.batched.statements} statements per screen.`,
        ),
    ],
    data: figures as unknown as Record<string, unknown>,
  };
}

/** `--only=sql`: statements per request, MikroORM vs raw driver, batching on vs off (issue 11). */
export const sqlSection: BenchSection = {
  name: 'sql',
  async run(options) {
    const results: SectionResult[] = [];
    for (const database of options.databases) {
      results.push(resultOf(await measureOn(database, options), options));
    }
    return results;
  },
};
