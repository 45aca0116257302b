import { AuditOperation, authorizeCase, referenceId } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { ReportDelivery } from './report-delivery.entity';
import { deliverReport } from './report-delivery.service';

/** `deliverReport` and `Case.reportDelivery` (journey step 7: the report goes to the patient). */
@Resolver(() => CaseReference)
export class ReportDeliveryResolver {
  /** Forwards the case's report to the patient (operations staff); see deliverReport. */
  @Mutation(() => ReportDelivery, {
    description:
      'Forwards a case’s report (the case file with the referral note and the signed opinions) to the patient: operations staff, once every opinion is signed and the GP’s referral note is final. Delivering again returns the first delivery.',
  })
  deliverReport(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: Context,
  ): Promise<ReportDelivery> {
    return deliverReport(ctx, caseId);
  }

  /**
   * When and by whom the case's report was delivered, for the case's parties and operations
   * staff (audited); null until delivered.
   * @throws FORBIDDEN for anyone else
   */
  @FieldResolver(() => ReportDelivery, {
    nullable: true,
    description: 'When and by whom the case’s report was delivered; null until it is.',
  })
  async reportDelivery(
    @Root() found: CaseReference,
    @Ctx() ctx: Context,
  ): Promise<ReportDelivery | null> {
    const caseId = referenceId(found);
    const progress = await ctx.em.findOne(CaseProgress, { caseId });
    await authorizeCase(
      ctx,
      { caseId, patientId: progress?.patientId ?? null },
      { operation: AuditOperation.READ, objectType: 'ReportDelivery', fields: ['deliveredAt'] },
    );
    return ctx.em.findOne(ReportDelivery, { caseId });
  }
}
