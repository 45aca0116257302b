import type { Notification, NotificationChannel } from '../notification.entity';

/** Takes messages of one channel out of the platform (an email server, an SMS gateway …). */
export interface MessageSender {
  readonly channel: NotificationChannel;
  /** for logs, e.g. `smtp` or `twilio-whatsapp` */
  readonly name: string;
  /**
   * Hands one message to the provider.
   * @throws when the provider did not accept it (the message stays queued and is tried again)
   */
  send: (message: Notification) => Promise<void>;
}
