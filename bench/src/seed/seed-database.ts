import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolveDatabaseTarget } from '@consilium/subgraph-kit';
import type { SeedTarget } from './seed-scale';

/** The platform's databases: the gateway's identity service and the four subgraphs. */
export const SERVICES = [
  'identity',
  'patient-intake',
  'specialist-matching',
  'billing',
  'records',
] as const;

/** A cell as the seeder moves it: SQLite's own values, or PostgreSQL's text form. */
export type Cell = string | number | bigint | null;

/** One table read whole: its columns and rows (arrays in column order). */
export interface TableRows {
  columns: string[];
  /** columns holding JSON (PostgreSQL json/jsonb; SQLite keeps JSON as text) */
  jsonColumns: Set<string>;
  rows: Cell[][];
}

/**
 * One service's database opened with its raw driver (better-sqlite3 or pg) for bulk work: reads
 * tables whole, inserts many rows per statement, inside one transaction.
 */
export interface SeedDatabase {
  readonly service: string;
  tables(): Promise<string[]>;
  read(table: string, where?: string): Promise<TableRows>;
  /** inserts rows (values in `columns` order; JSON columns as JSON text) */
  insert(table: string, columns: string[], jsonColumns: Set<string>, rows: Cell[][]): Promise<void>;
  /** rows of a SELECT, as arrays (PostgreSQL values as text) */
  select(sql: string): Promise<Cell[][]>;
  /** runs one statement with `?`-style parameters translated for the dialect */
  run(sql: string, params?: Cell[]): Promise<void>;
  /** after bulk writes: PostgreSQL's planner statistics, SQLite's write-ahead log folded in */
  settle(): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  close(): Promise<void>;
}

class SqliteSeedDatabase implements SeedDatabase {
  private readonly db: Database.Database;

  constructor(
    readonly service: string,
    file: string,
    private readonly bulk: boolean,
  ) {
    this.db = new Database(file);
    if (!bulk) return;
    // one writer, millions of rows in one transaction: a write-ahead log would grow as large as
    // the database and slow every page look-up, so the rollback journal is kept in memory and
    // the services' WAL mode is restored by settle()
    this.db.pragma('journal_mode = MEMORY');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('foreign_keys = OFF');
    this.db.pragma('cache_size = -1048576');
    this.db.pragma('temp_store = MEMORY');
  }

  async tables(): Promise<string[]> {
    return this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
  }

  async read(table: string, where = ''): Promise<TableRows> {
    const statement = this.db.prepare(`SELECT * FROM "${table}" ${where}`).raw(true);
    const columns = statement.columns().map((column) => column.name);
    return { columns, jsonColumns: new Set(), rows: statement.all() as Cell[][] };
  }

  async insert(table: string, columns: string[], _json: Set<string>, rows: Cell[][]) {
    const statement = this.db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) statement.run(row);
  }

  async select(sql: string): Promise<Cell[][]> {
    return this.db.prepare(sql).raw(true).all() as Cell[][];
  }

  async run(sql: string, params: Cell[] = []): Promise<void> {
    this.db.prepare(sql).run(params);
  }

  async settle(): Promise<void> {
    if (this.bulk) this.db.pragma('journal_mode = WAL');
  }

  async begin(): Promise<void> {
    this.db.exec('BEGIN');
  }

  async commit(): Promise<void> {
    this.db.exec('COMMIT');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** PostgreSQL values travel as text both ways, so no type is changed on the round trip. */
const AS_TEXT = { getTypeParser: () => (value: string) => value };

/** A cell in COPY's text format (values are PostgreSQL's own text output, so they read back). */
function copyText(cell: Cell): string {
  if (cell === null) return '\\N';
  return String(cell).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Runs `COPY … FROM STDIN` with the given text through pg's protocol hooks (the way
 * pg-copy-streams does, without the dependency): the data goes in one CopyData message.
 */
function copyIn(client: pg.Client, text: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: Error | undefined;
    const query = {
      submit(connection: CopyConnection) {
        connection.query(text);
      },
      handleCopyInResponse(connection: CopyConnection) {
        connection.sendCopyFromChunk(Buffer.from(data));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleError(error: Error) {
        failed = error;
      },
      handleReadyForQuery() {
        if (failed) reject(failed);
        else resolve();
      },
    };
    client.query(query as unknown as pg.Submittable);
  });
}

