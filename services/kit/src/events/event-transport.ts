import type { DomainEvent } from './domain-event';

/** Handles one delivered event; throwing asks for redelivery later. */
export type DeliveryHandler = (event: unknown) => Promise<void>;

/**
 * Keeps an event the transport stops redelivering (it failed every delivery, or failed
 * validation) so operations can see and retry it; throwing keeps the message for redelivery.
 */
export type GiveUpHandler = (event: unknown, error: Error, deliveries: number) => Promise<void>;

/**
 * How events travel between services. Both adapters give at-least-once delivery; consumers make
 * it exactly-once in effect with their inbox.
 */
export interface EventTransport {
  /** `embedded` (HTTP over loopback, the default) or `nats` (JetStream) */
  readonly kind: 'embedded' | 'nats';
  /**
   * Delivers one event to every subscriber.
   * @throws when any subscriber did not accept it (the relay retries later)
   */
  publish: (event: DomainEvent) => Promise<void>;
  /**
   * Starts delivering events to this service's handler. Transports that redeliver on their own
   * (NATS) call `onGiveUp` for a message they stop redelivering; the embedded transport leaves
   * giving up to the producer's relay.
   */
  subscribe: (
    consumer: string,
    handler: DeliveryHandler,
    onGiveUp?: GiveUpHandler,
  ) => Promise<void>;
  close: () => Promise<void>;
}
