import type { DomainEvent } from './domain-event';

/** Handles one delivered event; throwing asks for redelivery later. */
export type DeliveryHandler = (event: unknown) => Promise<void>;

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
  /** Starts delivering events to this service's handler. */
  subscribe: (consumer: string, handler: DeliveryHandler) => Promise<void>;
  close: () => Promise<void>;
}
