import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { DomainEvent, Logger } from '@consilium/subgraph-kit';
import nodemailer from 'nodemailer';
import type { Case } from '../case/case.entity';
import { Patient } from '../patient/patient.entity';
import { Notification, NotificationChannel } from './notification.entity';
import { PATIENT_TEMPLATES } from './notification-templates';

/** Where links in messages point (the platform's public address). */
const PUBLIC_URL = process.env['PUBLIC_URL'] ?? 'http://localhost:4000';

/**
 * Writes the messages an event owes the patient, in the patient's language, in the same
 * transaction as the event's effect (so a redelivered event never sends twice). Sending happens
 * after commit (startNotificationSender); without SMTP_URL the messages stay in the dev mailbox.
 * @param em - the consumer's transaction
 * @param event - the event
 * @param found - its case
 */
export async function queuePatientMessages(
  em: EntityManager,
  event: DomainEvent,
  found: Case,
): Promise<void> {
  const templates = PATIENT_TEMPLATES[event.type];
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

/**
 * Sends queued email through SMTP when `SMTP_URL` is set (nodemailer), marking each sent; SMS
 * needs a provider adapter and stays queued. Without SMTP_URL nothing leaves the platform: the
 * queue is the dev mailbox.
 * @param orm - patient-intake's ORM
 * @param logger - for failures
 * @returns a function that stops the sender
 */
export function startNotificationSender(orm: MikroORM, logger: Logger): () => Promise<void> {
  const smtp = process.env['SMTP_URL'];
  if (!smtp) return async () => undefined;
  const transport = nodemailer.createTransport(smtp);
  const from = process.env['MAIL_FROM'] ?? 'Consilium <no-reply@consilium.example>';
  const timer = setInterval(() => {
    void (async () => {
      const em = orm.em.fork();
      const queued = await em.find(
        Notification,
        { sentAt: null, channel: NotificationChannel.EMAIL },
        { limit: 20 },
      );
      for (const message of queued) {
        try {
          await transport.sendMail({
            from,
            to: message.recipient,
            subject: message.subject ?? '',
            text: message.body,
          });
          message.sentAt = new Date();
        } catch (error) {
          logger.warn({ err: error, notificationId: message.id }, 'email not sent; will retry');
        }
      }
      await em.flush();
    })().catch((error: unknown) => logger.error({ err: error }, 'notification sender failed'));
  }, 2000);
  timer.unref();
  return async () => clearInterval(timer);
}
