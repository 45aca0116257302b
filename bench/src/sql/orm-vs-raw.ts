import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { StartedService } from '@consilium/subgraph-kit';

type Row = Record<string, unknown>;

/** One page of scenario 4's data, read one way or the other. */
export type PageReader = () => Promise<string>;

/**
 * The case columns the `cases` resolver reads for the admin list's rows (caseListColumns in
 * patient-intake: the cursor, the audit entry's patient, and the fields CaseRow shows).
 */
const CASE_ROW_COLUMNS = ['id', 'createdAt', 'stage', 'patient', 'submittedAt'] as const;

/** The statements scenario 4's resolvers run, per owning service. */
interface ScenarioFourServices {
  intake: MikroORM;
  matching: MikroORM;
  billing: MikroORM;
}

/**
 * The page as the admin list shows it (CaseRow: patient, stage, panel mode and size, fee),
 * reading only those fields, as the GraphQL resolvers do, then serialised.
 */
function pageOf(
  cases: { id: unknown; stage: unknown; submittedAt: unknown; patientId: unknown }[],
  patients: { id: unknown; fullName: unknown }[],
  panels: { id: unknown; caseId: unknown; mode: unknown }[],
  memberPanelIds: string[],
  quotes: { id: unknown; caseId: unknown; amount: unknown; currency: unknown }[],
): string {
  const patientById = new Map(patients.map((patient) => [String(patient.id), patient]));
  const panelByCase = new Map(panels.map((panel) => [String(panel.caseId), panel]));
  const quoteByCase = new Map(quotes.map((quote) => [String(quote.caseId), quote]));
  const sizes = new Map<string, number>();
  for (const panelId of memberPanelIds) sizes.set(panelId, (sizes.get(panelId) ?? 0) + 1);
  return JSON.stringify(
    cases.map((row) => {
      const panel = panelByCase.get(String(row.id));
      const quote = quoteByCase.get(String(row.id));
      return {
        id: row.id,
        stage: row.stage,
        submittedAt: row.submittedAt,
        patient: patientById.get(String(row.patientId)) ?? null,
        panel: panel
          ? { id: panel.id, mode: panel.mode, size: sizes.get(String(panel.id)) ?? 0 }
          : null,
        quote: quote ? { id: quote.id, amount: quote.amount, currency: quote.currency } : null,
      };
    }),
  );
}

function unique(values: unknown[]): string[] {
  return [...new Set(values.map(String))];
}

/**
 * Scenario 4's data access through MikroORM as its resolvers do it: a fresh EntityManager fork
 * per request (identity map, hydration into entities), the page of cases at one stage in keyset
 * order (only the row's columns, kept out of the identity map, as the `cases` resolver reads it), then their patients, panels, panel members and quotes, each by one `IN` query.
 * @param services - the running services
 * @param stage - the stage listed
 * @param size - the page size
 * @returns a reader that returns the page as JSON
 */
export function throughOrm(
  services: ScenarioFourServices,
  stage: string,
  size: number,
): PageReader {
  return async () => {
    const intake: EntityManager = services.intake.em.fork();
    const cases = await intake.find<Row>(
      'Case',
      { stage },
      {
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: size + 1,
        // the entity is named by string here, so MikroORM cannot type its field names
        fields: [...CASE_ROW_COLUMNS] as never[],
        disableIdentityMap: true,
      },
    );
    const caseIds = cases.map((row) => String(row['id']));
    const patientIds = unique(cases.map((row) => (row['patient'] as { id: string }).id));
    const patients = await intake.find<Row>('Patient', { id: { $in: patientIds } });
    const matching = services.matching.em.fork();
    const panels = await matching.find<Row>('Panel', { caseId: { $in: caseIds } });
    const members = await matching.find<Row>(
      'PanelMember',
      { panel: { $in: panels.map((row) => String(row['id'])) } },
      { orderBy: { createdAt: 'asc' } },
    );
    const quotes = await services.billing.em
      .fork()
      .find<Row>('Quote', { caseId: { $in: caseIds } });
    return pageOf(
      cases.slice(0, size).map((row) => ({
        id: row['id'],
        stage: row['stage'],
        submittedAt: row['submittedAt'],
        patientId: (row['patient'] as { id: string }).id,
      })),
      patients.map((row) => ({ id: row['id'], fullName: row['fullName'] })),
      panels.map((row) => ({ id: row['id'], caseId: row['caseId'], mode: row['mode'] })),
      members.map((row) => (row['panel'] as { id: string }).id),
      quotes.map((row) => ({
        id: row['id'],
        caseId: row['caseId'],
        amount: row['amount'],
        currency: row['currency'],
      })),
    );
  };
}

