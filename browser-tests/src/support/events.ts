import { randomBytes, randomUUID } from 'node:crypto';
import { createEvent, type DomainEvent } from '@consilium/subgraph-kit';

/**
 * Lets the tests of one describe block deliver events to the platform's services as another
 * service would: sets EVENTS_TOKEN (which the platform process inherits, so call it before
 * withPlatformAndChromium) and restores it after the block.
 * @returns the token to send with each event
 */
export function withEventsToken(): string {
  const token = randomBytes(16).toString('hex');
  const before = process.env['EVENTS_TOKEN'];
  process.env['EVENTS_TOKEN'] = token;
  afterAll(() => {
    if (before === undefined) delete process.env['EVENTS_TOKEN'];
    else process.env['EVENTS_TOKEN'] = before;
  });
  return token;
}

/**
 * The fee of a case paid, as billing publishes it (there is no payment flow in the apps yet).
 * @param caseId - the case
 * @param patientId - its patient
 * @param hoursAgo - how long ago it was paid (the 48-hour contact clocks start then)
 * @returns the event
 */
export function paymentCaptured(caseId: string, patientId: string, hoursAgo = 0): DomainEvent {
  return {
    ...createEvent({
      type: 'PaymentCaptured',
      caseId,
      patientId,
      data: { paymentId: randomUUID(), amount: 500000, currency: 'INR' },
    }),
    occurredAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString(),
  };
}

/**
 * Delivers an event to services of the platform started on `port` (patient-intake is port + 1,
 * specialist-matching + 2, billing + 3, records + 4).
 * @param port - the platform's gateway port
 * @param offsets - which services, e.g. [1, 2, 4]
 * @param token - the events token (withEventsToken)
 * @param event - the event
 * @throws when a service does not accept it
 */
export async function deliverEvent(
  port: number,
  offsets: number[],
  token: string,
  event: DomainEvent,
): Promise<void> {
  for (const offset of offsets) {
    const delivered = await fetch(`http://127.0.0.1:${port + offset}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-consilium-events-token': token },
      body: JSON.stringify(event),
    });
    if (delivered.status !== 204) {
      throw new Error(`port ${port + offset} refused the event: ${delivered.status}`);
    }
  }
}
