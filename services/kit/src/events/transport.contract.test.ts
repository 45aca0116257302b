import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import { CaseParty } from '../auth/case-party.entity';
import { newId } from '../ids/uuid';
import { EmbeddedTransport } from './embedded-transport';
import { createEventConsumer } from './event-consumer';
import type { DeliveryHandler, EventTransport } from './event-transport';
import { InboxEntry } from './inbox-entry.entity';
import { NatsTransport } from './nats-transport';
import { OutboxEvent } from './outbox-event.entity';
import { startOutboxRelay } from './outbox-relay';
import { recordEvent } from './record-event';

/** What a consumer did: one row per time it applied an event. */
@Entity({ tableName: 'test_effect' })
class Effect {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  eventId!: string;
}

const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const logger = pino({ level: 'silent' });

/** A transport wired to a consumer that can be told to fail, as each adapter needs it. */
interface Harness {
  producer: EventTransport;
  /** sets what the consumer side does with each delivery */
  attach: (handler: DeliveryHandler) => Promise<void>;
  /** how long to wait for a redelivery after a failure */
  redeliveryWaitMs: number;
  close: () => Promise<void>;
}

async function embeddedHarness(): Promise<Harness> {
  const consumerSide = new EmbeddedTransport([], 'test-token');
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const token = req.headers['x-consilium-events-token'];
      void consumerSide.receive(JSON.parse(body), token as string).then((result) => {
        res.statusCode = result.status;
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  return {
    producer: new EmbeddedTransport([url], 'test-token'),
    attach: (handler) => consumerSide.subscribe('contract', handler),
    redeliveryWaitMs: 1500,
    close: async () => {
      server.close();
    },
  };
}

async function natsHarness(): Promise<Harness> {
  const stream = `CONSILIUM_TEST_${newId().replace(/-/g, '').slice(-12).toUpperCase()}`;
  const options = { stream, ackWaitMs: 1000, maxDeliver: 5 };
  const producer = await NatsTransport.connect(NATS_URL, logger, options);
  const consumerSide = await NatsTransport.connect(NATS_URL, logger, options);
  return {
    producer,
    attach: (handler) => consumerSide.subscribe('contract', handler),
    redeliveryWaitMs: 4000,
    close: async () => {
      await consumerSide.close();
      await producer.close();
      const connection = await connect({ servers: NATS_URL.replace(/^nats:\/\//, '') });
      await (await jetstreamManager(connection)).streams.delete(stream);
      await connection.close();
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each([
  ['embedded HTTP', embeddedHarness],
  ['NATS JetStream', natsHarness],
])('The %s transport', (_name, makeHarness) => {
  let orm: MikroORM;
  let dir: string;
  let harness: Harness;
  let failNext: 'before-commit' | 'after-commit' | null;

  const effects = (): Promise<number> => orm.em.fork().count(Effect, {});
  const record = async (): Promise<string> => {
    let id = '';
    await orm.em.fork().transactional(async (em) => {
      id = recordEvent(em, {
        type: 'CaseSubmitted',
        caseId: newId(),
        patientId: newId(),
        data: { submittedAt: new Date().toISOString() },
      }).id;
    });
    return id;
  };

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-events-'));
    orm = await MikroORM.init({
      driver: BetterSqliteDriver,
      dbName: path.join(dir, 'events.sqlite'),
      entities: [OutboxEvent, InboxEntry, CaseParty, Effect],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
    harness = await makeHarness();
    failNext = null;
    const consume = createEventConsumer(
      orm,
      'contract',
      {
        CaseSubmitted: async (em, event) => {
          if (failNext === 'before-commit') {
            failNext = null;
            throw new Error('handler failed');
          }
          em.create(Effect, { eventId: event.id });
        },
      },
      logger,
    );
    await harness.attach(async (event) => {
      await consume(event);
      if (failNext === 'after-commit') {
        failNext = null;
        throw new Error('the consumer died after committing, before acknowledging');
      }
    });
  });

  afterEach(async () => {
    await harness.close();
    await orm.close(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a recorded event and it takes effect once, even when published twice', async () => {
    await record();
    const relay = startOutboxRelay(orm, harness.producer, logger, 60_000);
    expect(await relay.flush()).toBe(1);
    const [outbox] = await orm.em.fork().find(OutboxEvent, {});
    await harness.producer.publish(outbox!.payload);
    await waitFor(async () => (await effects()) > 0, 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await effects()).toBe(1);
    expect(await orm.em.fork().count(InboxEntry, { eventId: outbox!.id })).toBe(1);
    await relay.stop();
  });

  it('delivers again when the consumer failed, and the effect happens once', async () => {
    failNext = 'before-commit';
    await record();
    const relay = startOutboxRelay(orm, harness.producer, logger, 200);
    await waitFor(async () => (await effects()) > 0, harness.redeliveryWaitMs + 3000);
    expect(await effects()).toBe(1);
    await relay.stop();
  });

  it('takes effect once when the consumer dies between committing and acknowledging', async () => {
    failNext = 'after-commit';
    const id = await record();
    const relay = startOutboxRelay(orm, harness.producer, logger, 200);
    await waitFor(
      async () => (await orm.em.fork().findOne(OutboxEvent, { id }))?.publishedAt != null,
      harness.redeliveryWaitMs + 3000,
    );
    await new Promise((resolve) => setTimeout(resolve, harness.redeliveryWaitMs));
    expect(await effects()).toBe(1);
    await relay.stop();
  });

  it('publishes, after a restart, an event committed while the relay was down', async () => {
    const id = await record();
    const crashed = startOutboxRelay(orm, harness.producer, logger, 60_000);
    await crashed.stop();
    expect((await orm.em.fork().findOne(OutboxEvent, { id }))?.publishedAt).toBeNull();
    const restarted = startOutboxRelay(orm, harness.producer, logger, 60_000);
    expect(await restarted.flush()).toBe(1);
    await waitFor(async () => (await effects()) > 0, 5000);
    expect(await effects()).toBe(1);
    await restarted.stop();
  });

  it('refuses an event that does not match its schema, and nothing takes effect', async () => {
    const bad = {
      id: newId(),
      type: 'CaseSubmitted',
      version: 1,
      occurredAt: new Date().toISOString(),
      caseId: newId(),
      patientId: null,
      actor: { accountId: null, actingForPatientId: null },
      data: { submittedAt: 'yesterday' },
    };
    await harness.producer.publish(bad as never).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await effects()).toBe(0);
  });
});
