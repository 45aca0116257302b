import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { EmbeddedTransport } from './embedded-transport';
import { createEventConsumer, type EventHandlers } from './event-consumer';
import type { EventTransport } from './event-transport';
import { NatsTransport } from './nats-transport';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';

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
 * configured), its consumer (handlers applied exactly once in effect) and its outbox relay.
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
    ? await NatsTransport.connect(natsUrl, logger, options.nats)
    : new EmbeddedTransport(
        options.subscribers ?? embeddedSubscribers(service),
        process.env['EVENTS_TOKEN'],
      );
  await transport.subscribe(service, createEventConsumer(orm, service, handlers, logger));
  const relay = startOutboxRelay(orm, transport, logger, options.relayIntervalMs);
  return {
    transport,
    relay,
    stop: async () => {
      await relay.stop();
      await transport.close();
    },
  };
}
