import { Field, ID, InputType, Int } from 'type-graphql';
import { AppointmentMode } from './appointment-enums';

/** A wall-clock start in a time zone, as people say times. */
@InputType({
  description: 'A local start time in a time zone, e.g. 2026-12-13T00:30 Asia/Kolkata.',
})
export class LocalTimeInput {
  @Field({ description: 'YYYY-MM-DDTHH:mm, wall-clock time in timeZone.' })
  localStart!: string;

  @Field({ defaultValue: 'Asia/Kolkata', description: 'IANA time zone.' })
  timeZone!: string;
}

/** Times a specialist offers the patient for a consultation. */
@InputType({ description: 'Times a specialist offers for a consultation.' })
export class AppointmentProposalInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => AppointmentMode)
  mode!: AppointmentMode;

  @Field(() => Int, { defaultValue: 30, description: '15–120 minutes.' })
  durationMinutes!: number;

  @Field(() => [LocalTimeInput], { description: '1–6 times to choose from.' })
  slots!: LocalTimeInput[];

  @Field(() => String, { nullable: true, description: 'Where to come; required for IN_PERSON.' })
  address?: string | null;
}
