import {
  currentTime,
  periodicWorker,
  recordEvent,
  type PeriodicOptions,
  type ServiceWorker,
} from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { PANEL_RESPONSE_HOURS } from './panel-deadline';
import { PanelMemberStatus } from './panel-member-status.enum';
import { PanelMember } from './panel-member.entity';

/**
 * Expires every request to join a panel not answered by its `respondBy`, once: the status moves
 * REQUESTED → EXPIRED only where it is still REQUESTED (so two replicas never both expire one)
 * and `SpecialistDeclined` is published in the same transaction, so the patient is offered a
 * replacement. Requests on closed panels are left alone.
 * @param orm - specialist-matching's ORM
 * @param now - the time to judge at
 * @returns how many expired
 */
export async function expireUnansweredRequests(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const due = await em.find(
      PanelMember,
      { status: PanelMemberStatus.REQUESTED, respondBy: { $lte: now }, panel: { closedAt: null } },
      { populate: ['panel'], orderBy: { respondBy: 'asc' } },
    );
    let expired = 0;
    for (const member of due) {
      const updated = await em.nativeUpdate(
        PanelMember,
        { id: member.id, status: PanelMemberStatus.REQUESTED },
        { status: PanelMemberStatus.EXPIRED, respondedAt: now },
      );
      if (updated !== 1) continue;
      const panel = member.panel.getEntity();
      recordEvent(em, {
        type: 'SpecialistDeclined',
        caseId: panel.caseId,
        patientId: null,
        data: {
          panelId: panel.id,
          specialistId: member.specialist.id,
          reason: `No answer within ${PANEL_RESPONSE_HOURS} hours`,
        },
      });
      expired += 1;
    }
    return expired;
  });
}

/**
 * The worker that expires unanswered panel requests (issue 8: "a decline or timeout offers the
 * patient a ranked replacement"): looks at start, then every `intervalMs`. The deadline is stored
 * on each request, so a restart loses nothing.
 * @param options - the clock and the interval
 * @returns a worker for `defineService`'s `workers`
 */
export function responseDeadlineWatch(options: PeriodicOptions = {}): ServiceWorker {
  return periodicWorker('panel requests expired', expireUnansweredRequests, {
    now: currentTime,
    ...options,
  });
}
