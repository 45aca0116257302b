import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent } from '@consilium/subgraph-kit';
import type { Case } from '../case/case.entity';
import { Notification, NotificationChannel } from './notification.entity';
import { queuePatientMessages } from './notifier';
import type { PatientTemplate } from './notification-templates';

/** Where links in messages point (the platform's public address). */
const PUBLIC_URL = process.env['PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 4000}`;

type Change = DomainEvent<'AppointmentChanged'>['data']['change'];

/** What the patient's side is told when the specialist (or operations) changes an appointment. */
const TO_PATIENT: Partial<Record<Change, Record<'en' | 'hi', PatientTemplate>>> = {
  PROPOSED: {
    en: {
      subject: 'Consilium: choose a time for your consultation',
      text: 'A specialist has offered times for a consultation. Please choose one: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: परामर्श का समय चुनें',
      text: 'एक विशेषज्ञ ने परामर्श के लिए समय सुझाए हैं। कृपया एक चुनें: {{link}}',
    },
  },
  RESCHEDULED: {
    en: {
      subject: 'Consilium: your consultation was moved',
      text: 'A specialist has moved your consultation to a new time. See the new time and the reason: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपका परामर्श दूसरे समय पर',
      text: 'एक विशेषज्ञ ने आपका परामर्श नए समय पर कर दिया है। नया समय और कारण देखें: {{link}}',
    },
  },
  CANCELLED: {
    en: {
      subject: 'Consilium: a consultation was cancelled',
      text: 'A consultation in your case was cancelled. See why, and the next steps: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: एक परामर्श रद्द हुआ',
      text: 'आपके केस का एक परामर्श रद्द हो गया है। कारण और आगे क्या करना है, देखें: {{link}}',
    },
  },
};

const inIndia = (iso: string): string =>
  new Date(iso).toLocaleString('en-IN', {
    timeZone: 'Asia/Kolkata',
    dateStyle: 'medium',
    timeStyle: 'short',
  }) + ' IST';

/**
 * The messages an appointment change owes (issue 8): the patient's side hears of times offered,
 * moved or cancelled by the specialist or operations staff; the specialist (their profile's email)
 * hears of a booking or cancellation by the patient's side. No clinical details, only a link.
 * Written in the consumer's transaction, so a redelivered event never sends twice.
 * @param em - the consumer's transaction
 * @param event - any event (only AppointmentChanged sends)
 * @param found - the event's case
 */
export async function queueAppointmentMessages(
  em: EntityManager,
  event: DomainEvent,
  found: Case,
): Promise<void> {
  if (event.type !== 'AppointmentChanged') return;
  const data = event.data as DomainEvent<'AppointmentChanged'>['data'];
  if (data.by !== 'PATIENT_SIDE') {
    await queuePatientMessages(em, event, found, TO_PATIENT[data.change]);
    return;
  }
  if (!data.notifyEmail || (data.change !== 'BOOKED' && data.change !== 'CANCELLED')) return;
  const reference = found.id.slice(-8).toUpperCase();
  const when = data.startsAt ? ` for ${inIndia(data.startsAt)}` : '';
  em.create(Notification, {
    language: 'en',
    eventId: event.id,
    caseId: found.id,
    sentAt: null,
    channel: NotificationChannel.EMAIL,
    recipient: data.notifyEmail,
    subject:
      data.change === 'BOOKED'
        ? `Consilium: appointment booked on case ${reference}${when}`
        : `Consilium: the patient cancelled an appointment on case ${reference}`,
    body:
      data.change === 'BOOKED'
        ? `Dear Dr ${data.specialistName}, the patient of case ${reference} booked the appointment${when}. Details: ${PUBLIC_URL}/doctor`
        : `Dear Dr ${data.specialistName}, the patient of case ${reference} cancelled the appointment${when}. Their reason is on the case page: ${PUBLIC_URL}/doctor`,
  });
}
