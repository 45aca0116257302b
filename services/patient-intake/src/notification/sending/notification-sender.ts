import type { MikroORM } from '@mikro-orm/core';
import { oneReplicaAtATime, type Logger } from '@consilium/subgraph-kit';
import { Notification } from '../notification.entity';
import type { MessageSender } from './message-sender';
import { smtpSender } from './smtp-sender';
import { twilioSender } from './twilio-sender';

/**
 * The senders configured in the environment:
 * - email: `SMTP_URL` (and `MAIL_FROM`);
 * - SMS or WhatsApp: `SMS_PROVIDER=twilio` with `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN`,
 *   `TWILIO_FROM`, optionally `TWILIO_CHANNEL=whatsapp` and `TWILIO_API_URL`.
 * A channel without a sender keeps its messages in the dev mailbox (the embedded default).
 * @param env - environment to read
 * @returns the senders
 * @throws when SMS_PROVIDER names an unknown provider or its settings are incomplete
 */
export function sendersFromEnv(env: NodeJS.ProcessEnv = process.env): MessageSender[] {
  const senders: MessageSender[] = [];
  if (env['SMTP_URL']) {
    senders.push(
      smtpSender(env['SMTP_URL'], env['MAIL_FROM'] ?? 'Consilium <no-reply@consilium.example>'),
    );
  }
  const provider = env['SMS_PROVIDER'];
  if (provider === 'twilio') {
    const missing = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'].filter(
      (name) => !env[name],
    );
    if (missing.length > 0) throw new Error(`SMS_PROVIDER=twilio needs ${missing.join(', ')}`);
    senders.push(
      twilioSender({
        accountSid: env['TWILIO_ACCOUNT_SID']!,
        authToken: env['TWILIO_AUTH_TOKEN']!,
        from: env['TWILIO_FROM']!,
        channel: env['TWILIO_CHANNEL'] === 'whatsapp' ? 'whatsapp' : 'sms',
        apiUrl: env['TWILIO_API_URL'],
      }),
    );
  } else if (provider) {
    throw new Error(`SMS_PROVIDER must be twilio (or unset for the dev mailbox), not ${provider}`);
  }
  return senders;
}

/**
 * Sends the oldest queued messages of every channel that has a sender, marking each one sent; a
 * message the provider refuses stays queued for the next round.
 * @param orm - patient-intake's ORM
 * @param senders - the configured senders
 * @param logger - for refusals
 * @returns how many were sent
 */
export async function sendQueuedMessages(
  orm: MikroORM,
  senders: MessageSender[],
  logger: Logger,
): Promise<number> {
  let sent = 0;
  for (const sender of senders) {
    const em = orm.em.fork();
    const queued = await em.find(
      Notification,
      { sentAt: null, channel: sender.channel },
      { orderBy: { createdAt: 'asc' }, limit: 20 },
    );
    for (const message of queued) {
      try {
        await sender.send(message);
        message.sentAt = new Date();
        sent += 1;
      } catch (error) {
        logger.warn(
          { err: error, notificationId: message.id, sender: sender.name },
          'message not sent; will retry',
        );
      }
    }
    await em.flush();
  }
  return sent;
}

/**
 * Sends queued messages every two seconds through the senders configured in the environment.
 * @param orm - patient-intake's ORM
 * @param logger - for failures
 * @returns a function that stops the sender
 */
export function startNotificationSender(orm: MikroORM, logger: Logger): () => Promise<void> {
  const senders = sendersFromEnv();
  if (senders.length === 0) return async () => undefined;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    // One replica at a time sends, so no message goes out twice.
    running = oneReplicaAtATime(orm)
      .tryRun('notification sender', () => sendQueuedMessages(orm, senders, logger))
      .catch((error: unknown) => logger.error({ err: error }, 'notification sender failed'));
  }, 2000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
