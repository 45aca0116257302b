import type { Cell } from './seed-database';
import { UUID, type TemplateData, type TemplateRow } from './template-data';

/** Payment provider ids (orders, payments, refunds), unique per copy. */
const PROVIDER_ID = /\b(order|pay|rfnd)_[A-Za-z0-9]{14}\b/g;

/**
 * File digests in records: a patient's stored files are unique by digest, so a case copy's
 * files (and the documents and uploads naming them) get digests of their own.
 */
const SHA256 = /\b[0-9a-f]{64}\b/g;

/** What is done to a cell after its ids are replaced. */
const PROVIDER = 1;
const DIGEST = 2;
const EMAIL = 4;
const PHONE = 8;

/** An id inside a template cell and how a copy replaces it. */
type Slot =
  | { kind: 'specialist'; id: string; index: number }
  | { kind: 'case' | 'patient' | 'own'; prefix: string; index: string };

/** A template cell split around its ids. */
interface CompiledCell {
  parts: string[];
  slots: Slot[];
  post: number;
}

/** A template row ready to copy: cells kept as they are, or compiled. */
export interface CompiledRow {
  source: TemplateRow;
  cells: (Cell | CompiledCell)[];
  /** the row's own id and its column (for document replicas) */
  ownId: Extract<Slot, { prefix: string }> | null;
  idColumn: number;
}

/** Which copy a row is made for. */
export interface CopyKey {
  /** case copy number */
  n: number;
  /** patient copy number */
  m: number;
  /** whether the kept specialist stays on this copy's panel */
  keepSpecialist: boolean;
  /** 0 for the row itself, 1… for a document's replicas */
  replica: number;
}

const isCompiled = (cell: Cell | CompiledCell): cell is CompiledCell =>
  cell !== null && typeof cell === 'object';

/**
 * Copies template rows with fresh ids. A new id is the template id's time part, then the kind
 * (0 case copy, 1 patient copy, 2… document replica), the copy's number and the template id's
 * index (both in hex), then a fixed tail no other id has: unique without a lookup, and the same
 * in every service's database for the same template id and copy.
 */
export class RowCopier {
  private readonly index = new Map<string, string>();

  constructor(
    private readonly data: TemplateData,
    private readonly benchSpecialists: string[],
  ) {}

  /** A copy's id for a template id (the same function the copied rows use). */
  idOf(id: string, kind: number, key: number): string {
    return this.render(this.slotOf(id, 'own') as NonNullable<CompiledRow['ownId']>, kind, key);
  }

  private slotOf(id: string, kind: 'case' | 'patient' | 'own'): Slot {
    let index = this.index.get(id);
    if (index === undefined) {
      index = this.index.size.toString(16).padStart(5, '0');
      this.index.set(id, index);
    }
    return { kind, prefix: id.slice(0, 13), index };
  }

  private render(slot: Extract<Slot, { prefix: string }>, kind: number, key: number): string {
    const high = ((kind << 24) | key).toString(16).padStart(7, '0');
    return `${slot.prefix}-7${high.slice(0, 3)}-8${high.slice(3, 6)}-${high[6]}${slot.index}bec4c0`;
  }

  /**
   * Splits a template row's cells around the ids they hold, deciding once how each id is
   * replaced: a specialist's by a bench specialist, a case's or patient's id by the copy's,
   * reference data's id kept, any other (event ids, idempotency keys) made per copy.
   * @param row - the template row
   * @param columns - its table's columns
   * @param service - the service whose table it is
   */
  compile(row: TemplateRow, columns: string[], service: string): CompiledRow {
    const caseIds = this.data.caseIds[row.template]!;
    const patientIds = this.data.patientIds[row.template]!;
    const idColumn = columns.indexOf('id');
    const cells = row.cells.map((cell, column): Cell | CompiledCell => {
      if (typeof cell !== 'string') return cell;
      const name = columns[column]!;
      let post = 0;
      if (service === 'billing' && PROVIDER_ID.test(cell)) post |= PROVIDER;
      PROVIDER_ID.lastIndex = 0;
      if (service === 'records' && row.level === 'C' && SHA256.test(cell)) post |= DIGEST;
      SHA256.lastIndex = 0;
      if (/(^|_)email$/.test(name) && cell.includes('@')) post |= EMAIL;
      if (name === 'phone' && cell.startsWith('+')) post |= PHONE;
      const parts: string[] = [];
      const slots: Slot[] = [];
      let last = 0;
      let literal = '';
      for (const match of cell.matchAll(UUID)) {
        const id = match[0];
        const at = match.index;
        literal += cell.slice(last, at);
        last = at + id.length;
        const specialist = this.data.specialists.get(id);
        let slot: Slot | null;
        if (specialist !== undefined) slot = { kind: 'specialist', id, index: specialist };
        else if (caseIds.has(id)) slot = this.slotOf(id, 'case');
        else if (patientIds.has(id)) slot = this.slotOf(id, 'patient');
        else if (this.data.kept.has(id)) slot = null;
        else slot = this.slotOf(id, 'own');
        if (slot === null) literal += id;
        else {
          parts.push(literal);
          slots.push(slot);
          literal = '';
        }
      }
      parts.push(literal + cell.slice(last));
      if (slots.length === 0 && post === 0) return cell;
      return { parts, slots, post };
    });
    const own = idColumn >= 0 ? row.cells[idColumn] : null;
    return {
      source: row,
      cells,
      ownId: typeof own === 'string' ? (this.slotOf(own, 'own') as CompiledRow['ownId']) : null,
      idColumn,
    };
  }

  /**
   * One copy of a compiled row.
   * @param row - the compiled row
   * @param key - which copy
   * @returns the new row's cells
   */
  copy(row: CompiledRow, key: CopyKey): Cell[] {
    const level = row.source.level;
    const own = level === 'C' ? key.n : key.m;
    const ownKind = level === 'C' ? 0 : 1;
    const bench = this.benchSpecialists;
    const out = row.cells.map((cell): Cell => {
      if (!isCompiled(cell)) return cell;
      let value = cell.parts[0]!;
      for (let i = 0; i < cell.slots.length; i += 1) {
        const slot = cell.slots[i]!;
        if (slot.kind === 'specialist') {
          value +=
            bench.length === 0 || (level === 'C' && key.keepSpecialist)
              ? slot.id
              : bench[(own * 19 + slot.index) % bench.length]!;
        } else if (slot.kind === 'case') value += this.render(slot, 0, key.n);
        else if (slot.kind === 'patient') value += this.render(slot, 1, key.m);
        else value += this.render(slot, ownKind, own);
        value += cell.parts[i + 1]!;
      }
      if (cell.post & PROVIDER) {
        value = value.replace(PROVIDER_ID, (id) => `${id}b${own.toString(36)}`);
      }
      if (cell.post & DIGEST) {
        const hex = key.n.toString(16).padStart(8, '0');
        value = value.replace(SHA256, (hash) => hash.slice(0, 56) + hex);
      }
      if (cell.post & EMAIL) value = value.replace('@', `+b${ownKind}x${own}@`);
      if (cell.post & PHONE) value = `+91${6_000_000_000 + own * 2 + ownKind}`;
      return value;
    });
    if (key.replica > 0 && row.ownId) {
      out[row.idColumn] = this.render(row.ownId, 1 + key.replica, key.n);
    }
    return out;
  }
}
