import type { Cell, SeedDatabase } from './seed-database';
import { RowCopier, type CompiledRow } from './row-copier';
import type { TemplateData, TemplateTable } from './template-data';

/** How many copies of each stage's template per 100 cases (a platform in steady use). */
const STAGE_WEIGHTS: Record<string, number> = {
  DRAFT: 6,
  SUBMITTED: 5,
  CONSENTED: 4,
  PANEL_REQUESTED: 4,
  AWAITING_CONFIRMATION: 7,
  AWAITING_PAYMENT: 7,
  ACTIVE: 16,
  INFO_REQUESTED: 9,
  OPINIONS_READY: 8,
  REPORT_DELIVERED: 24,
  CLOSED: 4,
  CANCELLED: 6,
};

/** Tables copied first, in this order, so PostgreSQL's foreign keys find their rows. */
const TABLE_ORDER = [
  'patient',
  'medical_case',
  'quote',
  'payment_order',
  'payment',
  'invoice',
  'refund',
  'panel',
  'panel_member',
  'appointment',
  'appointment_slot',
];

/** Rows per insert call. */
const FLUSH_ROWS = 20_000;

/** What to copy: how many cases and patients, and who stays on the copies' panels. */
export interface ClonePlan {
  /** the template cases to copy (indexes into TemplateData.cases) */
  templates: number[];
  /** copies of cases, and of patients (each copied patient has one or more copied cases) */
  cases: number;
  patients: number;
  /** target number of document rows the copies add */
  documents: number;
  /** ids of the bench specialists the copies' panels are given (the demo roster's are kept) */
  benchSpecialists: string[];
  /** a specialist (a template id) kept on the first `count` copies of the given templates */
  keepSpecialist: { id: string; templates: Set<number>; count: number };
}

/** What the copy added. */
export interface CloneOutcome {
  /** copies per template */
  perTemplate: Map<number, number>;
  /** the case ids of the copies that kept keepSpecialist */
  keptCaseIds: string[];
  rows: number;
}

/** The template each copied patient follows, spread by STAGE_WEIGHTS. */
function templateWheel(data: TemplateData, templates: number[]): number[] {
  const wheel: number[] = [];
  for (const t of templates) {
    const weight = STAGE_WEIGHTS[data.cases[t]!.stage] ?? 1;
    const copies = Math.max(
      1,
      Math.round(
        weight / templates.filter((u) => data.cases[u]!.stage === data.cases[t]!.stage).length,
      ),
    );
    for (let i = 0; i < copies; i += 1) wheel.push(t);
  }
  // interleave so that consecutive patients follow different stages
  return wheel.sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13) || a - b);
}

/**
 * Copies the template cases into the same databases with fresh ids, consistently across every
 * service: copy n of a case gets ids made from the template's ids and n, and its patient's rows
 * ids made from the patient copy's number; unique values (emails, phones, payment provider ids,
 * invoice numbers) get a suffix or a new sequence. Panels move to the bench specialists, except
 * the kept specialist's first copies. Documents are repeated per case to reach the target count.
 * @param data - the template rows (readTemplate)
 * @param plan - how much to copy
 * @param log - progress lines
 * @returns what was added
 */
