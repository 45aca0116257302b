import {
  ALLERGY_SEVERITIES,
  CONDITION_CLINICAL_STATUSES,
  type IndianState,
} from '@consilium/validation';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndianStateEnum } from '../patient/patient-enums';

/** FHIR R4 AllergyIntolerance.reaction.severity. */
export const AllergyIntoleranceSeverity = Object.fromEntries(
  ALLERGY_SEVERITIES.map((value) => [value, value]),
) as { [K in (typeof ALLERGY_SEVERITIES)[number]]: K };
registerEnumType(AllergyIntoleranceSeverity, {
  name: 'AllergyIntoleranceSeverity',
  description: 'FHIR R4 AllergyIntolerance.reaction.severity.',
});

/** FHIR R4 Condition.clinicalStatus. */
export const ConditionClinicalStatus = Object.fromEntries(
  CONDITION_CLINICAL_STATUSES.map((value) => [value, value]),
) as { [K in (typeof CONDITION_CLINICAL_STATUSES)[number]]: K };
registerEnumType(ConditionClinicalStatus, {
  name: 'ConditionClinicalStatus',
  description: 'FHIR R4 Condition.clinicalStatus.',
});

type Severity = (typeof ALLERGY_SEVERITIES)[number];
type ClinicalStatus = (typeof CONDITION_CLINICAL_STATUSES)[number];

/** A symptom in the patient's words (FHIR R4 Observation, category symptom). */
@ObjectType({ description: 'A symptom: what, since when, how bad (1–10).' })
export class Symptom {
  @Field()
  description!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  onsetDate?: string | null;

  @Field(() => Int, { nullable: true, description: '1 (mild) to 10 (worst).' })
  severity?: number | null;
}

/** A code in a code system (FHIR R4 Coding). */
@ObjectType({ description: 'A code in a code system (FHIR R4 Coding).' })
export class Coding {
  @Field({ description: 'ICD-10 or SNOMED-CT.' })
  system!: string;

  @Field()
  code!: string;
}

/** A known diagnosis (FHIR R4 Condition: code.text, code.coding, onsetDateTime, clinicalStatus). */
@ObjectType({ description: 'A known diagnosis (FHIR R4 Condition).' })
export class Condition {
  @Field({ description: 'The diagnosis as written (Condition.code.text).' })
  text!: string;

  @Field(() => Coding, { nullable: true })
  code?: Coding | null;

  @Field(() => LocalDateResolver, { nullable: true })
  onsetDate?: string | null;

  @Field(() => ConditionClinicalStatus, { nullable: true })
  clinicalStatus?: ClinicalStatus | null;
}

/** A medicine taken (FHIR R4 MedicationStatement: medication, dosage.text, effectivePeriod.start). */
@ObjectType({ description: 'A medicine the patient takes (FHIR R4 MedicationStatement).' })
export class MedicationStatement {
  @Field()
  medication!: string;

  @Field(() => String, { nullable: true })
  dose?: string | null;

  @Field(() => String, { nullable: true })
  frequency?: string | null;

  @Field(() => String, { nullable: true })
  route?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  effectiveStart?: string | null;
}

/** An allergy (FHIR R4 AllergyIntolerance: code, reaction.manifestation, reaction.severity). */
@ObjectType({ description: 'An allergy (FHIR R4 AllergyIntolerance).' })
export class AllergyIntolerance {
  @Field()
  substance!: string;

  @Field(() => String, { nullable: true })
  reaction?: string | null;

  @Field(() => AllergyIntoleranceSeverity, { nullable: true })
  severity?: Severity | null;
}

/** A past procedure (FHIR R4 Procedure: code.text, performedDateTime, location). */
@ObjectType({ description: 'A past procedure or operation (FHIR R4 Procedure).' })
export class Procedure {
  @Field()
  name!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  performedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Hospital or clinic.' })
  location?: string | null;
}

/** A test already done and its result (FHIR R4 Observation / DiagnosticReport conclusion). */
@ObjectType({ description: 'A test already done and its result.' })
export class Investigation {
  @Field()
  name!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  result?: string | null;
}

/** The doctor treating the patient now (FHIR R4 Practitioner). */
@ObjectType({ description: 'The doctor treating the patient now.' })
export class TreatingPractitioner {
  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  specialty?: string | null;

  @Field(() => String, { nullable: true })
  hospital?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;
}

/** Where the patient is at intake (Telemedicine Practice Guidelines 2020). */
@ObjectType({ description: 'Where the patient is at intake.' })
export class PatientLocation {
  @Field()
  city!: string;

  @Field(() => IndianStateEnum)
  state!: IndianState;
}

@InputType()
export class SymptomInput {
  @Field({ description: 'At most 4,000 characters.' })
  description!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  onsetDate?: string | null;

  @Field(() => Int, { nullable: true, description: '1 (mild) to 10 (worst).' })
  severity?: number | null;
}

@InputType()
export class CodingInput {
  @Field({ description: 'ICD-10 or SNOMED-CT.' })
  system!: string;

  @Field()
  code!: string;
}

@InputType()
export class ConditionInput {
  @Field()
  text!: string;

  @Field(() => CodingInput, { nullable: true })
  code?: CodingInput | null;

  @Field(() => LocalDateResolver, { nullable: true })
  onsetDate?: string | null;

  @Field(() => ConditionClinicalStatus, { nullable: true })
  clinicalStatus?: ClinicalStatus | null;
}

@InputType()
export class MedicationStatementInput {
  @Field()
  medication!: string;

  @Field(() => String, { nullable: true })
  dose?: string | null;

  @Field(() => String, { nullable: true })
  frequency?: string | null;

  @Field(() => String, { nullable: true })
  route?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  effectiveStart?: string | null;
}

@InputType()
export class AllergyIntoleranceInput {
  @Field()
  substance!: string;

  @Field(() => String, { nullable: true })
  reaction?: string | null;

  @Field(() => AllergyIntoleranceSeverity, { nullable: true })
  severity?: Severity | null;
}

@InputType()
export class ProcedureInput {
  @Field()
  name!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  performedDate?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;
}

@InputType()
export class InvestigationInput {
  @Field()
  name!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  result?: string | null;
}

@InputType()
export class TreatingPractitionerInput {
  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  specialty?: string | null;

  @Field(() => String, { nullable: true })
  hospital?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;
}

@InputType()
export class PatientLocationInput {
  @Field()
  city!: string;

  @Field(() => IndianStateEnum)
  state!: IndianState;
}
