import { authorizeCase } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { PartnerOrganisationReference } from './partner-organisation.type';
import { PartnerShare } from './partner-share.entity';
import { revokePartnerAccess, shareCaseWithPartner, sharesOf } from './partner-share.service';

/** The patient's side's consent to share a case with partner organisations (issue 10). */
@Resolver(() => PartnerShare)
export class PartnerShareResolver {
  /** See shareCaseWithPartner. @throws BAD_USER_INPUT, FORBIDDEN */
  @Mutation(() => PartnerShare, {
    description:
      'Shares the case’s status with a partner organisation (the patient or their proxy); includeReport lets it download the delivered report too.',
  })
  shareCaseWithPartner(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('includeReport', () => Boolean) includeReport: boolean,
    @Ctx() ctx: Context,
  ): Promise<PartnerShare> {
    return shareCaseWithPartner(ctx, { caseId, partnerId, includeReport });
  }

  /** See revokePartnerAccess. @throws BAD_USER_INPUT, FORBIDDEN, NOT_FOUND */
  @Mutation(() => PartnerShare, {
    description: 'Stops sharing the case with a partner organisation (the patient or their proxy).',
  })
  revokePartnerAccess(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('partnerId', () => ID) partnerId: string,
    @Ctx() ctx: Context,
  ): Promise<PartnerShare> {
    return revokePartnerAccess(ctx, caseId, partnerId);
  }

  /** The organisation shared with (its name resolved by identity). */
  @FieldResolver(() => PartnerOrganisationReference, {
    description: 'Who the case is shared with.',
  })
  organisation(@Root() share: PartnerShare): PartnerOrganisationReference {
    return { id: share.partnerId };
  }
}

/** Case.partnerShares: who the case is shared with (whoever sees the case, except partners). */
@Resolver(() => Case)
export class CasePartnerSharesResolver {
  /** The shares in force, most recent first. @throws FORBIDDEN for partners */
  @FieldResolver(() => [PartnerShare], {
    description: 'The partner organisations the case is shared with now, most recent first.',
  })
  async partnerShares(@Root() found: Case, @Ctx() ctx: Context): Promise<PartnerShare[]> {
    await authorizeCase(
      ctx,
      { caseId: found.id, patientId: found.patient.id },
      { objectType: 'PartnerShare', fields: ['partnerShares'], allowPartner: false },
    );
    return sharesOf(ctx.em, found.id);
  }
}
