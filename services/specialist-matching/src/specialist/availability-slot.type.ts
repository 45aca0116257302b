import { Field, InputType, ObjectType } from 'type-graphql';
import { Weekday } from './weekday.enum';

/**
 * One weekly window in which the specialist consults, in their time zone (FHIR R4
 * PractitionerRole.availableTime). `end` earlier than `start` runs past midnight into the next
 * day, e.g. SATURDAY 23:00–01:30 covers early Sunday.
 */
@ObjectType({ description: 'One weekly consulting window, in the specialist’s time zone.' })
export class AvailabilitySlot {
  @Field(() => Weekday)
  weekday!: Weekday;

  @Field({ description: 'Local start time, HH:mm (24-hour).' })
  start!: string;

  @Field({ description: 'Local end time, HH:mm; earlier than start runs into the next day.' })
  end!: string;
}

/** A weekly consulting window as entered by operations staff. */
@InputType({ description: 'A weekly consulting window (HH:mm, the specialist’s time zone).' })
export class AvailabilitySlotInput {
  @Field(() => Weekday)
  weekday!: Weekday;

  @Field()
  start!: string;

  @Field()
  end!: string;
}
