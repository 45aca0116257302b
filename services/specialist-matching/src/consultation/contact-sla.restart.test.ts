import type { MikroORM } from '@mikro-orm/core';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_IDS, OutboxEvent, createEvent } from '@consilium/subgraph-kit';
import {
  createTestDatabase,
  setDomainClock,
  type TestDatabase,
} from '@consilium/subgraph-kit/testing';
import { caseProfileHandlers } from '../case-profile/case-profile.handlers';
import { specialistMatching } from '../index';
import { PanelMemberStatus } from '../panel/panel-member-status.enum';
import { PanelMember } from '../panel/panel-member.entity';
import { PanelMode } from '../panel/panel-mode.enum';
import { Panel } from '../panel/panel.entity';
import { Specialist } from '../specialist/specialist.entity';

const PAID_AT = new Date('2026-11-29T10:00:00Z');
const HOUR = 3600_000;
const CASE_ID = '019ad000-0000-7000-8000-00000000c0de';
const PATIENT_ID = '019ad000-0000-7000-8000-00000000beef';

describe('The 48-hour contact clock across service restarts', () => {
  let database: TestDatabase;

  const outboxCounts = async (orm: MikroORM): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const event of await orm.em.fork().find(OutboxEvent, { caseId: CASE_ID })) {
      counts[event.type] = (counts[event.type] ?? 0) + 1;
    }
    return counts;
  };

  /**
   * Starts the service at a moment of the domain clock, waits for its contact watch's first look
   * (which runs as the service starts) to have recorded `expected`, and stops it.
   * @returns the case's events in the outbox after that look
   */
  const runAt = async (
    hoursAfterPayment: number,
    expected: Record<string, number>,
  ): Promise<Record<string, number>> => {
    setDomainClock(new Date(PAID_AT.getTime() + hoursAfterPayment * HOUR));
    const service = await specialistMatching.start({
      port: 0,
      target: database.target,
      seedDemo: true,
    });
    try {
      const deadline = Date.now() + 5000;
      while (
        Date.now() < deadline &&
        !isDeepStrictEqual(await outboxCounts(service.orm), expected)
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // and nothing more arrives
      await new Promise((resolve) => setTimeout(resolve, 300));
      return await outboxCounts(service.orm);
    } finally {
      await service.close();
    }
  };

  beforeAll(async () => {
    database = createTestDatabase('specialist-matching');
    setDomainClock(PAID_AT);
    const service = await specialistMatching.start({
      port: 0,
      target: database.target,
      seedDemo: true,
    });
    await service.orm.em.fork().transactional(async (em) => {
      const specialist = await em.findOneOrFail(Specialist, { id: DEMO_IDS.specialists[3] });
      specialist.email = 'rahul.menon@example.com';
      const panel = em.create(Panel, { caseId: CASE_ID, mode: PanelMode.SINGLE, seats: 1 });
      em.create(PanelMember, { panel, specialist, status: PanelMemberStatus.CONFIRMED });
      await em.flush();
      const paid = createEvent({
        type: 'PaymentCaptured',
        caseId: CASE_ID,
        patientId: PATIENT_ID,
        data: { paymentId: DEMO_IDS.panel, amount: 250000, currency: 'INR' },
      });
      await caseProfileHandlers().PaymentCaptured!(em, paid as never);
    });
    await service.close();
  });
  afterAll(async () => {
    setDomainClock(null);
    await database.drop();
  });

  it('sends nothing before 24 hours', async () => {
    expect(await runAt(23, {})).toEqual({});
  });

  it('sends the 24-hour reminder when started after it was due, once', async () => {
    expect(await runAt(24.5, { ContactReminderDue: 1 })).toEqual({ ContactReminderDue: 1 });
    expect(await runAt(30, { ContactReminderDue: 1 })).toEqual({ ContactReminderDue: 1 });
  });

  it('sends the 40-hour reminder, then marks the breach at 48 hours, once', async () => {
    expect(await runAt(41, { ContactReminderDue: 2 })).toEqual({ ContactReminderDue: 2 });
    expect(await runAt(48.5, { ContactReminderDue: 2, SlaBreached: 1 })).toEqual({
      ContactReminderDue: 2,
      SlaBreached: 1,
    });
    expect(await runAt(60, { ContactReminderDue: 2, SlaBreached: 1 })).toEqual({
      ContactReminderDue: 2,
      SlaBreached: 1,
    });
  });
});
