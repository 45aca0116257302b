import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { CaseReferral } from './case-referral.entity';
import { ReferCaseInput } from './refer-case.input';
import { claimReferral, referCase } from './refer-case.service';

/** Partners refer patients; referred patients claim the draft case (issue 10). */
@Resolver(() => CaseReferral)
export class CaseReferralResolver {
  /** See referCase. @throws FORBIDDEN without cases:refer; BAD_USER_INPUT naming the field */
  @Mutation(() => CaseReferral, {
    description:
      'A partner organisation refers a patient (scope cases:refer): a DRAFT case shared with it (status only) and an invitation to the patient. Idempotent per idempotencyKey.',
  })
  referCase(@Arg('input') input: ReferCaseInput, @Ctx() ctx: Context): Promise<CaseReferral> {
    return referCase(ctx, input);
  }

  /** See claimReferral. @throws BAD_USER_INPUT (field code); FORBIDDEN */
  @Mutation(() => Case, {
    description:
      'A referred patient claims the draft case made for them with their invitation code.',
  })
  claimReferral(@Arg('code') code: string, @Ctx() ctx: Context): Promise<Case> {
    return claimReferral(ctx, code);
  }

  /** The DRAFT case made for the referred patient. */
  @FieldResolver(() => Case, { description: 'The case made for the referred patient.' })
  async case(@Root() referral: CaseReferral, @Ctx() ctx: Context): Promise<Case> {
    const found = await ctx.loaders.case.load(referral.caseId);
    return found!;
  }
}
