import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** How a message reaches a person. */
export enum NotificationChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

/**
 * A message sent to a patient about their case: never with clinical details, only what happened
 * and a link to the app. Kept as the record of what was sent; in the embedded default it is also
 * the dev mailbox operations can read.
 */
@ObjectType({ description: 'A message sent to a patient (never with clinical details).' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['createdAt'] })
export class Notification extends ConsiliumEntity {
  @Field(() => NotificationChannel)
  @Enum({ items: () => NotificationChannel })
  channel!: NotificationChannel;

  @Field({ description: 'E.164 phone or email address.' })
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Field({ description: 'The language it was written in (en or hi).' })
  @Property({ type: 'string', length: 8 })
  language!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  subject: string | null = null;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => ID, { description: 'The event that caused it.' })
  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it left the platform; null in the dev mailbox.',
  })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}
