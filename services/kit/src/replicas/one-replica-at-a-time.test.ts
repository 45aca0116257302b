import 'reflect-metadata';
import { Entity, PrimaryKey, type MikroORM } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { createOrm } from '../orm/create-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { closeOneReplicaAtATime, oneReplicaAtATime } from './one-replica-at-a-time';

@Entity({ tableName: 'replica_thing' })
class ReplicaThing {
  @PrimaryKey()
  id!: number;
}

/** Creates the table slowly, so that two replicas migrating at once would collide. */
class CreateThings extends Migration {
  override async up(): Promise<void> {
    if (this.driver.getPlatform().constructor.name === 'PostgreSqlPlatform') {
      this.addSql('select pg_sleep(0.5);');
    }
    this.addSql('create table "replica_thing" ("id" serial primary key);');
  }
}

const migrations = { sqlite: [], postgresql: [] } as {
  sqlite: { name: string; class: typeof Migration }[];
  postgresql: { name: string; class: typeof Migration }[];
};
migrations.sqlite.push({ name: 'Migration20261130000000', class: CreateThings });
migrations.postgresql.push({ name: 'Migration20261130000000', class: CreateThings });

/** A gate a task waits at until the test opens it. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

describe('work that one replica at a time may do', () => {
  let database: TestDatabase;
  const opened: MikroORM[] = [];
  /** a replica of the service: its own ORM on the shared database */
  const replica = async (): Promise<MikroORM> => {
    const orm = await createOrm({
      service: 'replica-test',
      entities: [ReplicaThing],
      migrations,
      packageDir: __dirname,
      target: database.target,
    });
    opened.push(orm);
    return orm;
  };

  beforeAll(async () => {
    database = createTestDatabase('replica-test');
    await database.create();
  });
  afterAll(async () => {
    for (const orm of opened) {
      await closeOneReplicaAtATime(orm);
      await orm.close();
    }
    await database.drop();
  });

  it('migrates once when replicas start together, and both serve', async () => {
    const replicas = await Promise.all(
      database.target.dialect === 'postgresql' ? [replica(), replica()] : [replica()],
    );
    for (const orm of replicas) {
      await expect(orm.em.fork().count(ReplicaThing)).resolves.toBe(0);
      const applied = await orm.em.getConnection().execute('select name from mikro_orm_migrations');
      expect(applied).toEqual([{ name: 'Migration20261130000000' }]);
    }
  });

  it('skips work of a name while it is under way, and runs it once that has ended', async () => {
    const [first] = opened;
    const second = database.target.dialect === 'postgresql' ? opened[1]! : first!;
    const held = gate();
    const running = oneReplicaAtATime(first!).tryRun('notification sender', async () => {
      await held.wait;
      return 'sent';
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let ranMeanwhile = false;
    await expect(
      oneReplicaAtATime(second).tryRun('notification sender', async () => {
        ranMeanwhile = true;
      }),
    ).resolves.toEqual({ ran: false });
    expect(ranMeanwhile).toBe(false);
    // other work is not held up
    await expect(oneReplicaAtATime(second).tryRun('outbox relay', async () => 3)).resolves.toEqual({
      ran: true,
      value: 3,
    });
    held.open();
    await expect(running).resolves.toEqual({ ran: true, value: 'sent' });
    await expect(
      oneReplicaAtATime(second).tryRun('notification sender', async () => 'sent again'),
    ).resolves.toEqual({ ran: true, value: 'sent again' });
  });

  it('releases the work when a task fails', async () => {
    const [orm] = opened;
    await expect(
      oneReplicaAtATime(orm!).tryRun('retention', async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    await expect(oneReplicaAtATime(orm!).tryRun('retention', async () => 1)).resolves.toEqual({
      ran: true,
      value: 1,
    });
  });
});