/**
 * The same SQL statements as throughOrm, run through the raw driver (knex on MikroORM's own
 * connection pool: better-sqlite3 or pg), answering plain rows.
 * @param services - the running services
 * @param stage - the stage listed
 * @param size - the page size
 * @returns a reader that returns the page as JSON
 */
export function throughRawDriver(
  services: ScenarioFourServices,
  stage: string,
  size: number,
): PageReader {
  const knexOf = (orm: MikroORM) =>
    (
      orm.em.getConnection() as unknown as {
        getKnex(): { raw(sql: string, bindings: unknown[]): Promise<unknown> };
      }
    ).getKnex();
  const intake = knexOf(services.intake);
  const matching = knexOf(services.matching);
  const billing = knexOf(services.billing);
  // pg answers a result object, better-sqlite3 the rows
  const rowsOf = (result: unknown): Row[] =>
    Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
  const list = (values: string[]) => values.map(() => '?').join(', ');
  return async () => {
    const cases = rowsOf(
      await intake.raw(
        'select "c0"."id", "c0"."created_at", "c0"."stage", "c0"."patient_id", "c0"."submitted_at" from "medical_case" as "c0" where "c0"."stage" = ? order by "c0"."created_at" desc, "c0"."id" desc limit ?',
        [stage, size + 1],
      ),
    );
    const caseIds = cases.map((row) => String(row['id']));
    const patientIds = unique(cases.map((row) => row['patient_id']));
    const patients = rowsOf(
      await intake.raw(
        `select "p0".* from "patient" as "p0" where "p0"."id" in (${list(patientIds)})`,
        patientIds,
      ),
    );
    const panels = rowsOf(
      await matching.raw(
        `select "p0".* from "panel" as "p0" where "p0"."case_id" in (${list(caseIds)})`,
        caseIds,
      ),
    );
    const panelIds = panels.map((row) => String(row['id']));
    const members = rowsOf(
      await matching.raw(
        `select "p0".* from "panel_member" as "p0" where "p0"."panel_id" in (${list(panelIds)}) order by "p0"."created_at" asc`,
        panelIds,
      ),
    );
    const quotes = rowsOf(
      await billing.raw(
        `select "q0".* from "quote" as "q0" where "q0"."case_id" in (${list(caseIds)})`,
        caseIds,
      ),
    );
    return pageOf(
      cases.slice(0, size).map((row) => ({
        id: row['id'],
        stage: row['stage'],
        submittedAt: row['submitted_at'],
        patientId: row['patient_id'],
      })),
      patients.map((row) => ({ id: row['id'], fullName: row['full_name'] })),
      panels.map((row) => ({ id: row['id'], caseId: row['case_id'], mode: row['mode'] })),
      members.map((row) => String(row['panel_id'])),
      quotes.map((row) => ({
        id: row['id'],
        caseId: row['case_id'],
        amount: row['amount'],
        currency: row['currency'],
      })),
    );
  };
}

/**
 * The three services scenario 4 reads, from a running platform.
 * @param services - by name
 * @returns their ORMs
 */
export function scenarioFourServices(
  services: Record<string, StartedService>,
): ScenarioFourServices {
  return {
    intake: services['patient-intake']!.orm,
    matching: services['specialist-matching']!.orm,
    billing: services['billing']!.orm,
  };
}
