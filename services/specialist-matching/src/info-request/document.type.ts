import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** `Document` as seen from specialist-matching: owned (and authorised) by records. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Document')
export class DocumentReference {
  @Field(() => ID)
  id!: string;
}
