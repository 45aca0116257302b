import {
  currentTime,
  periodicWorker,
  recordEvent,
  type PeriodicOptions,
  type ServiceWorker,
} from '@consilium/subgraph-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { CaseProfile } from '../case-profile/case-profile.entity';
import { PanelMemberStatus } from '../panel/panel-member-status.enum';
import { PanelMember } from '../panel/panel-member.entity';
import { Specialist } from '../specialist/specialist.entity';
import { ContactSla } from './contact-sla.entity';

const HOUR = 3600_000;

/** Hours after payment by which each specialist must contact the patient (DESIGN.md §2 step 6). */
export const CONTACT_SLA_HOURS = 48;

/** Hours after payment at which a specialist who has not made contact is reminded (issue 8). */
export const REMINDER_HOURS = [24, 40] as const;

/**
 * Starts the 48-hour contact clock of every confirmed specialist of a case when it is paid
 * (idempotent: a clock already started is kept).
 * @param em - the consumer's transaction
 * @param caseId - the paid case
 * @param paidAt - when the payment was captured
 */
export async function openContactSlas(
  em: EntityManager,
  caseId: string,
  paidAt: Date,
): Promise<void> {
  const members = await em.find(PanelMember, {
    panel: { caseId },
    status: PanelMemberStatus.CONFIRMED,
  });
  for (const member of members) {
    const specialistId = member.specialist.id;
    if (await em.findOne(ContactSla, { caseId, specialistId })) continue;
    em.create(ContactSla, {
      caseId,
      specialistId,
      startedAt: paidAt,
      dueAt: new Date(paidAt.getTime() + CONTACT_SLA_HOURS * HOUR),
    });
  }
}

/**
 * One look at every open contact clock (no contact logged, not breached, case not closed): sends
 * the 24-hour and 40-hour reminders (`ContactReminderDue`, to the specialist's email) and, at 48
 * hours, marks the breach and alerts operations staff (`SlaBreached`). Each step is written only
 * where it is still unset, in the transaction that publishes its event, so replicas and restarts
 * never repeat one; a reminder whose time passed while the service was down is sent on the next
 * look (the 24-hour one is skipped once the 40-hour one is due).
 * @param orm - specialist-matching's ORM
 * @param now - the time to judge at (the domain clock)
 * @returns how many reminders and breaches were recorded
 */
export async function watchContactSlas(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const open = await em.find(
      ContactSla,
      {
        contactedAt: null,
        breachedAt: null,
        startedAt: { $lte: new Date(now.getTime() - REMINDER_HOURS[0] * HOUR) },
      },
      { orderBy: { dueAt: 'asc' } },
    );
    if (open.length === 0) return 0;
    const closed = new Set(
      (
        await em.find(CaseProfile, {
          caseId: { $in: open.map((sla) => sla.caseId) },
          closedAt: { $ne: null },
        })
      ).map((profile) => profile.caseId),
    );
    const specialists = new Map(
      (await em.find(Specialist, { id: { $in: open.map((sla) => sla.specialistId) } })).map((s) => [
        s.id,
        s,
      ]),
    );
    let recorded = 0;
    for (const sla of open) {
      if (closed.has(sla.caseId)) continue;
      const specialist = specialists.get(sla.specialistId);
      const elapsed = (now.getTime() - sla.startedAt.getTime()) / HOUR;
      const base = { caseId: sla.caseId, patientId: null };
      if (now >= sla.dueAt) {
        const marked = await em.nativeUpdate(
          ContactSla,
          { id: sla.id, breachedAt: null, contactedAt: null },
          { breachedAt: now },
        );
        if (marked !== 1) continue;
        recordEvent(em, {
          ...base,
          type: 'SlaBreached',
          data: {
            specialistId: sla.specialistId,
            dueAt: sla.dueAt.toISOString(),
            specialistName: specialist?.fullName ?? '',
          },
        });
        recorded += 1;
        continue;
      }
      const hours = elapsed >= REMINDER_HOURS[1] ? 40 : 24;
      const field = hours === 40 ? 'secondReminderAt' : 'firstReminderAt';
      if (sla[field] !== null) continue;
      const marked = await em.nativeUpdate(
        ContactSla,
        { id: sla.id, [field]: null, contactedAt: null },
        hours === 40
          ? { secondReminderAt: now, firstReminderAt: sla.firstReminderAt ?? now }
          : { firstReminderAt: now },
      );
      if (marked !== 1) continue;
      recordEvent(em, {
        ...base,
        type: 'ContactReminderDue',
        data: {
          specialistId: sla.specialistId,
          specialistName: specialist?.fullName ?? '',
          notifyEmail: specialist?.email ?? null,
          dueAt: sla.dueAt.toISOString(),
          hoursElapsed: hours,
        },
      });
      recorded += 1;
    }
    return recorded;
  });
}

/**
 * The worker that keeps the contact clocks (reminders and breaches; watchContactSlas): looks at
 * start and then every `intervalMs` on the domain clock.
 * @param options - the clock and the interval
 * @returns a worker for `defineService`'s `workers`
 */
export function contactSlaWatch(options: PeriodicOptions = {}): ServiceWorker {
  return periodicWorker('contact reminders and breaches recorded', watchContactSlas, {
    now: currentTime,
    ...options,
  });
}
