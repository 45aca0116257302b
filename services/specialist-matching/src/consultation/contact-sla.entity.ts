import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One specialist's 48-hour clock to contact the patient of a paid case (DESIGN.md §2 step 6):
 * started by the payment, reminders at 24 h and 40 h, breached at 48 h unless contact was logged.
 * Every step is stored, so a restart neither loses nor repeats one.
 */
@ObjectType({ description: 'A specialist’s 48-hour clock to contact the patient.' })
@Entity({ tableName: 'contact_sla' })
@Unique({ properties: ['caseId', 'specialistId'] })
@Index({ properties: ['contactedAt', 'breachedAt', 'dueAt'] })
// a specialist's clocks, due soonest first (myContactSlas)
@Index({ properties: ['specialistId', 'dueAt'] })
export class ContactSla extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  specialistId!: string;

  @Field({ description: 'When the case was paid: the clock starts (UTC).' })
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field({ description: 'Contact is due by then: 48 hours after payment (UTC).' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the first contact was logged.' })
  @Property({ type: 'datetime', nullable: true })
  contactedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the 24-hour reminder was sent.' })
  @Property({ type: 'datetime', nullable: true })
  firstReminderAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the 40-hour reminder was sent.' })
  @Property({ type: 'datetime', nullable: true })
  secondReminderAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the 48 hours passed without contact and operations staff were alerted.',
  })
  @Property({ type: 'datetime', nullable: true })
  breachedAt: Date | null = null;
}
