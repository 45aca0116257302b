import {
  AuditOperation,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  authorizeCase,
  currentTime,
  hasRole,
  parseId,
  refuseMissing,
  requireRole,
  requireViewer,
} from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { requireConsultingSpecialist } from '../consultation/consultation-access';
import type { Context } from '../context.type';
import { Specialist } from '../specialist/specialist.entity';
import { fitsAvailability } from '../specialist/weekly-availability';
import { AppointmentMode, AppointmentStatus } from './appointment-enums';
import { recordAppointmentChange } from './appointment-events';
import { Appointment, AppointmentSlot } from './appointment.entity';
import type { AppointmentProposalInput, LocalTimeInput } from './appointment.input';
import { displayTime, utcInterval } from './appointment-time';
import { caseTargetOf } from '../case/case-target';

/** Where video meetings are held: a Jitsi-compatible base URL (MEETING_BASE_URL). */
export const MEETING_BASE_URL = (process.env['MEETING_BASE_URL'] ?? 'https://meet.jit.si').replace(
  /\/+$/,
  '',
);

/** A hard-to-guess meeting room on the configured provider. */
function meetingLink(): string {
  return `${MEETING_BASE_URL}/consilium-${randomBytes(12).toString('hex')}`;
}

function requiredReason(reason: string | null | undefined): string {
  const text = reason?.trim();
  if (!text) throw new BadUserInputError('reason', 'Say why, so the other side understands.');
  if ([...text].length > 500)
    throw new BadUserInputError('reason', 'Keep the reason under 500 characters.');
  return text;
}

/**
 * Checks a time for a specialist: in the future, inside one of their weekly windows, and not
 * overlapping an appointment they have booked (other than `except`).
 * @throws BadUserInputError naming `<field>.startsAt` for the past or outside their hours;
 *   ConflictError when it overlaps a booked appointment
 */
async function checkTime(
  em: EntityManager,
  specialist: Specialist,
  field: string,
  interval: { startsAt: Date; endsAt: Date },
  except: string | null,
): Promise<void> {
  if (interval.startsAt <= currentTime()) {
    throw new BadUserInputError(`${field}.startsAt`, 'The appointment time has already passed.');
  }
  if (
    !fitsAvailability(
      specialist.weeklyAvailability,
      specialist.timeZone,
      interval.startsAt,
      interval.endsAt,
    )
  ) {
    throw new BadUserInputError(
      `${field}.startsAt`,
      `${displayTime(interval.startsAt, specialist.timeZone)} is outside ${specialist.fullName}’s consulting hours.`,
    );
  }
  const clash = await em.count(Appointment, {
    specialistId: specialist.id,
    status: AppointmentStatus.BOOKED,
    startsAt: { $lt: interval.endsAt },
    endsAt: { $gt: interval.startsAt },
    ...(except ? { id: { $ne: except } } : {}),
  });
  if (clash > 0) {
    throw new ConflictError(
      `${specialist.fullName} already has an appointment at ${displayTime(interval.startsAt, specialist.timeZone)}.`,
    );
  }
}

/**
 * A confirmed specialist of a paid case offers the patient 1–6 times for a phone, video or
 * in-person consultation; each must be in the future, inside their weekly consulting hours and
 * free. Times are given as wall-clock times in a zone and stored in UTC.
 * @param ctx - request context
 * @param input - the proposal
 * @returns the PROPOSED appointment with its slots
 * @throws BAD_USER_INPUT naming the field (`input.durationMinutes`, `input.slots`,
 *   `input.slots.N.localStart|timeZone|startsAt`, `input.address`); FORBIDDEN; CONFLICT
 */
export async function proposeAppointment(
  ctx: Context,
  input: AppointmentProposalInput,
): Promise<Appointment> {
  const caseId = parseId(input.caseId, 'input.caseId');
  const duration = input.durationMinutes;
  if (!Number.isInteger(duration) || duration < 15 || duration > 120) {
    throw new BadUserInputError('input.durationMinutes', 'An appointment lasts 15–120 minutes.');
  }
  if (input.slots.length < 1 || input.slots.length > 6) {
    throw new BadUserInputError('input.slots', 'Offer between 1 and 6 times.');
  }
  const address = input.address?.trim() || null;
  if (input.mode === AppointmentMode.IN_PERSON && !address) {
    throw new BadUserInputError('input.address', 'Give the address for an in-person appointment.');
  }
  return ctx.em.transactional(async (em) => {
    const { specialistId } = await requireConsultingSpecialist(em, ctx, caseId);
    const specialist = await em.findOneOrFail(Specialist, { id: specialistId });
    const appointment = em.create(Appointment, {
      caseId,
      specialistId,
      mode: input.mode,
      durationMinutes: duration,
      address: input.mode === AppointmentMode.IN_PERSON ? address : null,
    });
    for (const [index, slot] of input.slots.entries()) {
      const field = `input.slots.${index}`;
      const interval = utcInterval(field, slot.localStart, slot.timeZone, duration);
      await checkTime(em, specialist, field, interval, null);
      em.create(AppointmentSlot, { appointment, ...interval });
    }
    await recordAppointmentChange(em, ctx, appointment, 'PROPOSED');
    return appointment;
  });
}

