import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { BetterSqliteDriver } from '@mikro-orm/better-sqlite';

type Row = Record<string, unknown>;

/**
 * What separates a migrated database from what the entities describe, as statements or
 * differences; empty when the checked-in migrations are complete.
 * PostgreSQL: MikroORM's schema diff. SQLite: its diff reports false changes (it cannot read back
 * check constraints), so the migrated database is compared structurally (columns, indexes,
 * foreign keys) with a fresh database created straight from the entities.
 * @param orm - an ORM on a database migrated by the service's migrations
 * @returns the differences found
 */
export async function schemaDrift(orm: MikroORM): Promise<string[]> {
  if (orm.config.get('driver')?.name !== 'BetterSqliteDriver') {
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    return sql.split('\n').filter((line) => line.trim() !== '');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-schema-'));
  const fresh = await MikroORM.init<BetterSqliteDriver>({
    ...orm.config.getAll(),
    dbName: path.join(dir, 'fresh.sqlite'),
    migrations: { ...(orm.config.get('migrations') as object), migrationsList: [] },
  } as never);
  try {
    await fresh.schema.createSchema();
    const [migrated, expected] = await Promise.all([describeSqlite(orm), describeSqlite(fresh)]);
    return diffDescriptions(migrated, expected);
  } finally {
    await fresh.close(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function describeSqlite(orm: MikroORM): Promise<Record<string, string>> {
  const connection = orm.em.getConnection();
  const run = (sql: string): Promise<Row[]> => connection.execute(sql) as Promise<Row[]>;
  const tables = await run(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' " +
      "and name <> 'mikro_orm_migrations' order by name",
  );
  const description: Record<string, string> = {};
  for (const { name } of tables) {
    const table = String(name);
    const columns = await run(`pragma table_info(\`${table}\`)`);
    for (const column of columns) {
      const { name: columnName, type, notnull, dflt_value: defaultValue, pk } = column;
      description[`${table}.${String(columnName)}`] =
        `${String(type).toLowerCase()} notnull=${String(notnull)} default=${String(defaultValue)} pk=${String(pk)}`;
    }
    const indexes = await run(`pragma index_list(\`${table}\`)`);
    for (const index of indexes) {
      const indexColumns = await run(`pragma index_info(\`${String(index['name'])}\`)`);
      const key = `${table} index(${indexColumns.map((column) => String(column['name'])).join(',')})`;
      description[key] = `unique=${String(index['unique'])}`;
    }
    const foreignKeys = await run(`pragma foreign_key_list(\`${table}\`)`);
    for (const foreignKey of foreignKeys) {
      description[`${table}.${String(foreignKey['from'])} references`] =
        `${String(foreignKey['table'])}.${String(foreignKey['to'])} on delete ${String(foreignKey['on_delete'])}`;
    }
  }
  return description;
}

function diffDescriptions(
  migrated: Record<string, string>,
  expected: Record<string, string>,
): string[] {
  const keys = [...new Set([...Object.keys(migrated), ...Object.keys(expected)])].sort();
  return keys
    .filter((key) => migrated[key] !== expected[key])
    .map(
      (key) =>
        `${key}: migrations give ${migrated[key] ?? 'nothing'}, entities want ${expected[key] ?? 'nothing'}`,
    );
}
