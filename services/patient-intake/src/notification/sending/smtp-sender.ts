import nodemailer from 'nodemailer';
import { NotificationChannel, type Notification } from '../notification.entity';
import type { MessageSender } from './message-sender';

/**
 * Email through an SMTP server (nodemailer).
 * @param url - e.g. `smtps://user:password@smtp.example.org:465`
 * @param from - the sender, e.g. `Consilium <no-reply@consilium.example>`
 * @returns the sender
 */
export function smtpSender(url: string, from: string): MessageSender {
  const transport = nodemailer.createTransport(url);
  return {
    channel: NotificationChannel.EMAIL,
    name: 'smtp',
    send: async (message: Notification) => {
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.body,
      });
    },
  };
}
