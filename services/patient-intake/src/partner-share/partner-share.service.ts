import { AuditOperation, ForbiddenError, NotFoundError, parseId } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { recordCaseEvent } from '../intake/case-events';
import { requirePatientSide } from '../patient/patient-side';
import { PartnerShare } from './partner-share.entity';

/** The case, for a change only the patient's side may make to its sharing (logged either way). */
async function caseForSharing(
  em: EntityManager,
  ctx: Context,
  caseId: string,
  operation: AuditOperation,
): Promise<Case> {
  const found = await em.findOne(Case, { id: caseId }, { populate: ['patient'] });
  if (!found) throw new ForbiddenError('You may not see or change this case.');
  await requirePatientSide(
    ctx,
    found.patient.id,
    {
      operation,
      objectType: 'PartnerShare',
      objectId: caseId,
      caseId,
      fields: ['partnerId', 'includeReport'],
    },
    em,
  );
  return found;
}

/**
 * Shares a case with a partner organisation on the patient's side's decision (issue 10): the
 * partner becomes a party to the case in every service (PartnerAccessGranted, on the case's
 * timeline) and sees its status; with includeReport it may also download the delivered report.
 * Sharing again changes includeReport (a new event) or, unchanged, returns the share as it is.
 * @param ctx - the request
 * @param input - the case, the partner organisation's id, whether the report is included
 * @returns the share in force
 * @throws BAD_USER_INPUT (field caseId or partnerId) for a malformed id; FORBIDDEN unless the
 *   viewer is the patient or their proxy
 */
export async function shareCaseWithPartner(
  ctx: Context,
  input: { caseId: string; partnerId: string; includeReport: boolean },
): Promise<PartnerShare> {
  const caseId = parseId(input.caseId, 'caseId');
  const partnerId = parseId(input.partnerId, 'partnerId');
  return ctx.em.transactional(async (em) => {
    const found = await caseForSharing(em, ctx, caseId, AuditOperation.CREATE);
    const existing = await em.findOne(PartnerShare, { caseId, partnerId });
    if (existing && !existing.revokedAt && existing.includeReport === input.includeReport) {
      return existing;
    }
    const share =
      existing ??
      em.create(PartnerShare, {
        caseId,
        partnerId,
        includeReport: input.includeReport,
        grantedAt: new Date(),
        grantedByAccountId: ctx.viewer!.accountId,
      });
    share.includeReport = input.includeReport;
    share.grantedAt = new Date();
    share.grantedByAccountId = ctx.viewer!.accountId;
    share.revokedAt = null;
    await recordCaseEvent(em, ctx, found, 'PartnerAccessGranted', {
      partnerId,
      includeReport: input.includeReport,
    });
    await em.flush();
    return share;
  });
}

/**
 * Stops sharing a case with a partner organisation (PartnerAccessRevoked): from the partner's
 * next request on, every service refuses it the case. Revoking twice changes nothing more.
 * @param ctx - the request
 * @param caseIdInput - the case
 * @param partnerIdInput - the partner organisation's id
 * @returns the share, now revoked
 * @throws BAD_USER_INPUT for a malformed id; FORBIDDEN unless the viewer is the patient or their
 *   proxy; NOT_FOUND when the case was never shared with that partner
 */
export async function revokePartnerAccess(
  ctx: Context,
  caseIdInput: string,
  partnerIdInput: string,
): Promise<PartnerShare> {
  const caseId = parseId(caseIdInput, 'caseId');
  const partnerId = parseId(partnerIdInput, 'partnerId');
  return ctx.em.transactional(async (em) => {
    const found = await caseForSharing(em, ctx, caseId, AuditOperation.UPDATE);
    const share = await em.findOne(PartnerShare, { caseId, partnerId });
    if (!share) throw new NotFoundError('PartnerShare', partnerId);
    if (share.revokedAt) return share;
    share.revokedAt = new Date();
    await recordCaseEvent(em, ctx, found, 'PartnerAccessRevoked', { partnerId });
    await em.flush();
    return share;
  });
}

/**
 * The partner organisations a case is shared with now, most recent first.
 * @param em - an EntityManager
 * @param caseId - the case
 * @returns its shares in force
 */
export function sharesOf(em: EntityManager, caseId: string): Promise<PartnerShare[]> {
  return em.find(PartnerShare, { caseId, revokedAt: null }, { orderBy: { grantedAt: 'desc' } });
}