/** The part of pg's connection a COPY needs. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class PostgresSeedDatabase implements SeedDatabase {
  constructor(
    readonly service: string,
    private readonly client: pg.Client,
  ) {}

  async tables(): Promise<string[]> {
    const result = await this.client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    return result.rows.map((row) => row.table_name);
  }

  async read(table: string, where = ''): Promise<TableRows> {
    const types = await this.client.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
      [table],
    );
    const jsonColumns = new Set(
      types.rows.filter((row) => row.data_type.startsWith('json')).map((row) => row.column_name),
    );
    const result = await this.client.query({
      text: `SELECT * FROM "${table}" ${where}`,
      rowMode: 'array',
      types: AS_TEXT,
    });
    return {
      columns: result.fields.map((field) => field.name),
      jsonColumns,
      rows: result.rows as Cell[][],
    };
  }

  async insert(table: string, columns: string[], _json: Set<string>, rows: Cell[][]) {
    const list = columns.map((c) => `"${c}"`).join(', ');
    const lines: string[] = [];
    for (const row of rows) lines.push(row.map(copyText).join('\t'));
    await copyIn(this.client, `COPY "${table}" (${list}) FROM STDIN`, `${lines.join('\n')}\n`);
  }

  async select(sql: string): Promise<Cell[][]> {
    const result = await this.client.query({ text: sql, rowMode: 'array', types: AS_TEXT });
    return result.rows as Cell[][];
  }

  async run(sql: string, params: Cell[] = []): Promise<void> {
    let index = 0;
    await this.client.query(
      sql.replace(/\?/g, () => `$${++index}`),
      params.map((p) => (typeof p === 'bigint' ? String(p) : p)),
    );
  }

  async settle(): Promise<void> {
    await this.client.query('ANALYZE');
  }

  async begin(): Promise<void> {
    await this.client.query('BEGIN');
  }

  async commit(): Promise<void> {
    await this.client.query('COMMIT');
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** The SQLite file of a service under a data folder (as resolveDatabaseTarget places it). */
function sqliteFile(dataDir: string, service: string): string {
  const target = resolveDatabaseTarget(service, { DATA_DIR: dataDir });
  return target.dbName;
}

/** The PostgreSQL URL of a service's own database for a base DATABASE_URL. */
export function postgresUrlOf(databaseUrl: string, service: string): string {
  const target = resolveDatabaseTarget(service, { DATABASE_URL: databaseUrl });
  if (target.dialect !== 'postgresql') throw new Error('DATABASE_URL did not give PostgreSQL');
  return target.clientUrl;
}

/**
 * Opens one service's database of a seeded (migrated) target with its raw driver.
 * @param target - the bench target
 * @param service - one of SERVICES
 * @param bulk - for the seeder's own bulk writes, no service running (SQLite: journal in memory)
 * @returns the open database
 */
export async function openSeedDatabase(
  target: SeedTarget,
  service: string,
  bulk = false,
): Promise<SeedDatabase> {
  if (target.database === 'sqlite') {
    return new SqliteSeedDatabase(service, sqliteFile(target.dataDir, service), bulk);
  }
  const client = new pg.Client({ connectionString: postgresUrlOf(target.databaseUrl, service) });
  await client.connect();
  return new PostgresSeedDatabase(service, client);
}

/**
 * Empties a target: removes the SQLite files and stored files under the data folder, or drops
 * the services' PostgreSQL databases, so the platform starts it afresh.
 * @param target - the bench target
 */
export async function clearTarget(target: SeedTarget): Promise<void> {
  if (target.database === 'sqlite') {
    fs.mkdirSync(target.dataDir, { recursive: true });
    for (const name of fs.readdirSync(target.dataDir)) {
      if (/\.sqlite(-wal|-shm|-journal)?$/.test(name) || name === 'bench-manifest.json') {
        fs.rmSync(path.join(target.dataDir, name), { force: true });
      }
    }
    fs.rmSync(path.join(target.dataDir, 'records-files'), { recursive: true, force: true });
    return;
  }
  const admin = new URL(target.databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (const service of SERVICES) {
      const name = new URL(postgresUrlOf(target.databaseUrl, service)).pathname.slice(1);
      await client.query(`DROP DATABASE IF EXISTS "${decodeURIComponent(name)}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
