import { Field, ID, ObjectType } from 'type-graphql';

/** A patient's lifetime health record: everything kept for them across all their cases. */
@ObjectType({ description: "A patient's lifetime health record across all their cases." })
export class HealthRecord {
  @Field(() => ID, { description: 'The patient the record belongs to.' })
  patientId!: string;
}