/** The appointment, after the viewer is authorised for its case (outside any transaction). */
async function authorizedAppointment(
  ctx: Context,
  appointmentId: string,
  fields: string[],
): Promise<Appointment> {
  const id = parseId(appointmentId, 'appointmentId');
  const found = await ctx.em.findOne(Appointment, { id });
  if (!found) refuseMissing(ctx, 'Appointment', appointmentId);
  await authorizeCase(ctx, await caseTargetOf(ctx, found.caseId), {
    operation: AuditOperation.UPDATE,
    objectType: 'Appointment',
    objectId: id,
    fields,
    allowPartner: false,
  });
  return found;
}

/**
 * The patient's side picks one of the offered times: the appointment is BOOKED (a video link is
 * made for VIDEO). The specialist's row is written first, which locks it, so two bookings can
 * never take the same time.
 * @throws BAD_USER_INPUT naming `slotId` (not offered, or passed); FORBIDDEN unless the patient's
 *   side or operations staff; CONFLICT when not PROPOSED or the time was taken meanwhile
 */
export async function bookAppointment(
  ctx: Context,
  appointmentId: string,
  slotId: string,
): Promise<Appointment> {
  requireRole(ctx, 'PATIENT', 'PROXY', 'OPERATIONS');
  const found = await authorizedAppointment(ctx, appointmentId, ['status', 'startsAt']);
  const chosen = parseId(slotId, 'slotId');
  return ctx.em.transactional(async (em) => {
    const appointment = await em.findOneOrFail(Appointment, { id: found.id });
    if (appointment.status !== AppointmentStatus.PROPOSED) {
      throw new ConflictError(`This appointment is already ${appointment.status.toLowerCase()}.`);
    }
    const slot = await em.findOne(AppointmentSlot, { id: chosen, appointment: appointment.id });
    if (!slot) throw new BadUserInputError('slotId', 'Choose one of the times offered.');
    await em.nativeUpdate(Specialist, { id: appointment.specialistId }, { updatedAt: new Date() });
    const specialist = await em.findOneOrFail(Specialist, { id: appointment.specialistId });
    if (slot.startsAt <= currentTime()) {
      throw new BadUserInputError('slotId', 'That time has already passed; ask for new times.');
    }
    await checkTime(em, specialist, 'slot', slot, appointment.id);
    appointment.status = AppointmentStatus.BOOKED;
    appointment.startsAt = slot.startsAt;
    appointment.endsAt = slot.endsAt;
    if (appointment.mode === AppointmentMode.VIDEO) appointment.meetingUrl = meetingLink();
    await recordAppointmentChange(em, ctx, appointment, 'BOOKED');
    return appointment;
  });
}

/**
 * The specialist moves a booked appointment to another time, with a reason the patient sees.
 * @throws BAD_USER_INPUT naming `reason` or `slot.*`; FORBIDDEN unless its specialist; CONFLICT
 *   unless BOOKED, or when the new time is taken
 */
export async function rescheduleAppointment(
  ctx: Context,
  appointmentId: string,
  time: LocalTimeInput,
  reason: string,
): Promise<Appointment> {
  const why = requiredReason(reason);
  const found = await authorizedAppointment(ctx, appointmentId, ['startsAt', 'endsAt']);
  return ctx.em.transactional(async (em) => {
    const { specialistId } = await requireConsultingSpecialist(em, ctx, found.caseId);
    const appointment = await em.findOneOrFail(Appointment, { id: found.id });
    if (appointment.specialistId !== specialistId) {
      throw new ForbiddenError('Only the specialist of this appointment can move it.');
    }
    if (appointment.status !== AppointmentStatus.BOOKED) {
      throw new ConflictError('Only a booked appointment can be moved.');
    }
    await em.nativeUpdate(Specialist, { id: specialistId }, { updatedAt: new Date() });
    const specialist = await em.findOneOrFail(Specialist, { id: specialistId });
    const interval = utcInterval(
      'slot',
      time.localStart,
      time.timeZone,
      appointment.durationMinutes,
    );
    await checkTime(em, specialist, 'slot', interval, appointment.id);
    appointment.startsAt = interval.startsAt;
    appointment.endsAt = interval.endsAt;
    appointment.rescheduleReason = why;
    await recordAppointmentChange(em, ctx, appointment, 'RESCHEDULED');
    return appointment;
  });
}

/**
 * The patient's side, the appointment's specialist or operations staff cancel it, with a reason.
 * Cancelling again changes nothing.
 * @throws BAD_USER_INPUT naming `reason`; FORBIDDEN for another specialist
 */
export async function cancelAppointment(
  ctx: Context,
  appointmentId: string,
  reason: string,
): Promise<Appointment> {
  const why = requiredReason(reason);
  const found = await authorizedAppointment(ctx, appointmentId, ['status', 'cancelReason']);
  const viewer = requireViewer(ctx);
  if (
    hasRole(viewer, 'SPECIALIST') &&
    !hasRole(viewer, 'OPERATIONS') &&
    viewer.specialistId !== found.specialistId
  ) {
    throw new ForbiddenError('Only the specialist of this appointment can cancel it.');
  }
  return ctx.em.transactional(async (em) => {
    const appointment = await em.findOneOrFail(Appointment, { id: found.id });
    if (appointment.status === AppointmentStatus.CANCELLED) return appointment;
    appointment.status = AppointmentStatus.CANCELLED;
    appointment.cancelReason = why;
    appointment.cancelledAt = currentTime();
    await recordAppointmentChange(em, ctx, appointment, 'CANCELLED');
    return appointment;
  });
}
