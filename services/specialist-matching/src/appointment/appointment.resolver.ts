import { authorizeCase, referenceId, requireRole } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { Specialist } from '../specialist/specialist.entity';
import { AppointmentStatus } from './appointment-enums';
import { Appointment, AppointmentSlot } from './appointment.entity';
import { AppointmentProposalInput, LocalTimeInput } from './appointment.input';
import {
  bookAppointment,
  cancelAppointment,
  proposeAppointment,
  rescheduleAppointment,
} from './appointment.service';
import { displayTime } from './appointment-time';
import { caseTargetOf } from '../case/case-target';

const ZONE_ARG = { defaultValue: 'Asia/Kolkata', description: 'The viewer’s IANA time zone.' };

@Resolver(() => CaseReference)
export class CaseAppointmentsResolver {
  /** The case's appointments, soonest first (batched); not for partners. */
  @FieldResolver(() => [Appointment], { description: 'Consultation appointments of the case.' })
  async appointments(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Appointment[]> {
    const caseId = referenceId(found);
    await authorizeCase(ctx, await caseTargetOf(ctx, caseId), {
      objectType: 'Appointment',
      fields: ['startsAt', 'mode'],
      allowPartner: false,
    });
    return ctx.loaders.appointmentsByCase.load(caseId);
  }
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @FieldResolver(() => Specialist)
  async specialist(@Root() appointment: Appointment, @Ctx() ctx: Context): Promise<Specialist> {
    const found = await ctx.loaders.specialist.load(appointment.specialistId);
    if (!found) throw new Error(`appointment ${appointment.id} points at a missing specialist`);
    return found;
  }

  @FieldResolver(() => CaseReference)
  case(@Root() appointment: Appointment): CaseReference {
    return { id: appointment.caseId };
  }

  /** The times offered (batched), soonest first. */
  @FieldResolver(() => [AppointmentSlot])
  slots(@Root() appointment: Appointment, @Ctx() ctx: Context): Promise<AppointmentSlot[]> {
    return ctx.loaders.slotsByAppointment.load(appointment.id);
  }

  /** The start as people read it in a zone, e.g. "Sun 13 Dec 2026, 00:30 IST"; null unbooked. */
  @FieldResolver(() => String, { nullable: true })
  startsAtDisplay(
    @Root() appointment: Appointment,
    @Arg('timeZone', ZONE_ARG) timeZone: string,
  ): string | null {
    return appointment.startsAt ? displayTime(appointment.startsAt, timeZone) : null;
  }

  /**
   * The signed-in specialist's appointments to come (booked, or offered and not yet picked),
   * soonest first.
   * @throws FORBIDDEN unless a specialist
   */
  @Query(() => [Appointment], { description: 'The signed-in specialist’s coming appointments.' })
  async myAppointments(@Ctx() ctx: Context): Promise<Appointment[]> {
    const viewer = requireRole(ctx, 'SPECIALIST');
    if (!viewer.specialistId) return [];
    const found = await ctx.em.find(
      Appointment,
      {
        specialistId: viewer.specialistId,
        status: { $in: [AppointmentStatus.BOOKED, AppointmentStatus.PROPOSED] },
      },
      { orderBy: { startsAt: 'asc', createdAt: 'asc' } },
    );
    const now = Date.now();
    return found.filter((a) => !a.endsAt || a.endsAt.getTime() > now - 3600_000);
  }

  /** See proposeAppointment. */
  @Mutation(() => Appointment, { description: 'A specialist offers times for a consultation.' })
  proposeAppointment(
    @Ctx() ctx: Context,
    @Arg('input', () => AppointmentProposalInput) input: AppointmentProposalInput,
  ): Promise<Appointment> {
    return proposeAppointment(ctx, input);
  }

  /** See bookAppointment. */
  @Mutation(() => Appointment, { description: 'The patient’s side picks an offered time.' })
  bookAppointment(
    @Ctx() ctx: Context,
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('slotId', () => ID) slotId: string,
  ): Promise<Appointment> {
    return bookAppointment(ctx, appointmentId, slotId);
  }

  /** See rescheduleAppointment. */
  @Mutation(() => Appointment, { description: 'The specialist moves a booked appointment.' })
  rescheduleAppointment(
    @Ctx() ctx: Context,
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('slot', () => LocalTimeInput) slot: LocalTimeInput,
    @Arg('reason') reason: string,
  ): Promise<Appointment> {
    return rescheduleAppointment(ctx, appointmentId, slot, reason);
  }

  /** See cancelAppointment. */
  @Mutation(() => Appointment, { description: 'Cancels an appointment, with a reason.' })
  cancelAppointment(
    @Ctx() ctx: Context,
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('reason') reason: string,
  ): Promise<Appointment> {
    return cancelAppointment(ctx, appointmentId, reason);
  }
}

@Resolver(() => AppointmentSlot)
export class AppointmentSlotResolver {
  /** The offered start as people read it in a zone. */
  @FieldResolver(() => String)
  display(@Root() slot: AppointmentSlot, @Arg('timeZone', ZONE_ARG) timeZone: string): string {
    return displayTime(slot.startsAt, timeZone);
  }
}
