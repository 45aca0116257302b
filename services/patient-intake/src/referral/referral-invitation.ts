import type { EntityManager } from '@mikro-orm/core';
import { Notification, NotificationChannel } from '../notification/notification.entity';

const PUBLIC_URL = process.env['PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 4000}`;

/** The invitation, in English and Hindi; it names neither the partner nor anything clinical. */
const INVITATION = {
  en: {
    subject: 'Consilium: complete your second-opinion request',
    text: 'A second-opinion request has been started for you on Consilium. Sign up or sign in with this email or phone, then enter the code {{code}} (valid until {{until}}) to complete it: {{link}}',
  },
  hi: {
    subject: 'कॉन्सिलियम: अपना सेकंड ओपिनियन अनुरोध पूरा करें',
    text: 'कॉन्सिलियम पर आपके लिए सेकंड ओपिनियन का अनुरोध शुरू किया गया है। इसी ईमेल या फ़ोन से साइन अप या साइन इन करें, फिर इसे पूरा करने के लिए कोड {{code}} डालें ({{until}} तक मान्य): {{link}}',
  },
} as const;

/**
 * Queues the invitation to a referred patient (the notification outbox; the dev mailbox in the
 * embedded default): the code and the link to claim the case, no clinical details.
 * @param em - the transaction
 * @param invitation - channel, recipient, language, code, expiry, the case and the event
 */
export function queueReferralInvitation(
  em: EntityManager,
  invitation: {
    channel: NotificationChannel;
    recipient: string;
    language: 'en' | 'hi';
    code: string;
    expiresAt: Date;
    caseId: string;
    eventId: string;
  },
): void {
  const template = INVITATION[invitation.language];
  const until = new Intl.DateTimeFormat(invitation.language === 'hi' ? 'hi-IN' : 'en-IN', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Kolkata',
  }).format(invitation.expiresAt);
  const link = `${PUBLIC_URL}/patient/referral?code=${encodeURIComponent(invitation.code)}`;
  em.create(Notification, {
    channel: invitation.channel,
    recipient: invitation.recipient,
    language: invitation.language,
    subject: invitation.channel === NotificationChannel.EMAIL ? template.subject : null,
    body: template.text
      .replace('{{code}}', invitation.code)
      .replace('{{until}}', until)
      .replace('{{link}}', link),
    eventId: invitation.eventId,
    caseId: invitation.caseId,
    sentAt: null,
  });
}
