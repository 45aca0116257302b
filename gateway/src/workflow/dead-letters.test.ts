import {
  createEvent,
  DEMO_IDS,
  OutboxEvent,
  ReceivedDeadLetter,
  recordEvent,
} from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

describe('Undelivered events', () => {
  let OPS: { authorization: string };
  let platform: TestPlatform;
  let eventId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    OPS = await platform.as('operations');
    const billing = platform.subgraphs.billing.orm.em.fork();
    await billing.transactional(async (em) => {
      eventId = recordEvent(em, {
        type: 'RefundProcessed',
        caseId: DEMO_IDS.case,
        patientId: DEMO_IDS.patient,
        data: { refundId: DEMO_IDS.quote, amount: 500000, currency: 'INR' },
      }).id;
    });
    // As if every delivery had failed: the relay gave up on it.
    const dead = await billing.findOneOrFail(OutboxEvent, { id: eventId });
    dead.attempts = 8;
    dead.deadAt = new Date('2026-11-29T09:00:00Z');
    dead.lastError = 'delivery failed: http://127.0.0.1:4001/events answered 500';
    await billing.flush();
  });
  afterAll(() => platform.stop());

  it('are listed for operations with what went wrong', async () => {
    const result = await postGraphQL(
      platform.gateway.url,
      '{ billingDeadLetters { id service kind type caseId attempts lastError } patientIntakeDeadLetters { id } }',
      {},
      OPS,
    );
    expect(result.data).toEqual({
      billingDeadLetters: [
        {
          id: eventId,
          service: 'billing',
          kind: 'NOT_PUBLISHED',
          type: 'RefundProcessed',
          caseId: DEMO_IDS.case,
          attempts: 8,
          lastError: 'delivery failed: http://127.0.0.1:4001/events answered 500',
        },
      ],
      patientIntakeDeadLetters: [],
    });
  });

  it('are delivered when operations send them again, and leave the list', async () => {
    const retried = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { retryBillingDeadLetter(id: $id) { id } }',
      { id: eventId },
      OPS,
    );
    expect(retried.errors).toBeUndefined();
    await platform.subgraphs.billing.events.relay.flush();
    const event = await platform.subgraphs.billing.orm.em
      .fork()
      .findOneOrFail(OutboxEvent, { id: eventId });
    expect(event.publishedAt).not.toBeNull();
    const list = await postGraphQL(platform.gateway.url, '{ billingDeadLetters { id } }', {}, OPS);
    expect(list.data).toEqual({ billingDeadLetters: [] });
    const timeline = await postGraphQL<{ case: { timeline: { eventType: string }[] } }>(
      platform.gateway.url,
      `{ case(id: "${DEMO_IDS.case}") { timeline { eventType } } }`,
      {},
      OPS,
    );
    expect(timeline.data?.case.timeline.at(-1)?.eventType).toBe('RefundProcessed');
  });

  it('answers NOT_FOUND for retrying an event that is not dead', async () => {
    const again = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { retryBillingDeadLetter(id: $id) { id } }',
      { id: eventId },
      OPS,
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('lists an event a service received and gave up processing, and processes it on retry', async () => {
    // As NATS leaves it after the last redelivery failed in patient-intake.
    const event = createEvent({
      type: 'InfoRequested',
      caseId: DEMO_IDS.case,
      patientId: DEMO_IDS.patient,
      data: { requestId: DEMO_IDS.quote, specialistId: DEMO_IDS.specialists[0]! },
    });
    const intake = platform.subgraphs['patient-intake'].orm.em.fork();
    intake.create(ReceivedDeadLetter, {
      id: event.id,
      type: event.type,
      caseId: event.caseId,
      payload: event,
      occurredAt: new Date(event.occurredAt),
      deliveries: 10,
      lastError: 'SQLITE_BUSY: database is locked',
    });
    await intake.flush();
    const listed = await postGraphQL(
      platform.gateway.url,
      '{ patientIntakeDeadLetters { id service kind type attempts lastError } }',
      {},
      OPS,
    );
    expect(listed.data).toEqual({
      patientIntakeDeadLetters: [
        {
          id: event.id,
          service: 'patient-intake',
          kind: 'NOT_PROCESSED',
          type: 'InfoRequested',
          attempts: 10,
          lastError: 'SQLITE_BUSY: database is locked',
        },
      ],
    });
    const retried = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { retryPatientIntakeDeadLetter(id: $id) { id kind } }',
      { id: event.id },
      OPS,
    );
    expect(retried.errors).toBeUndefined();
    const deadline = Date.now() + 10_000;
    let list: unknown;
    while (Date.now() < deadline) {
      list = (
        await postGraphQL(platform.gateway.url, '{ patientIntakeDeadLetters { id } }', {}, OPS)
      ).data;
      const gone = await intake.fork().count(ReceivedDeadLetter, { id: event.id });
      if (gone === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(list).toEqual({ patientIntakeDeadLetters: [] });
    const timeline = await postGraphQL<{ case: { timeline: { eventType: string }[] } }>(
      platform.gateway.url,
      `{ case(id: "${DEMO_IDS.case}") { timeline { eventType } } }`,
      {},
      OPS,
    );
    expect(timeline.data?.case.timeline.at(-1)?.eventType).toBe('InfoRequested');
  });
});
