import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import { CaseParty } from '../auth/case-party.entity';
import { newId } from '../ids/uuid';
import { createEvent } from './domain-event';
import { createEventConsumer } from './event-consumer';
import { InboxEntry } from './inbox-entry.entity';
import { NatsTransport } from './nats-transport';
import { OutboxEvent } from './outbox-event.entity';
import { ReceivedDeadLetter } from './received-dead-letter.entity';
import { recordReceivedDeadLetter, retryReceivedDeadLetters } from './received-dead-letters';

const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const logger = pino({ level: 'silent' });

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !(await check())) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Events a NATS consumer cannot process', () => {
  const stream = `CONSILIUM_DLQ_${newId().replace(/-/g, '').slice(-12).toUpperCase()}`;
  const options = { stream, ackWaitMs: 500, maxDeliver: 3 };
  let dir: string;
  let orm: MikroORM;
  let producer: NatsTransport;
  let consumerSide: NatsTransport;
  let broken = true;
  let consume: (value: unknown) => Promise<void>;
  const applied: string[] = [];
  const letters = () => orm.em.fork().find(ReceivedDeadLetter, {}, { orderBy: { deadAt: 'asc' } });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-dlq-'));
    orm = await MikroORM.init({
      driver: BetterSqliteDriver,
      dbName: path.join(dir, 'events.sqlite'),
      entities: [OutboxEvent, InboxEntry, ReceivedDeadLetter, CaseParty],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
    producer = await NatsTransport.connect(NATS_URL, logger, options);
    consumerSide = await NatsTransport.connect(NATS_URL, logger, options);
    consume = createEventConsumer(
      orm,
      'dlq-test',
      {
        CaseSubmitted: async (_em, event) => {
          if (broken) throw new Error('SQLITE_BUSY: database is locked');
          applied.push(event.id);
        },
      },
      logger,
    );
    await consumerSide.subscribe('dlq-test', consume, (event, error, deliveries) =>
      recordReceivedDeadLetter(orm, event, error, deliveries),
    );
  });
  afterAll(async () => {
    await consumerSide.close();
    await producer.close();
    const connection = await connect({ servers: NATS_URL.replace(/^nats:\/\//, '') });
    await (await jetstreamManager(connection)).streams.delete(stream);
    await connection.close();
    await orm.close(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const event = createEvent({
    type: 'CaseSubmitted',
    caseId: newId(),
    patientId: newId(),
    data: { submittedAt: '2026-11-29T10:00:00.000Z' },
  });

  it('puts an event on the dead-letter list after its last redelivery failed', async () => {
    await producer.publish(event);
    await until(async () => (await letters()).length === 1);
    const [letter] = await letters();
    expect(letter).toMatchObject({
      id: event.id,
      type: 'CaseSubmitted',
      caseId: event.caseId,
      deliveries: 3,
      lastError: 'SQLITE_BUSY: database is locked',
      retryRequestedAt: null,
    });
    expect(letter!.payload).toEqual(event);
    expect(applied).toEqual([]);
  });

  it('puts a malformed event there at once, without redelivering it', async () => {
    const malformed = { ...event, id: newId(), data: { submittedAt: 'yesterday' } };
    await producer.publish(malformed as never);
    await until(async () => (await letters()).length === 2);
    const letter = (await letters()).find((found) => found.id === malformed.id);
    expect(letter?.deliveries).toBe(1);
    expect(letter?.lastError).toMatch(/submittedAt/);
  });

  it('processes a letter again when retried, once, and removes it', async () => {
    broken = false;
    const em = orm.em.fork();
    const letter = await em.findOneOrFail(ReceivedDeadLetter, { id: event.id });
    letter.deadAt = null;
    letter.retryRequestedAt = new Date();
    await em.flush();
    expect(await retryReceivedDeadLetters(orm, consume, logger)).toBe(1);
    expect(await retryReceivedDeadLetters(orm, consume, logger)).toBe(0);
    expect(applied).toEqual([event.id]);
    expect((await letters()).map((found) => found.id)).not.toContain(event.id);
  });
});
