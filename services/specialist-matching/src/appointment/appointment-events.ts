import { actorOf, hasRole, recordEvent } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { CaseProfile } from '../case-profile/case-profile.entity';
import type { Context } from '../context.type';
import { Specialist } from '../specialist/specialist.entity';
import type { Appointment } from './appointment.entity';

type Change = 'PROPOSED' | 'BOOKED' | 'RESCHEDULED' | 'CANCELLED';

/**
 * Publishes `AppointmentChanged` in the change's transaction, so the other side is told
 * (patient-intake writes the messages): who acted is read from the viewer's role.
 * @param em - the transaction
 * @param ctx - the request
 * @param appointment - the appointment after the change
 * @param change - what happened
 */
export async function recordAppointmentChange(
  em: EntityManager,
  ctx: Context,
  appointment: Appointment,
  change: Change,
): Promise<void> {
  const viewer = ctx.viewer;
  const by =
    viewer && hasRole(viewer, 'OPERATIONS')
      ? 'OPERATIONS'
      : viewer && hasRole(viewer, 'SPECIALIST')
        ? 'SPECIALIST'
        : 'PATIENT_SIDE';
  const specialist = await em.findOneOrFail(Specialist, { id: appointment.specialistId });
  const profile = await em.findOne(CaseProfile, { caseId: appointment.caseId });
  const patientId = profile?.patientId ?? null;
  recordEvent(em, {
    type: 'AppointmentChanged',
    caseId: appointment.caseId,
    patientId,
    actor: actorOf(ctx, patientId),
    data: {
      appointmentId: appointment.id,
      specialistId: specialist.id,
      specialistName: specialist.fullName,
      notifyEmail: specialist.email,
      change,
      by,
      startsAt: appointment.startsAt?.toISOString() ?? null,
    },
  });
}
