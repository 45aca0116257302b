import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { DomainEvent } from './domain-event';

/**
 * An event waiting to be (or already) published: written in the same transaction as the change
 * that caused it, published by the relay, kept for the record.
 */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['publishedAt', 'nextAttemptAt'] })
export class OutboxEvent {
  [OptionalProps]?:
    'caseId' | 'publishedAt' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'deadAt';

  /** the event's id */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  caseId: string | null = null;

  /** the whole event as sent */
  @Property({ type: 'json' })
  payload!: DomainEvent;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date(0);

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** set when publishing gave up: the event is on the dead-letter list until retried */
  @Property({ type: 'datetime', nullable: true })
  deadAt: Date | null = null;
}
