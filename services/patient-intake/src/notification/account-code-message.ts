import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent } from '@consilium/subgraph-kit';
import { Notification, NotificationChannel } from './notification.entity';

type Purpose = DomainEvent<'AccountCodeIssued'>['data']['purpose'];

/** The code messages, in English and Hindi; `{{code}}` is the six digits, `{{minutes}}` its life. */
const CODE_TEMPLATES: Record<Purpose, Record<'en' | 'hi', { subject: string; text: string }>> = {
  VERIFY_EMAIL: {
    en: {
      subject: 'Consilium: your verification code',
      text: 'Your Consilium verification code is {{code}}. It expires in {{minutes}} minutes. If you did not sign up, ignore this message.',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपका सत्यापन कोड',
      text: 'आपका कॉन्सिलियम सत्यापन कोड {{code}} है। यह {{minutes}} मिनट में समाप्त हो जाएगा। अगर आपने साइन अप नहीं किया, तो इस संदेश को अनदेखा करें।',
    },
  },
  VERIFY_PHONE: {
    en: {
      subject: 'Consilium: your verification code',
      text: 'Your Consilium verification code is {{code}}. It expires in {{minutes}} minutes.',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपका सत्यापन कोड',
      text: 'आपका कॉन्सिलियम सत्यापन कोड {{code}} है। यह {{minutes}} मिनट में समाप्त हो जाएगा।',
    },
  },
  RESET_PASSWORD: {
    en: {
      subject: 'Consilium: set your password',
      text: 'Your code to set a new Consilium password is {{code}}. It expires in {{minutes}} minutes. If you did not ask for it, ignore this message; your password is unchanged.',
    },
    hi: {
      subject: 'कॉन्सिलियम: अपना पासवर्ड सेट करें',
      text: 'कॉन्सिलियम का नया पासवर्ड सेट करने का आपका कोड {{code}} है। यह {{minutes}} मिनट में समाप्त हो जाएगा। अगर आपने यह नहीं माँगा, तो इसे अनदेखा करें; आपका पासवर्ड नहीं बदला है।',
    },
  },
};

/**
 * Queues the message carrying a one-time code from the identity service (verification or
 * password reset), in the account's language, in the consumer's transaction.
 * @param em - the consumer's transaction
 * @param event - the AccountCodeIssued event
 */
export async function queueAccountCodeMessage(
  em: EntityManager,
  event: DomainEvent<'AccountCodeIssued'>,
): Promise<void> {
  const { purpose, channel, recipient, language, code, expiresAt } = event.data;
  const template = CODE_TEMPLATES[purpose][language];
  const minutes = Math.max(
    1,
    Math.round((Date.parse(expiresAt) - Date.parse(event.occurredAt)) / 60_000),
  );
  em.create(Notification, {
    channel: channel === 'EMAIL' ? NotificationChannel.EMAIL : NotificationChannel.SMS,
    recipient,
    language,
    subject: channel === 'EMAIL' ? template.subject : null,
    body: template.text.replace('{{code}}', code).replace('{{minutes}}', String(minutes)),
    eventId: event.id,
    caseId: null,
    sentAt: null,
  });
}
