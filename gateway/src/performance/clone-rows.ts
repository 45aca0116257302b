import type { MikroORM } from '@mikro-orm/core';
import { newId } from '@consilium/subgraph-kit';

type Row = Record<string, unknown>;

/** A value as a bound parameter: JSON columns (objects, arrays) as their text. */
function parameter(value: unknown): unknown {
  if (value === null || value instanceof Date || Buffer.isBuffer(value)) return value;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

/**
 * Reads the rows of a table that match one column's value.
 * @param orm - the owning service's ORM
 * @param table - the table name
 * @param column - the column to match
 * @param value - its value
 * @returns the rows as stored
 */
export async function rowsOf(
  orm: MikroORM,
  table: string,
  column: string,
  value: string,
): Promise<Row[]> {
  return orm.em
    .getConnection()
    .execute<Row[]>(`select * from "${table}" where "${column}" = ?`, [value]);
}

/**
 * Inserts rows as they are (copies of read rows with some columns changed), 50 per statement.
 * @param orm - the owning service's ORM
 * @param table - the table name
 * @param rows - the rows, every one with the same columns
 */
export async function insertRows(orm: MikroORM, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const connection = orm.em.getConnection();
  for (let start = 0; start < rows.length; start += 50) {
    const chunk = rows.slice(start, start + 50);
    await connection.execute(
      `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values ${chunk.map(() => tuple).join(', ')}`,
      chunk.flatMap((row) => columns.map((column) => parameter(row[column]))),
    );
  }
}

/**
 * Copies a table's rows that match one column's value once per change set, giving each copy a
 * new `id` when the table has one.
 * @param orm - the owning service's ORM
 * @param table - the table name
 * @param column - the column to match
 * @param value - its value
 * @param changes - per copy: the columns to set (a function of the original row)
 * @returns the copies, as inserted
 */
export async function cloneRows(
  orm: MikroORM,
  table: string,
  column: string,
  value: string,
  changes: ((row: Row) => Row)[],
): Promise<Row[]> {
  const originals = await rowsOf(orm, table, column, value);
  const copies = changes.flatMap((change) =>
    originals.map((row) => ({ ...row, ...('id' in row ? { id: newId() } : {}), ...change(row) })),
  );
  await insertRows(orm, table, copies);
  return copies;
}
