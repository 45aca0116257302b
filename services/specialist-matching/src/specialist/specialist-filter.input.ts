import { Field, InputType, Int } from 'type-graphql';

/** What the directory is narrowed to; every field is optional and they combine with AND. */
@InputType({ description: 'Directory filters; all optional, combined with AND.' })
export class SpecialistFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words to look for in names, specialties, city and hospitals (2–100 characters).',
  })
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'A specialty from `specialties`.' })
  specialty?: string | null;

  @Field(() => String, { nullable: true, description: 'A consulting language, e.g. Telugu.' })
  language?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Has a consulting window within this many days from today (1–60, Asia/Kolkata).',
  })
  availableWithinDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only (true) or never (false) AIIMS-trained.',
  })
  aiimsTrained?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'City, or its start, e.g. Hyderabad or hyd (any case).',
  })
  city?: string | null;
}
