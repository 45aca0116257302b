import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ContactChannel } from './contact-channel.enum';

/** One contact between a specialist and the patient's side (FHIR R4 Communication). */
@ObjectType({ description: 'One contact between a specialist and the patient (Communication).' })
@Entity({ tableName: 'contact_log' })
@Index({ properties: ['caseId', 'occurredAt'] })
export class ContactLog extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  specialistId!: string;

  @Field(() => ContactChannel)
  @Enum({ items: () => ContactChannel })
  channel!: ContactChannel;

  @Field({ description: 'When the contact happened (UTC; Communication.sent).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'What was discussed, briefly.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** who logged it: the specialist, or operations staff on their behalf */
  @Property({ type: 'uuid', nullable: true })
  loggedByAccountId: string | null = null;
}
