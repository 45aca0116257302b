import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../ids/uuid';

/** Proof that a consumer has processed an event, written in the same transaction as its effect. */
@Entity({ tableName: 'inbox_event' })
@Unique({ properties: ['consumer', 'eventId'] })
export class InboxEntry {
  [OptionalProps]?: 'id' | 'processedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 64 })
  consumer!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'datetime' })
  processedAt: Date = new Date();
}
