export {
  CASE_CLOSING_EVENTS,
  CASE_EVENT_TYPES,
  closesCase,
  EVENT_DATA_SCHEMAS,
  EVENT_TYPES,
  type EventData,
  type EventType,
} from './event-catalog';
export {
  createEvent,
  InvalidEventError,
  parseEvent,
  type DomainEvent,
  type EventActor,
  type NewEvent,
} from './domain-event';
export { OutboxEvent } from './outbox-event.entity';
export { InboxEntry } from './inbox-entry.entity';
export { ReceivedDeadLetter } from './received-dead-letter.entity';
export { recordEvent } from './record-event';
export type { EventTransport, DeliveryHandler, GiveUpHandler } from './event-transport';
export { EmbeddedTransport, EVENTS_TOKEN_HEADER } from './embedded-transport';
export { NatsTransport, EVENTS_STREAM } from './nats-transport';
export { createEventConsumer, type EventHandler, type EventHandlers } from './event-consumer';
export {
  backoffMs,
  MAX_PUBLISH_ATTEMPTS,
  startOutboxRelay,
  type OutboxRelay,
} from './outbox-relay';
export {
  embeddedSubscribers,
  SERVICE_DEFAULT_PORTS,
  startEventing,
  type Eventing,
  natsSettingsFromEnv,
  type EventingOptions,
} from './eventing';
export { DeadLetter, DeadLetterKind, deadLetterResolver } from './dead-letter.resolver';
