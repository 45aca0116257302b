import type { Cell, SeedDatabase, TableRows } from './seed-database';

/** Tables never copied: event plumbing, logs, secrets and one-off links. */
const IGNORED = new Set([
  'mikro_orm_migrations',
  'mikro_orm_migrations_lock',
  'sqlite_sequence',
  'outbox_event',
  'inbox_event',
  'received_dead_letter',
  'audit_entry',
  'notification',
  'refresh_token',
  'one_time_code',
  'access_revocation',
  'webhook_receipt',
  'sealed_record',
  'erased_share_link',
  'erasure_file_removal',
  'share_link',
  'share_link_use',
  'proxy_authorization',
  'case_referral',
  'document_search_term',
  'invoice_sequence',
  'replica_lock',
]);

/** Reference data every case points at and that is never copied (kept ids). */
const REFERENCE = new Set([
  'specialist',
  'price_list',
  'price_list_entry',
  'legal_document',
  'report_requirement',
  'partner_client',
  'published_legal_document',
  'signing_key',
]);

export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A template row belongs to one template case (C) or only to its patient (P). */
export type Level = 'C' | 'P';

/** One row of a template case or patient, in one table. */
export interface TemplateRow {
  template: number;
  level: Level;
  cells: Cell[];
}

/** A table of one service with the template rows to copy. */
export interface TemplateTable {
  db: SeedDatabase;
  name: string;
  data: TableRows;
  rows: TemplateRow[];
}

/** A template case (one patient, one case) as patient-intake holds it. */
export interface TemplateCase {
  caseId: string;
  patientId: string;
  stage: string;
  email: string | null;
}

/** Everything the cloner needs from the template databases. */
export interface TemplateData {
  cases: TemplateCase[];
  tables: TemplateTable[];
  /** ids every copy keeps (reference data, staff accounts, partners) */
  kept: Set<string>;
  /** per template: the ids of its case rows and of its patient rows */
  caseIds: Map<string, number>[];
  patientIds: Map<string, number>[];
  /** specialist id → index in the template's specialist table */
  specialists: Map<string, number>;
  specialistRows: TableRows;
}

function uuidsOf(cells: Cell[], into: string[]): void {
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const found = cell.match(UUID);
    if (found) into.push(...found);
  }
}

/**
 * Reads the template databases and sorts their rows: each row of a copied table belongs to the
 * template case it mentions (directly or through another row's id, e.g. a payment through its
 * order), else to the template patient it mentions; every other row's ids are kept by copies.
 * @param databases - the five services' databases after the template run
 * @returns the rows and id sets
 */
export async function readTemplate(databases: SeedDatabase[]): Promise<TemplateData> {
  const intake = databases.find((db) => db.service === 'patient-intake')!;
  const caseRows = await intake.select(
    'SELECT c.id, c.patient_id, c.stage, p.email FROM medical_case c JOIN patient p ON p.id = c.patient_id ORDER BY c.created_at',
  );
  const cases: TemplateCase[] = caseRows.map(([caseId, patientId, stage, email]) => ({
    caseId: String(caseId),
    patientId: String(patientId),
    stage: String(stage),
    email: email === null ? null : String(email),
  }));
  const caseIds = cases.map((c, index) => new Map([[c.caseId, index]]));
  const patientIds = cases.map((c, index) => new Map([[c.patientId, index]]));
  const tables: TemplateTable[] = [];
  const reference: Cell[][] = [];
  let specialistRows: TableRows | undefined;
  for (const db of databases) {
    for (const name of await db.tables()) {
      if (IGNORED.has(name) || name.startsWith('mikro_orm')) continue;
      const data = await db.read(name);
      if (name === 'specialist') specialistRows = data;
      if (REFERENCE.has(name)) reference.push(...data.rows);
      else tables.push({ db, name, data, rows: [] });
    }
  }
  // every row's uuids, once
  const rowIds = new Map<Cell[], string[]>();
  for (const table of tables) {
    for (const cells of table.data.rows) {
      const ids: string[] = [];
      uuidsOf(cells, ids);
      rowIds.set(cells, ids);
    }
  }
  const owner = new Map<Cell[], { template: number; level: Level }>();
  for (let changed = true; changed;) {
    changed = false;
    for (const table of tables) {
      const idColumn = table.data.columns.indexOf('id');
      for (const cells of table.data.rows) {
        const ids = rowIds.get(cells)!;
        let found: { template: number; level: Level } | undefined;
        for (let t = 0; t < cases.length && !found; t += 1) {
          if (ids.some((id) => caseIds[t]!.has(id))) found = { template: t, level: 'C' };
        }
        for (let t = 0; t < cases.length && !found; t += 1) {
          if (ids.some((id) => patientIds[t]!.has(id))) found = { template: t, level: 'P' };
        }
        if (!found) continue;
        const before = owner.get(cells);
        if (before && before.level === found.level && before.template === found.template) continue;
        if (before?.level === 'C' && found.level === 'P') continue;
        owner.set(cells, found);
        changed = true;
        const own = idColumn >= 0 ? cells[idColumn] : null;
        if (typeof own === 'string') {
          (found.level === 'C' ? caseIds : patientIds)[found.template]!.set(own, found.template);
        }
      }
    }
  }
  const kept = new Set<string>();
  const collect: string[] = [];
  for (const cells of reference) uuidsOf(cells, collect);
  for (const table of tables) {
    for (const cells of table.data.rows) {
      const who = owner.get(cells);
      if (who) table.rows.push({ ...who, cells });
      else collect.push(...rowIds.get(cells)!);
    }
  }
  const owned = (id: string): boolean =>
    caseIds.some((ids) => ids.has(id)) || patientIds.some((ids) => ids.has(id));
  for (const id of collect) if (!owned(id)) kept.add(id);
  if (!specialistRows) throw new Error('specialist-matching has no specialist table');
  const idIndex = specialistRows.columns.indexOf('id');
  const specialists = new Map(
    specialistRows.rows.map((cells, index) => [String(cells[idIndex]), index]),
  );
  return { cases, tables, kept, caseIds, patientIds, specialists, specialistRows };
}
