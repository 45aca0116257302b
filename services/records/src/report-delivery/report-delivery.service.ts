import {
  AuditOperation,
  actorOf,
  authorizeCase,
  ConflictError,
  NotFoundError,
  parseId,
  recordEvent,
  requireRole,
} from '@consilium/subgraph-kit';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { isCaseActive } from '../case-progress/case-progress';
import { CaseSummary } from '../case-summary/case-summary.entity';
import { CaseSummaryStatus } from '../case-summary/case-summary-status.enum';
import type { Context } from '../context.type';
import { Opinion } from '../opinion/opinion.entity';
import { OpinionStatus } from '../opinion/opinion.enums';
import { opinionsComplete } from '../opinion/opinion.service';
import { ReportDelivery } from './report-delivery.entity';

/**
 * Forwards a case's report to the patient: operations staff, once every opinion the case needs
 * is signed (each panel specialist's, or a board's consensus) and the GP's referral note is
 * final. Records the delivery, closes the case to new opinions and publishes `ReportDelivered`
 * (patient-intake moves the case to REPORT_DELIVERED and tells the patient's side; the partners
 * the patient allowed may then download the report). Delivering a delivered case again returns
 * the first delivery.
 * @param ctx - the request
 * @param caseIdInput - the case
 * @returns the delivery
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT for a malformed `caseId`; NOT_FOUND
 *   when records has never heard of the case; CONFLICT while an opinion or the referral note is
 *   missing, or when the case is not active (not paid, refunded, withdrawn or erased)
 */
export async function deliverReport(ctx: Context, caseIdInput: string): Promise<ReportDelivery> {
  const viewer = requireRole(ctx, 'OPERATIONS');
  const caseId = parseId(caseIdInput, 'caseId');
  const known = await ctx.em.findOne(CaseProgress, { caseId });
  await authorizeCase(
    ctx,
    { caseId, patientId: known?.patientId ?? null },
    { operation: AuditOperation.CREATE, objectType: 'ReportDelivery', fields: ['deliveredAt'] },
  );
  return ctx.em.transactional(async (em) => {
    const earlier = await em.findOne(ReportDelivery, { caseId });
    if (earlier) return earlier;
    const progress = await em.findOne(CaseProgress, { caseId });
    if (!progress?.patientId) throw new NotFoundError('Case', caseId);
    if (!isCaseActive(progress)) {
      throw new ConflictError(
        progress.closedAt
          ? `This case was closed on ${progress.closedAt.toISOString()} (${progress.closedBy}); there is no report to deliver.`
          : 'This case is not paid for yet; there is no report to deliver.',
      );
    }
    const submitted = await em.find(Opinion, { caseId, status: OpinionStatus.SUBMITTED });
    if (!opinionsComplete(progress, submitted)) {
      throw new ConflictError(
        'Not every opinion is signed yet (each specialist’s, or for a board its consensus).',
      );
    }
    const summary = await em.findOne(CaseSummary, { caseId });
    if (summary?.status !== CaseSummaryStatus.FINAL) {
      throw new ConflictError('The GP’s referral note is not submitted yet.');
    }
    const now = new Date();
    const delivery = em.create(ReportDelivery, {
      caseId,
      patientId: progress.patientId,
      deliveredAt: now,
      deliveredByAccountId: viewer.accountId,
      deliveredByName: viewer.displayName ?? 'Consilium operations',
    });
    progress.closedAt = now;
    progress.closedBy = 'ReportDelivered';
    recordEvent(em, {
      type: 'ReportDelivered',
      caseId,
      patientId: progress.patientId,
      actor: actorOf(ctx, progress.patientId),
      data: { reportId: delivery.id },
    });
    await em.flush();
    return delivery;
  });
}
