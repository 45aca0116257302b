import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent } from '@consilium/subgraph-kit';
import { Notification, NotificationChannel } from './notification.entity';

/** Where links in messages point (the platform's public address). */
const PUBLIC_URL = process.env['PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 4000}`;

/** Where operations staff are alerted of missed contact deadlines (OPERATIONS_ALERT_EMAIL). */
export const OPERATIONS_ALERT_EMAIL =
  process.env['OPERATIONS_ALERT_EMAIL'] ?? 'operations@consilium.example';

const dueText = (iso: string): string =>
  new Date(iso).toLocaleString('en-IN', {
    timeZone: 'Asia/Kolkata',
    dateStyle: 'medium',
    timeStyle: 'short',
  }) + ' IST';

/**
 * Writes the messages an event owes staff (issue 8): a specialist asked to take a case, and their
 * contact reminders at 24 and 40 hours (to their profile's email); the operations alert when the
 * 48 hours pass.
 * Like the patient's messages they carry no clinical details, only the case reference and a link;
 * written in the consumer's transaction so a redelivered event never sends twice.
 * @param em - the consumer's transaction
 * @param event - any event (only SpecialistAsked, ContactReminderDue and SlaBreached send)
 * @param caseId - the event's case
 */
export function queueStaffMessages(em: EntityManager, event: DomainEvent, caseId: string): void {
  const reference = caseId.slice(-8).toUpperCase();
  const common = { language: 'en', eventId: event.id, caseId, sentAt: null };
  if (event.type === 'ContactReminderDue') {
    const data = event.data as DomainEvent<'ContactReminderDue'>['data'];
    if (!data.notifyEmail) return;
    em.create(Notification, {
      ...common,
      channel: NotificationChannel.EMAIL,
      recipient: data.notifyEmail,
      subject: `Consilium: contact the patient of case ${reference} by ${dueText(data.dueAt)}`,
      body:
        `Dear Dr ${data.specialistName}, ${data.hoursElapsed} hours have passed since the patient of case ` +
        `${reference} paid, and no contact with them is logged yet. Please contact them and log it ` +
        `by ${dueText(data.dueAt)}: ${PUBLIC_URL}/doctor`,
    });
  }
  if (event.type === 'SpecialistAsked') {
    const data = event.data as DomainEvent<'SpecialistAsked'>['data'];
    if (!data.notifyEmail) return;
    em.create(Notification, {
      ...common,
      channel: NotificationChannel.EMAIL,
      recipient: data.notifyEmail,
      subject: `Consilium: will you take case ${reference}? Answer by ${dueText(data.respondBy)}`,
      body:
        `Dear Dr ${data.specialistName}, a patient has asked you to review case ${reference}. ` +
        `Please accept or decline by ${dueText(data.respondBy)}: ${PUBLIC_URL}/doctor/invitations`,
    });
  }
  if (event.type === 'SlaBreached') {
    const data = event.data as DomainEvent<'SlaBreached'>['data'];
    em.create(Notification, {
      ...common,
      channel: NotificationChannel.EMAIL,
      recipient: OPERATIONS_ALERT_EMAIL,
      subject: `Consilium: 48-hour contact missed on case ${reference}`,
      body:
        `${data.specialistName || 'A specialist'} has not logged contact with the patient of case ` +
        `${reference}; it was due by ${dueText(data.dueAt)}. See the SLA board: ${PUBLIC_URL}/admin`,
    });
  }
}
