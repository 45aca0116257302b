import {
  AckPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { InvalidEventError, type DomainEvent } from './domain-event';
import type { DeliveryHandler, EventTransport, GiveUpHandler } from './event-transport';

/** The JetStream stream holding every Consilium event. */
export const EVENTS_STREAM = 'CONSILIUM_EVENTS';
const SUBJECT_PREFIX = 'consilium.events';

/**
 * NATS JetStream: events are published to `consilium.events.<Type>` with the event id as the
 * message id (JetStream drops duplicates within its window); each service reads through its own
 * durable consumer with explicit acks, so an event not acknowledged (the service died, or its
 * handler failed) is delivered again after `ackWaitMs`, up to `maxDeliver` times; then (or at
 * once for a malformed message) it goes to the service's dead-letter list.
 */
export class NatsTransport implements EventTransport {
  readonly kind = 'nats' as const;
  private messages: ConsumerMessages | undefined;

  private constructor(
    private readonly connection: NatsConnection,
    private readonly client: JetStreamClient,
    private readonly logger: Logger,
    private readonly options: { ackWaitMs: number; maxDeliver: number; stream: string },
  ) {}

  /**
   * Connects and makes sure the stream exists.
   * @param url - e.g. `nats://127.0.0.1:4222`
   * @param logger - for delivery failures
   * @param options - redelivery timing (tests shorten it) and stream name
   * @returns the transport
   */
  static async connect(
    url: string,
    logger: Logger,
    options: Partial<{ ackWaitMs: number; maxDeliver: number; stream: string }> = {},
  ): Promise<NatsTransport> {
    const settings = { ackWaitMs: 30_000, maxDeliver: 10, stream: EVENTS_STREAM, ...options };
    const connection = await connect({ servers: url.replace(/^nats:\/\//, '') });
    const manager = await jetstreamManager(connection);
    const subject = `${SUBJECT_PREFIX}.${settings.stream}.>`;
    try {
      await manager.streams.info(settings.stream);
    } catch {
      await manager.streams.add({ name: settings.stream, subjects: [subject] });
    }
    return new NatsTransport(connection, jetstream(connection), logger, settings);
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.client.publish(
      `${SUBJECT_PREFIX}.${this.options.stream}.${event.type}`,
      JSON.stringify(event),
      { msgID: event.id },
    );
  }

  async subscribe(
    consumer: string,
    handler: DeliveryHandler,
    onGiveUp?: GiveUpHandler,
  ): Promise<void> {
    const manager = await jetstreamManager(this.connection);
    const config = {
      durable_name: consumer,
      ack_policy: AckPolicy.Explicit,
      ack_wait: this.options.ackWaitMs * 1_000_000,
      max_deliver: this.options.maxDeliver,
    };
    try {
      await manager.consumers.info(this.options.stream, consumer);
    } catch {
      await manager.consumers.add(this.options.stream, config);
    }
    const source = await this.client.consumers.get(this.options.stream, consumer);
    this.messages = await source.consume();
    void (async () => {
      for await (const message of this.messages!) {
        let event: unknown;
        try {
          event = JSON.parse(message.string());
          await handler(event);
          message.ack();
        } catch (caught) {
          const error = caught as Error;
          const deliveries = message.info.deliveryCount;
          // A malformed message never succeeds; any other failure is retried until maxDeliver.
          const hopeless = error instanceof InvalidEventError || error instanceof SyntaxError;
          if ((hopeless || deliveries >= this.options.maxDeliver) && onGiveUp) {
            try {
              await onGiveUp(event ?? message.string(), error, deliveries);
              this.logger.error(
                { err: error, consumer, deliveries },
                'event put on the dead-letter list',
              );
              message.term();
              continue;
            } catch (recordError) {
              this.logger.error({ err: recordError, consumer }, 'dead letter not recorded');
            }
          }
          this.logger.warn({ err: error, consumer }, 'event not processed; it will be redelivered');
          message.nak(Math.min(1000 * 2 ** deliveries, 60_000));
        }
      }
    })();
  }

  async close(): Promise<void> {
    await this.messages?.close();
    await this.connection.drain();
  }
}
