import { NotificationChannel, type Notification } from '../notification.entity';
import type { MessageSender } from './message-sender';

/** How to reach a Twilio account (or a service speaking its Messages API). */
export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** the sending number (E.164) or messaging service id */
  from: string;
  /** `sms`, or `whatsapp` to send the same text over WhatsApp */
  channel: 'sms' | 'whatsapp';
  /** default `https://api.twilio.com`; tests point it at a local server */
  apiUrl?: string;
}

/**
 * Text messages (SMS or WhatsApp) through Twilio's Messages API: `POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json` with `To`, `From` and `Body` form fields and
 * HTTP basic auth (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource).
 * WhatsApp uses the same call with `whatsapp:` before both numbers.
 * @param settings - the account
 * @returns the sender
 */
export function twilioSender(settings: TwilioSettings): MessageSender {
  const base = settings.apiUrl ?? 'https://api.twilio.com';
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`;
  const address = (number: string): string =>
    settings.channel === 'whatsapp' ? `whatsapp:${number}` : number;
  return {
    channel: NotificationChannel.SMS,
    name: `twilio-${settings.channel}`,
    send: async (message: Notification) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          To: address(message.recipient),
          From: address(settings.from),
          Body: message.body,
        }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) {
        const detail = (await response.text()).slice(0, 300);
        throw new Error(`Twilio answered ${response.status}: ${detail}`);
      }
    },
  };
}
