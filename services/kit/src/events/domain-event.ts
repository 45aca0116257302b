import { z } from 'zod';
import { newId } from '../ids/uuid';
import { currentTime } from '../clock/domain-clock';
import { EVENT_DATA_SCHEMAS, EVENT_TYPES, type EventData, type EventType } from './event-catalog';

/** Who caused an event: the account, and the patient it acted for (proxies act for others). */
export interface EventActor {
  accountId: string | null;
  actingForPatientId: string | null;
}

/** A domain event as stored in the outbox and sent between services. */
export interface DomainEvent<T extends EventType = EventType> {
  /** unique event id (UUIDv7), also the deduplication key everywhere */
  id: string;
  type: T;
  /** schema version of `data` */
  version: 1;
  /** ISO 8601 UTC */
  occurredAt: string;
  caseId: string | null;
  patientId: string | null;
  actor: EventActor;
  data: EventData<T>;
}

const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.enum(EVENT_TYPES as [EventType, ...EventType[]]),
  version: z.literal(1),
  occurredAt: z.iso.datetime(),
  caseId: z.uuid().nullable(),
  patientId: z.uuid().nullable(),
  actor: z.object({ accountId: z.string().nullable(), actingForPatientId: z.uuid().nullable() }),
  data: z.unknown(),
});

/** Thrown when something that claims to be an event does not match its schema. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/**
 * Checks an event against the envelope schema and the schema of its type.
 * @param value - parsed JSON
 * @returns the event
 * @throws InvalidEventError naming what is wrong
 */
export function parseEvent(value: unknown): DomainEvent {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) throw new InvalidEventError(`invalid event: ${envelope.error.message}`);
  const data = EVENT_DATA_SCHEMAS[envelope.data.type].safeParse(envelope.data.data);
  if (!data.success) {
    throw new InvalidEventError(`invalid ${envelope.data.type} data: ${data.error.message}`);
  }
  return { ...envelope.data, data: data.data } as DomainEvent;
}

/** What a service says when it records an event. */
export interface NewEvent<T extends EventType> {
  type: T;
  caseId: string | null;
  patientId: string | null;
  actor?: EventActor;
  data: EventData<T>;
}

/**
 * Builds a complete, validated event with a new id and the current time.
 * @param input - type, subject ids, actor and data
 * @returns the event
 * @throws InvalidEventError when the data does not match the type's schema
 */
export function createEvent<T extends EventType>(input: NewEvent<T>): DomainEvent<T> {
  return parseEvent({
    id: newId(),
    type: input.type,
    version: 1,
    occurredAt: currentTime().toISOString(),
    caseId: input.caseId,
    patientId: input.patientId,
    actor: input.actor ?? { accountId: null, actingForPatientId: null },
    data: input.data,
  }) as DomainEvent<T>;
}
