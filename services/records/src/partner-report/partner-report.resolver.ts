import {
  AuditOperation,
  AuditOutcome,
  authorizeCase,
  ForbiddenError,
  hasRole,
  referenceId,
} from '@consilium/subgraph-kit';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { caseReportPdfLink } from './partner-report-routes';
import { PartnerReportGrant } from './partner-report-grant.entity';

@ObjectType({ description: 'A delivered case’s report, for a partner the patient allowed.' })
class PartnerReport {
  @Field(() => Date, { description: 'When the report was delivered (UTC).' })
  deliveredAt!: Date;

  @Field({ description: 'A short-lived (5-minute) signed same-origin link to the report PDF.' })
  downloadUrl!: string;
}

/** `Case.partnerReport`: the delivered report for a partner the patient allowed (issue 10). */
@Resolver(() => CaseReference)
export class CasePartnerReportResolver {
  /**
   * The delivered report as a signed PDF link, for operations staff, the patient's side, and a
   * partner organisation whose token has `reports:read` and whom the patient allowed the report
   * (includeReport); null until the report is delivered. Every link made is audited.
   * @throws FORBIDDEN for anyone else (a partner without the scope or the patient's permission)
   */
  @FieldResolver(() => PartnerReport, {
    nullable: true,
    description:
      'The delivered report as a signed PDF link (partners: with reports:read and the patient’s permission); null until delivered.',
  })
  async partnerReport(
    @Root() found: CaseReference,
    @Ctx() ctx: Context,
  ): Promise<PartnerReport | null> {
    const caseId = referenceId(found);
    const progress = await ctx.em.findOne(CaseProgress, { caseId });
    const intent = {
      operation: AuditOperation.READ,
      objectType: 'CaseReport',
      objectId: caseId,
      fields: ['pdf'],
    };
    await authorizeCase(
      ctx,
      { caseId, patientId: progress?.patientId ?? null },
      { ...intent, allowPartner: true },
    );
    const viewer = ctx.viewer!;
    if (hasRole(viewer, 'PARTNER')) {
      const allowed =
        viewer.scopes.includes('reports:read') &&
        viewer.partnerId !== null &&
        (await ctx.em.count(PartnerReportGrant, { caseId, partnerId: viewer.partnerId })) > 0;
      if (!allowed) {
        ctx.audit.record({
          ...intent,
          caseId,
          outcome: AuditOutcome.DENIED,
          reason: 'the patient did not allow the report, or no reports:read scope',
        });
        throw new ForbiddenError(
          'The report needs a token with the reports:read scope and the patient’s permission to share it.',
        );
      }
    }
    if (progress?.closedBy !== 'ReportDelivered' || !progress.closedAt) return null;
    return { deliveredAt: progress.closedAt, downloadUrl: caseReportPdfLink(caseId) };
  }
}
