import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** `Case` as seen from records: owned by patient-intake, extended here by `id`. */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class CaseReference {
  @Field(() => ID)
  id!: string;
}
