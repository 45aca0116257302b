import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { EmbeddedTransport } from './embedded-transport';
import { createEventConsumer, type EventHandlers } from './event-consumer';
import type { EventTransport } from './event-transport';
import { NatsTransport } from './nats-transport';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';
import { recordReceivedDeadLetter, retryReceivedDeadLetters } from './received-dead-letters';

/** The four services and their default ports (DESIGN.md §3), for finding each other's `/events`. */
export const SERVICE_DEFAULT_PORTS: Record<string, number> = {
  'patient-intake': 4001,
  'specialist-matching': 4002,
  billing: 4003,
  records: 4004,
};

/**
 * The `/events` URLs of every other service: `<SERVICE>_EVENTS_URL`, else
 * `http://127.0.0.1:<SERVICE>_PORT or its default port>/events`.
 * @param self - this service's name
 * @param env - environment to read
 * @returns the URLs
 */
export function embeddedSubscribers(self: string, env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(SERVICE_DEFAULT_PORTS)
    .filter(([name]) => name !== self)
    .map(([name, port]) => {
      const prefix = name.toUpperCase().replace(/-/g, '_');
      return (
        env[`${prefix}_EVENTS_URL`] ?? `http://127.0.0.1:${env[`${prefix}_PORT`] ?? port}/events`
      );
    });
}

/**
 * JetStream settings from the environment: `NATS_STREAM` (stream name, default CONSILIUM_EVENTS),
 * `NATS_ACK_WAIT_MS` (how long an unacknowledged event waits before redelivery, default 30 s) and
 * `NATS_MAX_DELIVER` (deliveries before it becomes a dead letter, default 10).
 * @param env - environment to read
 * @returns the settings given
 */
export function natsSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Partial<{ ackWaitMs: number; maxDeliver: number; stream: string }> {
  const settings: Partial<{ ackWaitMs: number; maxDeliver: number; stream: string }> = {};
  if (env['NATS_STREAM']) settings.stream = env['NATS_STREAM'];
  if (env['NATS_ACK_WAIT_MS']) settings.ackWaitMs = Number(env['NATS_ACK_WAIT_MS']);
  if (env['NATS_MAX_DELIVER']) settings.maxDeliver = Number(env['NATS_MAX_DELIVER']);
  return settings;
}

/** How a service's events travel; tests override parts. */
export interface EventingOptions {
  /** use NATS JetStream at this URL (default: `NATS_URL`; unset means embedded) */
  natsUrl?: string;
  /** JetStream stream name and redelivery timing (tests isolate and speed up) */
  nats?: Partial<{ ackWaitMs: number; maxDeliver: number; stream: string }>;
  /** embedded: the other services' `/events` URLs (default: from the environment) */
  subscribers?: string[];
  /** how often the relay looks for due events (ms) */
  relayIntervalMs?: number;
}

/** A service's running event machinery. */
export interface Eventing {
  transport: EventTransport;
  relay: OutboxRelay;
  stop: () => Promise<void>;
}

/**
 * Starts a service's events: the transport (embedded HTTP by default, NATS JetStream when
 * configured), its consumer (handlers applied exactly once in effect), its outbox relay, and the
 * loop that processes again the received dead letters operations retried.
 * @param service - the service name (also its consumer name)
 * @param orm - the service's ORM
 * @param handlers - what the service does with the events it consumes
 * @param logger - for event problems
 * @param options - overrides
 * @returns the running eventing
 */
export async function startEventing(
  service: string,
  orm: MikroORM,
  handlers: EventHandlers,
  logger: Logger,
  options: EventingOptions = {},
): Promise<Eventing> {
  const natsUrl = options.natsUrl ?? process.env['NATS_URL'];
  const transport: EventTransport = natsUrl
    ? await NatsTransport.connect(natsUrl, logger, { ...natsSettingsFromEnv(), ...options.nats })
    : new EmbeddedTransport(
        options.subscribers ?? embeddedSubscribers(service),
        process.env['EVENTS_TOKEN'],
      );
  const consume = createEventConsumer(orm, service, handlers, logger);
  await transport.subscribe(service, consume, (event, error, deliveries) =>
    recordReceivedDeadLetter(orm, event, error, deliveries),
  );
  const relay = startOutboxRelay(orm, transport, logger, options.relayIntervalMs);
  let retrying: Promise<unknown> = Promise.resolve();
  const retryTimer = setInterval(() => {
    retrying = retryReceivedDeadLetters(orm, consume, logger).catch((error: unknown) =>
      logger.error({ err: error }, 'dead-letter retry failed'),
    );
  }, 1000);
  retryTimer.unref();
  return {
    transport,
    relay,
    stop: async () => {
      clearInterval(retryTimer);
      await retrying;
      await relay.stop();
      await transport.close();
    },
  };
}
