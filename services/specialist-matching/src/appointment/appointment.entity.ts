import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AppointmentMode, AppointmentStatus } from './appointment-enums';

/** A consultation between a specialist and the patient's side (FHIR R4 Appointment). */
@ObjectType({ description: 'A consultation appointment (FHIR R4 Appointment); times in UTC.' })
@Entity({ tableName: 'appointment' })
@Index({ properties: ['specialistId', 'status', 'startsAt'] })
export class Appointment extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  @Property({ type: 'uuid' })
  specialistId!: string;

  @Field(() => AppointmentStatus)
  @Enum({ items: () => AppointmentStatus })
  status: Opt<AppointmentStatus> = AppointmentStatus.PROPOSED;

  @Field(() => AppointmentMode)
  @Enum({ items: () => AppointmentMode })
  mode!: AppointmentMode;

  @Field(() => Int, { description: 'Length in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => Date, { nullable: true, description: 'Start (UTC) once booked.' })
  @Property({ type: 'datetime', nullable: true })
  startsAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'End (UTC) once booked.' })
  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The video meeting link (VIDEO, once booked).',
  })
  @Property({ type: 'text', nullable: true })
  meetingUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where to come (IN_PERSON).' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was last moved.' })
  @Property({ type: 'text', nullable: true })
  rescheduleReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @OneToMany(() => AppointmentSlot, (slot) => slot.appointment, { orderBy: { startsAt: 'asc' } })
  slots = new Collection<AppointmentSlot>(this);
}

/** A time the specialist offered for an appointment (FHIR R4 Slot). */
@ObjectType({ description: 'A time offered for an appointment (FHIR R4 Slot); UTC.' })
@Entity({ tableName: 'appointment_slot' })
export class AppointmentSlot extends ConsiliumEntity {
  @ManyToOne(() => Appointment, { ref: true, deleteRule: 'cascade' })
  appointment!: Ref<Appointment>;

  @Field()
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  endsAt!: Date;
}
