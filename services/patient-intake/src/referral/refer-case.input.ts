import { Field, ID, InputType } from 'type-graphql';
import { AdministrativeGender } from '../patient/administrative-gender.enum';

@InputType({ description: 'A patient a partner organisation refers for a second opinion.' })
export class ReferCaseInput {
  @Field(() => ID, {
    description: 'A UUID the partner makes per referral: retrying with it returns the same case.',
  })
  idempotencyKey!: string;

  @Field({ description: 'The patient’s full name.' })
  fullName!: string;

  @Field({ description: 'Date of birth, YYYY-MM-DD.' })
  birthDate!: string;

  @Field(() => AdministrativeGender)
  gender!: AdministrativeGender;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number, Indian ones as typed (098682 27853) or E.164; phone or email.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address; phone or email.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The invitation’s language: en (default) or hi.',
  })
  preferredLanguage?: string | null;

  @Field({ description: 'Why the patient is referred (1–2,000 characters).' })
  referralNote!: string;
}
