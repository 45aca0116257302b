import type { Cell, SeedDatabase } from './seed-database';
import { UUID, type TemplateData, type TemplateRow, type TemplateTable } from './template-data';

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

/** Payment provider ids (orders, payments, refunds), unique per copy. */
const PROVIDER_ID = /\b(order|pay|rfnd)_[A-Za-z0-9]{14}\b/g;

/**
 * File digests in records: a patient's stored files are unique by digest, so a case copy's
 * files (and the documents and uploads naming them) get digests of their own.
 */
const SHA256 = /\b[0-9a-f]{64}\b/g;

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
  /** a specialist (a template id) kept on the first `keepCount` copies of templates they are on */
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

/**
 * Makes new ids from template ids without collisions: the template id's time part, then the
 * kind (case copy, patient copy, document replica), the copy's number and the template id's
 * index, then a fixed tail no generated id uses.
 */
class IdMaker {
  private readonly index = new Map<string, number>();

  make(id: string, kind: number, key: number): string {
    let index = this.index.get(id);
    if (index === undefined) {
      index = this.index.size;
      this.index.set(id, index);
    }
    // kind 4 bits | key 24 bits | index 20 bits = 12 hex digits
    const high = (kind << 24) | key; // 28 bits
    const hex = high.toString(16).padStart(7, '0') + index.toString(16).padStart(5, '0');
    return `${id.slice(0, 13)}-7${hex.slice(0, 3)}-8${hex.slice(3, 6)}-${hex.slice(6, 12)}bec4c0`;
  }
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
  const ids = new IdMaker();
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
  const keptCaseIds = [...keep].map((n) => ids.make(data.cases[caseTemplate[n]!]!.caseId, 0, n));

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

  const bench = plan.benchSpecialists;
  let invoiceSequence = 0;
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
      const idCol = col('id');
      const emailCols = columns
        .map((name, index) => (/(^|_)email$/.test(name) ? index : -1))
        .filter((index) => index >= 0);
      const phoneCol = col('phone');
      const isInvoice = table.name === 'invoice';
      const isDocument = table.name === 'document';
      const records = table.db.service === 'records';
      const numberCol = col('number');
      const sequenceCol = col('sequence');
      const yearCol = col('financial_year');
      const byTemplate = new Map<number, TemplateRow[]>();
      for (const row of table.rows) {
        byTemplate.set(row.template, [...(byTemplate.get(row.template) ?? []), row]);
      }
      let buffer: Cell[][] = [];
      let added = 0;
      const flush = async (): Promise<void> => {
        if (buffer.length === 0) return;
        await db.insert(table.name, columns, jsonColumns, buffer);
        added += buffer.length;
        buffer = [];
      };

      /** copies one template row for case copy n (or patient copy m) */
      const copy = (row: TemplateRow, n: number, m: number, replica: number): Cell[] => {
        const t = row.template;
        const caseIds = data.caseIds[t]!;
        const patientIds = data.patientIds[t]!;
        const key = row.level === 'C' ? n : m;
        const kind = row.level === 'C' ? 0 : 1;
        const keyHex = n.toString(16).padStart(8, '0');
        const mapId = (id: string): string => {
          const specialist = data.specialists.get(id);
          if (specialist !== undefined) {
            if (bench.length === 0 || (row.level === 'C' && keep.has(n))) return id;
            return bench[(key * 19 + specialist) % bench.length]!;
          }
          if (caseIds.has(id)) return ids.make(id, 0, n);
          if (patientIds.has(id)) return ids.make(id, 1, m);
          if (data.kept.has(id)) return id;
          return ids.make(id, kind, key);
        };
        const out = row.cells.map((cell) => {
          if (typeof cell !== 'string') return cell;
          let value = cell.includes('-') ? cell.replace(UUID, mapId) : cell;
          if (records && row.level === 'C' && value.length >= 64) {
            value = value.replace(SHA256, (hash) => hash.slice(0, 56) + keyHex);
          }
          if (table.db.service === 'billing' && value.includes('_')) {
            value = value.replace(PROVIDER_ID, (id) => `${id}b${key.toString(36)}`);
          }
          return value;
        });
        if (replica > 0 && idCol >= 0) {
          out[idCol] = ids.make(String(row.cells[idCol]), 1 + replica, n);
        }
        for (const index of emailCols) {
          const value = out[index];
          if (typeof value === 'string' && value.includes('@')) {
            out[index] = value.replace('@', `+b${kind}x${key}@`);
          }
        }
        if (
          phoneCol >= 0 &&
          typeof out[phoneCol] === 'string' &&
          String(out[phoneCol]).startsWith('+')
        ) {
          out[phoneCol] = `+91${6_000_000_000 + key * 2 + kind}`;
        }
        if (isInvoice) {
          const year = String(out[yearCol]);
          const next = (invoiceState.get(year) ?? 0) + 1;
          invoiceState.set(year, next);
          invoiceSequence += 1;
          out[sequenceCol] = next;
          out[numberCol] = String(out[numberCol]).replace(/\d+$/, (digits) =>
            String(next).padStart(digits.length, '0'),
          );
        }
        return out;
      };

      const caseRows = (t: number): TemplateRow[] =>
        (byTemplate.get(t) ?? []).filter((row) => row.level === 'C');
      let docsMade = 0;
      let docsBase = 0;
      for (let n = 0; n < plan.cases; n += 1) {
        const t = caseTemplate[n]!;
        const m = patientOfCase(n);
        for (const row of caseRows(t)) {
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
        for (const row of byTemplate.get(t) ?? []) {
          if (row.level === 'P') buffer.push(copy(row, m, m, 0));
        }
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
  void invoiceSequence;
  return { perTemplate, keptCaseIds, rows };
}

function orderOf(table: string): number {
  const index = TABLE_ORDER.indexOf(table);
  return index < 0 ? TABLE_ORDER.length : index;
}
