import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { AdministrativeGender } from './administrative-gender.enum';
import {
  AddressInput,
  EmergencyContactInput,
  GuardianInput,
  IdentifierInput,
} from './patient-details.types';

/**
 * A patient's registration (DESIGN.md §2 step 1), checked by `patientRegistrationSchema` of
 * @consilium/validation, the same rules the app checks before sending.
 */
@InputType({ description: 'A patient’s registration: demographics, contact, identification.' })
export class PatientRegistrationInput {
  @Field({ description: 'Full name in any script, as the patient writes it.' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'The name in a local script.' })
  nameLocal?: string | null;

  @Field(() => LocalDateResolver, { description: 'ISO 8601 date; not in the future.' })
  birthDate!: string;

  @Field(() => AdministrativeGender, { description: 'Sex (FHIR AdministrativeGender).' })
  gender!: AdministrativeGender;

  @Field(() => String, { nullable: true })
  genderIdentity?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number; 098682 27853, +91 98682 27853 and E.164 are accepted.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 tag, e.g. hi, ml, ta, en.' })
  preferredLanguage?: string | null;

  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => EmergencyContactInput, { nullable: true })
  emergencyContact?: EmergencyContactInput | null;

  @Field(() => IdentifierInput, { nullable: true })
  identifier?: IdentifierInput | null;

  @Field(() => GuardianInput, { nullable: true, description: 'Required for a patient under 18.' })
  guardian?: GuardianInput | null;
}
