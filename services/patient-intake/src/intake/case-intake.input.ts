import { Field, InputType } from 'type-graphql';
import { SecondOpinionReason } from '../case/second-opinion-reason.enum';
import {
  AllergyIntoleranceInput,
  ConditionInput,
  InvestigationInput,
  MedicationStatementInput,
  PatientLocationInput,
  ProcedureInput,
  SymptomInput,
  TreatingPractitionerInput,
} from './case-history.types';

/**
 * Part of a case's history (DESIGN.md §2 step 2). Every section is optional; a section that is
 * given replaces the stored one whole (so a list is always sent complete). Checked by
 * `caseIntakeSchema` of @consilium/validation, the same rules the app checks.
 */
@InputType({ description: 'Part of a case history; each section given replaces the stored one.' })
export class CaseIntakeInput {
  @Field(() => String, { nullable: true, description: 'At most 4,000 characters.' })
  presentingComplaint?: string | null;

  @Field(() => [SymptomInput], { nullable: true })
  symptoms?: SymptomInput[] | null;

  @Field(() => [ConditionInput], { nullable: true })
  conditions?: ConditionInput[] | null;

  @Field(() => [MedicationStatementInput], { nullable: true })
  medications?: MedicationStatementInput[] | null;

  @Field(() => [AllergyIntoleranceInput], { nullable: true })
  allergies?: AllergyIntoleranceInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True to say explicitly that the patient has no known allergies.',
  })
  noKnownAllergies?: boolean | null;

  @Field(() => [ProcedureInput], { nullable: true })
  procedures?: ProcedureInput[] | null;

  @Field(() => [InvestigationInput], { nullable: true })
  investigations?: InvestigationInput[] | null;

  @Field(() => String, { nullable: true, description: 'Family, developmental or other history.' })
  otherHistory?: string | null;

  @Field(() => TreatingPractitionerInput, { nullable: true })
  treatingPractitioner?: TreatingPractitionerInput | null;

  @Field(() => String, { nullable: true, description: 'What the treating doctor advised.' })
  treatmentAdvised?: string | null;

  @Field(() => SecondOpinionReason, { nullable: true })
  reasonForSecondOpinion?: SecondOpinionReason | null;

  @Field(() => String, { nullable: true, description: 'The reason in the patient’s words.' })
  reasonDetail?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Questions for the specialists: 1 to 10, each at most 1,000 characters.',
  })
  questions?: string[] | null;

  @Field(() => PatientLocationInput, { nullable: true })
  patientLocation?: PatientLocationInput | null;
}
