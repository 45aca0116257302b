import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent } from '@consilium/subgraph-kit';
import type { Case } from '../case/case.entity';
import { Patient } from '../patient/patient.entity';
import { Notification, NotificationChannel } from './notification.entity';
import { PATIENT_TEMPLATES, type PatientTemplate } from './notification-templates';

/** Where links in messages point (the platform's public address). */
const PUBLIC_URL = process.env['PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 4000}`;

/**
 * Writes the messages an event owes the patient, in the patient's language, in the same
 * transaction as the event's effect (so a redelivered event never sends twice). Sending happens
 * after commit (startNotificationSender); a channel without a configured sender keeps its
 * messages in the dev mailbox.
 * @param em - the consumer's transaction
 * @param event - the event
 * @param found - its case
 * @param templates - the message (default: the event type's in PATIENT_TEMPLATES)
 */
export async function queuePatientMessages(
  em: EntityManager,
  event: DomainEvent,
  found: Case,
  templates: Record<'en' | 'hi', PatientTemplate> | undefined = PATIENT_TEMPLATES[event.type],
): Promise<void> {
  if (!templates) return;
  const patient = await em.findOne(Patient, { id: found.patient.id });
  if (!patient) return;
  const language = patient.preferredLanguage === 'Hindi' ? 'hi' : 'en';
  const template = templates[language];
  const body = template.text.replace('{{link}}', `${PUBLIC_URL}/patient`);
  const common = { language, eventId: event.id, caseId: found.id, body, sentAt: null };
  if (patient.email) {
    em.create(Notification, {
      ...common,
      channel: NotificationChannel.EMAIL,
      recipient: patient.email,
      subject: template.subject,
    });
  }
  if (patient.phone) {
    em.create(Notification, {
      ...common,
      channel: NotificationChannel.SMS,
      recipient: patient.phone,
    });
  }
}
