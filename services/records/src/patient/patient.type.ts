import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** `Patient` as seen from records: owned by patient-intake, extended here by `id`. */
@Directive('@key(fields: "id")')
@ObjectType('Patient')
export class PatientReference {
  @Field(() => ID)
  id!: string;
}
