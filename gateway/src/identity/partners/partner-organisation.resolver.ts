import { referenceId, requireViewer, type BaseContext } from '@consilium/subgraph-kit';
import { Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { PartnerClient } from './partner-client.entity';

/**
 * A partner organisation (insurer, employer, hospital) as the patient's side sees it when
 * choosing who to share a case with: its id and public name only, from its API clients.
 */
@Directive('@key(fields: "id")')
@ObjectType('PartnerOrganisation', {
  description: 'A partner organisation (insurer, employer, hospital), resolved by identity.',
})
export class PartnerOrganisation {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Its public name, e.g. "Star Health Insurance".' })
  name!: string;
}

/**
 * The organisations with an API client in force, by name (one entry per organisation).
 * @param em - identity's EntityManager
 * @param partnerIds - only these, when given
 * @returns the organisations
 */
async function organisations(
  em: BaseContext['em'],
  partnerIds?: string[],
): Promise<PartnerOrganisation[]> {
  const clients = await em.find(
    PartnerClient,
    { revokedAt: null, ...(partnerIds ? { partnerId: { $in: partnerIds } } : {}) },
    { orderBy: { name: 'asc', createdAt: 'asc' }, limit: 500 },
  );
  const byId = new Map<string, PartnerOrganisation>();
  for (const client of clients) {
    if (!byId.has(client.partnerId))
      byId.set(client.partnerId, { id: client.partnerId, name: client.name });
  }
  return [...byId.values()];
}

/** The partner organisations a patient may share a case with (issue 10). */
@Resolver(() => PartnerOrganisation)
export class PartnerOrganisationResolver {
  /** Every organisation with an API client in force, by name. @throws UNAUTHENTICATED */
  @Query(() => [PartnerOrganisation], {
    description: 'Partner organisations a case can be shared with, by name (signed-in users).',
  })
  partnerOrganisations(@Ctx() ctx: BaseContext): Promise<PartnerOrganisation[]> {
    requireViewer(ctx);
    return organisations(ctx.em);
  }
}

/**
 * Resolves `PartnerOrganisation` references (a case's shares in patient-intake) to their public
 * name; an organisation whose clients were all revoked keeps its id with the name "Partner
 * organisation (no longer active)".
 */
export const partnerOrganisationReference = {
  __resolveReference: async (
    reference: { id: string },
    ctx: BaseContext,
  ): Promise<PartnerOrganisation> => {
    const id = referenceId(reference);
    const [found] = await organisations(ctx.em, [id]);
    return found ?? { id, name: 'Partner organisation (no longer active)' };
  },
};
