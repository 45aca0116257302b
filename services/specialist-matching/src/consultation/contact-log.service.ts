import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  actorOf,
  currentTime,
  parseId,
  recordEvent,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { requireConsultingSpecialist } from './consultation-access';
import type { ContactLogInput } from './contact-log.input';
import { ContactLog } from './contact-log.entity';
import { ContactSla } from './contact-sla.entity';

/** How far ahead of the server's clock a contact time may be (devices' clocks drift). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The apps give a contact's time to the minute, so a call in the minute of the payment counts. */
const MINUTE_MS = 60_000;

/**
 * A specialist logs a contact with the patient (phone, video, message, in person). The first one
 * stops their 48-hour clock (`SpecialistContacted`), in the same transaction.
 * @param ctx - request context
 * @param input - the contact
 * @returns the logged contact
 * @throws BAD_USER_INPUT naming `input.occurredAt` (in the future, or before the minute of the
 *   payment) or
 *   `input.note` (over 2,000 characters); FORBIDDEN unless a confirmed specialist of the case;
 *   CONFLICT unless the case is paid and open
 */
export async function logContact(ctx: Context, input: ContactLogInput): Promise<ContactLog> {
  const caseId = parseId(input.caseId, 'input.caseId');
  const note = input.note?.trim() || null;
  if (note && [...note].length > 2000) {
    throw new BadUserInputError('input.note', 'Keep the note under 2,000 characters.');
  }
  return ctx.em.transactional(async (em) => {
    const { specialistId, profile } = await requireConsultingSpecialist(em, ctx, caseId);
    const now = currentTime();
    if (input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new BadUserInputError('input.occurredAt', 'A contact cannot be in the future.');
    }
    const paidMinute = profile.paidAt
      ? Math.floor(profile.paidAt.getTime() / MINUTE_MS) * MINUTE_MS
      : null;
    if (paidMinute !== null && input.occurredAt.getTime() < paidMinute) {
      throw new BadUserInputError(
        'input.occurredAt',
        'Log contacts made after the fee was paid; the 48 hours start then.',
      );
    }
    const contact = em.create(ContactLog, {
      caseId,
      specialistId,
      channel: input.channel,
      occurredAt: input.occurredAt,
      note,
      loggedByAccountId: ctx.viewer?.accountId ?? null,
    });
    const first = await em.nativeUpdate(
      ContactSla,
      { caseId, specialistId, contactedAt: null },
      { contactedAt: input.occurredAt },
    );
    if (first === 1) {
      recordEvent(em, {
        type: 'SpecialistContacted',
        caseId,
        patientId: profile.patientId,
        actor: actorOf(ctx, profile.patientId),
        data: { specialistId, channel: input.channel },
      });
    }
    ctx.audit.record({
      objectType: 'ContactLog',
      objectId: contact.id,
      caseId,
      subjectPatientId: profile.patientId,
      operation: AuditOperation.CREATE,
      fields: ['channel', 'occurredAt', 'note'],
      outcome: AuditOutcome.ALLOWED,
    });
    return contact;
  });
}