export async function cloneCases(
  data: TemplateData,
  plan: ClonePlan,
  log: (line: string) => void,
): Promise<CloneOutcome> {
  const copier = new RowCopier(data, plan.benchSpecialists);
  const wheel = templateWheel(data, plan.templates);
  const patientOfCase = (n: number): number => Math.floor((n * plan.patients) / plan.cases);
  const templateOfPatient = (m: number): number => wheel[m % wheel.length]!;
  const caseTemplate: number[] = [];
  for (let n = 0; n < plan.cases; n += 1) caseTemplate.push(templateOfPatient(patientOfCase(n)));
  const perTemplate = new Map<number, number>();
  for (const t of caseTemplate) perTemplate.set(t, (perTemplate.get(t) ?? 0) + 1);

  // the copies that keep the kept specialist
  const keep = new Set<number>();
  for (let n = 0; n < plan.cases && keep.size < plan.keepSpecialist.count; n += 1) {
    if (plan.keepSpecialist.templates.has(caseTemplate[n]!)) keep.add(n);
  }
  const keptCaseIds = [...keep].map((n) => copier.idOf(data.cases[caseTemplate[n]!]!.caseId, 0, n));

  // documents: how many replicas of each template document row a copy gets
  const documentTable = data.tables.find((table) => table.name === 'document');
  const docsPerTemplate = new Map<number, number>();
  for (const row of documentTable?.rows ?? []) {
    if (row.level === 'C')
      docsPerTemplate.set(row.template, (docsPerTemplate.get(row.template) ?? 0) + 1);
  }
  let baseDocs = 0;
  for (const t of caseTemplate) baseDocs += docsPerTemplate.get(t) ?? 0;
  const docRatio = baseDocs > 0 ? Math.max(1, plan.documents / baseDocs) : 1;

  const invoiceState = new Map<string, number>();
  let rows = 0;

  const byDb = new Map<SeedDatabase, TemplateTable[]>();
  for (const table of data.tables) {
    if (table.rows.length === 0) continue;
    byDb.set(table.db, [...(byDb.get(table.db) ?? []), table]);
  }
  for (const [db, tables] of byDb) {
    tables.sort((a, b) => orderOf(a.name) - orderOf(b.name) || a.name.localeCompare(b.name));
    if (db.service === 'billing') {
      const last = await db.select('SELECT financial_year, last_sequence FROM invoice_sequence');
      for (const [year, sequence] of last) invoiceState.set(String(year), Number(sequence));
    }
    await db.begin();
    for (const table of tables) {
      const started = Date.now();
      const { columns, jsonColumns } = table.data;
      const col = (name: string): number => columns.indexOf(name);
      const isInvoice = table.name === 'invoice';
      const isDocument = table.name === 'document';
      const numberCol = col('number');
      const sequenceCol = col('sequence');
      const yearCol = col('financial_year');
      const byTemplate = new Map<number, { C: CompiledRow[]; P: CompiledRow[] }>();
      for (const row of table.rows) {
        const entry = byTemplate.get(row.template) ?? { C: [], P: [] };
        entry[row.level].push(copier.compile(row, columns, db.service));
        byTemplate.set(row.template, entry);
      }
      let buffer: Cell[][] = [];
      let added = 0;
      const flush = async (): Promise<void> => {
        if (buffer.length === 0) return;
        await db.insert(table.name, columns, jsonColumns, buffer);
        added += buffer.length;
        buffer = [];
      };

      const copy = (row: CompiledRow, n: number, m: number, replica: number): Cell[] => {
        const out = copier.copy(row, { n, m, replica, keepSpecialist: keep.has(n) });
        if (isInvoice) {
          const year = String(out[yearCol]);
          const next = (invoiceState.get(year) ?? 0) + 1;
          invoiceState.set(year, next);
          out[sequenceCol] = next;
          out[numberCol] = String(out[numberCol]).replace(/\d+$/, (digits) =>
            String(next).padStart(digits.length, '0'),
          );
        }
        return out;
      };

      let docsMade = 0;
      let docsBase = 0;
      for (let n = 0; n < plan.cases; n += 1) {
        const t = caseTemplate[n]!;
        const m = patientOfCase(n);
        for (const row of byTemplate.get(t)?.C ?? []) {
          if (isDocument) {
            docsBase += 1;
            const want = Math.round(docsBase * docRatio);
            for (let replica = 0; docsMade < want && replica < 14; replica += 1) {
              buffer.push(copy(row, n, m, replica));
              docsMade += 1;
            }
          } else buffer.push(copy(row, n, m, 0));
        }
        if (buffer.length >= FLUSH_ROWS) await flush();
      }
      for (let m = 0; m < plan.patients; m += 1) {
        const t = templateOfPatient(m);
        for (const row of byTemplate.get(t)?.P ?? []) buffer.push(copy(row, m, m, 0));
        if (buffer.length >= FLUSH_ROWS) await flush();
      }
      await flush();
      rows += added;
      log(
        `  ${db.service}.${table.name}: ${added} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
    if (db.service === 'billing') {
      for (const [year, sequence] of invoiceState) {
        await db.run('UPDATE invoice_sequence SET last_sequence = ? WHERE financial_year = ?', [
          sequence,
          year,
        ]);
      }
    }
    await db.commit();
  }
  return { perTemplate, keptCaseIds, rows };
}

function orderOf(table: string): number {
  const index = TABLE_ORDER.indexOf(table);
  return index < 0 ? TABLE_ORDER.length : index;
}
