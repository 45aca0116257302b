import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, newId } from '@consilium/subgraph-kit';
import { startTestService, type TestService } from '@consilium/subgraph-kit/testing';
import { patientIntake } from '../../index';
import { Notification, NotificationChannel } from '../notification.entity';
import { sendersFromEnv, sendQueuedMessages } from './notification-sender';
import { twilioSender } from './twilio-sender';

/** A stand-in for Twilio's Messages API that records requests and can be told to refuse. */
async function fakeTwilio() {
  const received: { path: string; authorization: string; form: URLSearchParams }[] = [];
  let status = 201;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (status === 201) {
        received.push({
          path: req.url ?? '',
          authorization: req.headers.authorization ?? '',
          form: new URLSearchParams(body),
        });
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 201 ? '{"sid":"SM1"}' : '{"message":"Service unavailable"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    refuse: (refusing: boolean) => (status = refusing ? 503 : 201),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('Sending patient messages', () => {
  let service: TestService;
  let twilio: Awaited<ReturnType<typeof fakeTwilio>>;
  const logger = createLogger('patient-intake'); // silent under jest

  beforeAll(async () => {
    service = await startTestService(patientIntake, false);
    twilio = await fakeTwilio();
  });
  afterAll(async () => {
    await twilio.close();
    await service.stop();
  });

  const queue = async (channel: NotificationChannel, recipient: string): Promise<string> => {
    const em = service.orm.em.fork();
    const message = em.create(Notification, {
      channel,
      recipient,
      language: 'en',
      body: 'Your specialists have confirmed. Open http://localhost:4000/patient',
      eventId: newId(),
    });
    await em.flush();
    return message.id;
  };
  const sentAt = async (id: string): Promise<Date | null> =>
    (await service.orm.em.fork().findOneOrFail(Notification, { id })).sentAt;

  it('sends SMS through the Twilio Messages API, and leaves email queued without SMTP', async () => {
    const sms = await queue(NotificationChannel.SMS, '+919000009001');
    const email = await queue(NotificationChannel.EMAIL, 'kavita@example.org');
    const sender = twilioSender({
      accountSid: 'AC123',
      authToken: 'secret',
      from: '+15005550006',
      channel: 'sms',
      apiUrl: twilio.url,
    });
    expect(await sendQueuedMessages(service.orm, [sender], logger)).toBe(1);
    expect(twilio.received).toHaveLength(1);
    const [request] = twilio.received;
    expect(request!.path).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(request!.authorization).toBe(`Basic ${Buffer.from('AC123:secret').toString('base64')}`);
    expect(Object.fromEntries(request!.form)).toEqual({
      To: '+919000009001',
      From: '+15005550006',
      Body: 'Your specialists have confirmed. Open http://localhost:4000/patient',
    });
    expect(await sentAt(sms)).toBeInstanceOf(Date);
    expect(await sentAt(email)).toBeNull();
  });

  it('keeps a message the provider refuses and sends it in a later round, once', async () => {
    twilio.received.length = 0;
    const sms = await queue(NotificationChannel.SMS, '+919000009002');
    const sender = twilioSender({
      accountSid: 'AC123',
      authToken: 'secret',
      from: '+15005550006',
      channel: 'whatsapp',
      apiUrl: twilio.url,
    });
    twilio.refuse(true);
    expect(await sendQueuedMessages(service.orm, [sender], logger)).toBe(0);
    expect(await sentAt(sms)).toBeNull();
    twilio.refuse(false);
    expect(await sendQueuedMessages(service.orm, [sender], logger)).toBe(1);
    expect(await sendQueuedMessages(service.orm, [sender], logger)).toBe(0);
    expect(twilio.received.map((request) => request.form.get('To'))).toEqual([
      'whatsapp:+919000009002',
    ]);
    expect(twilio.received[0]!.form.get('From')).toBe('whatsapp:+15005550006');
  });

  it('refuses an incomplete or unknown provider configuration at start', () => {
    expect(() => sendersFromEnv({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'AC1' })).toThrow(
      'SMS_PROVIDER=twilio needs TWILIO_AUTH_TOKEN, TWILIO_FROM',
    );
    expect(() => sendersFromEnv({ SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/must be twilio/);
    expect(sendersFromEnv({})).toEqual([]);
  });
});
