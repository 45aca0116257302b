import { Field, InputType, Int } from 'type-graphql';
import { AvailabilitySlotInput } from '../specialist/availability-slot.type';

/** A medical council registration as entered. */
@InputType({ description: 'Medical council registration (Telemedicine Practice Guidelines 2020).' })
export class MedicalRegistrationInput {
  @Field({ description: 'e.g. Delhi Medical Council' })
  council!: string;

  @Field({ description: 'As issued, e.g. DMC/R/04521' })
  number!: string;

  @Field(() => Int, { description: 'Year of registration' })
  year!: number;
}

/** A specialist's profile as operations staff enter it when onboarding or editing. */
@InputType({ description: 'A specialist’s profile as operations staff enter it.' })
export class SpecialistProfileInput {
  @Field({ description: 'Name in Latin script, 2–120 characters.' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Name in a local script.' })
  nameLocal?: string | null;

  @Field(() => String, { nullable: true, description: 'Email for platform messages.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'https URL of a portrait photo.' })
  photoUrl?: string | null;

  @Field({ description: 'From `specialties`.' })
  specialty!: string;

  @Field(() => String, { nullable: true })
  subSpecialty?: string | null;

  @Field()
  qualifications!: string;

  @Field()
  aiimsTrained!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when AIIMS-trained.' })
  aiimsCampus?: string | null;

  @Field(() => String, { nullable: true })
  aiimsDepartment?: string | null;

  @Field(() => Int, { description: '0–70 years.' })
  yearsOfExperience!: number;

  @Field(() => [String], { description: 'At least one, e.g. English, Hindi.' })
  languages!: string[];

  @Field()
  city!: string;

  @Field(() => [String])
  hospitals!: string[];

  @Field(() => MedicalRegistrationInput)
  registration!: MedicalRegistrationInput;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  bio?: string | null;

  @Field(() => Int, { description: 'Most cases at once, 1–50.' })
  maxActiveCases!: number;

  @Field({ defaultValue: 'Asia/Kolkata', description: 'IANA time zone of the availability.' })
  timeZone!: string;

  @Field(() => [AvailabilitySlotInput])
  weeklyAvailability!: AvailabilitySlotInput[];
}
