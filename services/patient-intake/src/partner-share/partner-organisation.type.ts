import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A partner organisation (insurer, employer, hospital) a case is shared with, by id; the identity
 * service, which keeps the partners' API clients, resolves its public name.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('PartnerOrganisation', {
  description: 'A partner organisation (insurer, employer, hospital), resolved by identity.',
})
export class PartnerOrganisationReference {
  @Field(() => ID)
  id!: string;
}
