import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event this service received but could not process after every redelivery (or could never
 * process: it failed validation). Kept with its payload until operations retry it; the retry
 * processes it here, through the same consumer, and removes it on success.
 */
@Entity({ tableName: 'received_dead_letter' })
export class ReceivedDeadLetter {
  [OptionalProps]?: 'caseId' | 'retryRequestedAt' | 'deadAt';

  /** the event's id, or a hash of the message when it has none */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  /** the event type as received, e.g. `PanelConfirmed` (may be unknown) */
  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  /** the message as received */
  @Property({ type: 'json' })
  payload!: unknown;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** how many times it was delivered and failed */
  @Property({ type: 'integer' })
  deliveries!: number;

  @Property({ type: 'text' })
  lastError!: string;

  /** when processing gave up; null while a retry is pending */
  @Property({ type: 'datetime', nullable: true })
  deadAt: Date | null = new Date();

  /** set by operations' retry; the eventing loop processes it again */
  @Property({ type: 'datetime', nullable: true })
  retryRequestedAt: Date | null = null;
}
