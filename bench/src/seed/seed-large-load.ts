import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@consilium/gateway/dist/identity/demo/demo-accounts';
import { CASE_STAGES } from '@consilium/gateway/dist/demo/demo-cases';
import { addBenchSpecialists } from './bench-specialists';
import { BENCH_PATIENT_LOGIN } from './bench-case';
import { cloneCases } from './clone-cases';
import { openSeedDatabase, SERVICES, type SeedDatabase } from './seed-database';
import type { SeedManifest, SeedScale, SeedTarget } from './seed-scale';
import { readTemplate } from './template-data';
import { prepareTemplate } from './template-cache';

/** The manifest's file in a seeded SQLite data folder. */
export const MANIFEST_FILE = 'bench-manifest.json';

/** How many paid, active cases the scenario specialist is on. */
const SPECIALIST_ACTIVE_CASES = 30;

const SPECIALIST_LOGIN = 'sunanda.iyer@consilium.example';

function sameScale(a: SeedScale, b: SeedScale): boolean {
  return (
    a.specialists === b.specialists &&
    a.patients === b.patients &&
    a.cases === b.cases &&
    a.documents === b.documents
  );
}

function byService(databases: SeedDatabase[], service: string): SeedDatabase {
  return databases.find((db) => db.service === service)!;
}

const truthy = (cell: unknown): boolean => cell === 1 || cell === 't' || cell === 'true';

/**
 * Seeds the platform's databases with a large, consistent load: the real platform first seeds
 * its demo data through its own API (a case at every stage, and the bench patient's case), then
 * every service's rows of those cases are copied in bulk with fresh ids until the scale's counts
 * are reached, and bench specialists fill the directory. A SQLite folder that already holds a
 * manifest of the same scale is reused as it is.
 * @param target - an SQLite data folder or a PostgreSQL base URL (emptied first)
 * @param scale - how much to seed
 * @param log - progress lines
 * @returns the manifest (also written to the SQLite data folder)
 * @throws when the platform cannot seed its demo data
 */
export async function seedLargeLoad(
  target: SeedTarget,
  scale: SeedScale,
  log: (line: string) => void = () => undefined,
): Promise<SeedManifest> {
  if (target.database === 'sqlite') {
    const file = path.join(target.dataDir, MANIFEST_FILE);
    if (fs.existsSync(file)) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedManifest;
      if (sameScale(manifest.scale, scale)) {
        log(`reusing the seeded folder ${target.dataDir}`);
        return manifest;
      }
    }
  }
  const started = Date.now();
  await prepareTemplate(target, log);
  log(`template ready in ${((Date.now() - started) / 1000).toFixed(1)} s; copying`);
  const databases = await Promise.all(
    SERVICES.map((service) => openSeedDatabase(target, service, true)),
  );
  try {
    const data = await readTemplate(databases);
    const benchIndex = data.cases.findIndex((c) => c.email === BENCH_PATIENT_LOGIN);
    if (benchIndex < 0) throw new Error('the bench patient’s case is missing');
    const bench = data.cases[benchIndex]!;
    const templates = data.cases.map((_, index) => index).filter((index) => index !== benchIndex);
    const specialistId = DEMO_IDS.specialists[0]!;
    const matching = byService(databases, 'specialist-matching');
    const intake = byService(databases, 'patient-intake');

    const listedNow = data.specialistRows.rows.filter((row) =>
      truthy(row[data.specialistRows.columns.indexOf('listed')]),
    ).length;
    const added = await addBenchSpecialists(
      matching,
      data.specialistRows,
      Math.max(0, scale.specialists - listedNow),
    );
    log(`specialists: ${added.ids.length} added`);

    const activeTemplates = new Set(
      templates.filter(
        (t) =>
          data.cases[t]!.stage === 'ACTIVE' &&
          data.caseIds[t]!.size > 0 &&
          onPanel(data, t, specialistId),
      ),
    );
    const activeAlready = data.cases.filter(
      (c, t) => c.stage === 'ACTIVE' && onPanel(data, t, specialistId),
    ).length;
    const templatePatients = new Set(data.cases.map((c) => c.patientId)).size;
    const documentsNow = Number(
      (await byService(databases, 'records').select('SELECT count(*) FROM document'))[0]![0],
    );
    const copies = Math.max(0, scale.cases - data.cases.length);
    await cloneCases(
      data,
      {
        templates,
        cases: copies,
        patients: Math.max(1, Math.min(copies, scale.patients - templatePatients)),
        documents: Math.max(0, scale.documents - documentsNow),
        benchSpecialists: added.ids,
        keepSpecialist: {
          id: specialistId,
          templates: activeTemplates,
          count: Math.max(0, SPECIALIST_ACTIVE_CASES - activeAlready),
        },
      },
      log,
    );

    for (const db of databases) await db.settle();
    const stageCounts: Record<string, number> = Object.fromEntries(CASE_STAGES.map((s) => [s, 0]));
    for (const [stage, count] of await intake.select(
      'SELECT stage, count(*) FROM medical_case GROUP BY stage',
    )) {
      stageCounts[String(stage)] = Number(count);
    }
    const activeCases = new Set(
      (await intake.select("SELECT id FROM medical_case WHERE stage = 'ACTIVE'")).map((r) =>
        String(r[0]),
      ),
    );
    const onPanels = await matching.select(
      `SELECT p.case_id FROM panel_member m JOIN panel p ON p.id = m.panel_id WHERE m.specialist_id = '${specialistId}' AND m.status = 'CONFIRMED'`,
    );
    const activeCaseIds = onPanels.map((r) => String(r[0])).filter((id) => activeCases.has(id));
    const manifest: SeedManifest = {
      scale,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      password: DEMO_PASSWORD,
      patient: { login: BENCH_PATIENT_LOGIN, patientId: bench.patientId, caseId: bench.caseId },
      specialist: { login: SPECIALIST_LOGIN, specialistId, activeCaseIds },
      operations: {
        login: DEMO_ACCOUNTS.find((account) => account.roles.includes('OPERATIONS'))!.email,
      },
      directory: {
        specialty: added.filter.specialty,
        language: added.filter.language,
        city: added.filter.city,
      },
      stageCounts,
    };
    if (target.database === 'sqlite') {
      fs.writeFileSync(
        path.join(target.dataDir, MANIFEST_FILE),
        `${JSON.stringify(manifest, null, 2)}\n`,
      );
    }
    log(`seeded in ${manifest.seconds} s`);
    return manifest;
  } finally {
    await Promise.all(databases.map((db) => db.close()));
  }
}

/** Whether a template case's panel rows name the specialist. */
function onPanel(
  data: Awaited<ReturnType<typeof readTemplate>>,
  template: number,
  specialistId: string,
): boolean {
  const table = data.tables.find((t) => t.name === 'panel_member');
  return (table?.rows ?? []).some(
    (row) => row.template === template && row.cells.includes(specialistId),
  );
}
