import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  casePatientOf,
  ForbiddenError,
  hasRole,
  parseId,
  requireViewer,
} from '@consilium/subgraph-kit';
import { normaliseEmail } from '@consilium/validation';
import type { Context } from '../context.type';
import { ShareLink, ShareScope } from './share-link.entity';

/** SHA-256 hex of a secret (link token or code); only hashes are stored. */
export const secretHash = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** What the patient's side asks to share. */
export interface ShareRequest {
  patientId: string;
  caseId?: string | null;
  recipientEmail: string;
  expiresInDays?: number | null;
  withCode?: boolean | null;
}

/** A new share link with its secrets, shown once. */
export interface NewShareLink {
  shareLink: ShareLink;
  /** same-origin path the recipient opens, e.g. `/shared/<secret>` */
  url: string;
  /** the one-time code to give the recipient separately, when asked for */
  code: string | null;
}

/** The patient's side of a patient (the patient or their proxy), audited. */
function requirePatientSide(
  ctx: Context,
  patientId: string,
  objectId: string,
  operation: AuditOperation,
): void {
  const viewer = requireViewer(ctx);
  const allowed =
    (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
    viewer.patientIds.includes(patientId);
  ctx.audit.record({
    objectType: 'ShareLink',
    objectId,
    operation,
    fields: ['scope', 'recipient', 'expiresAt'],
    outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    actingForPatientId: patientId,
    reason: allowed ? null : 'not the patient’s side',
  });
  if (!allowed) throw new ForbiddenError('Only the patient or their proxy can share this record.');
}

/**
 * Shares the health record, or one case, with a doctor or hospital: a link that works until it
 * expires (7 days by default, at most 90) or is revoked, optionally also asking for a one-time
 * code the patient gives separately. Only hashes of the secrets are kept.
 * @param ctx - the request
 * @param request - whose record, which case (optional), for whom, how long, with a code or not
 * @returns the link with its secrets (shown once)
 * @throws BAD_USER_INPUT naming the field; FORBIDDEN unless the patient's side
 */
export async function createShareLink(ctx: Context, request: ShareRequest): Promise<NewShareLink> {
  const patientId = parseId(request.patientId, 'input.patientId');
  requirePatientSide(ctx, patientId, patientId, AuditOperation.CREATE);
  const recipientEmail = normaliseEmail(request.recipientEmail);
  if (!recipientEmail)
    throw new BadUserInputError(
      'input.recipientEmail',
      'This is not an email address (e.g. name@example.org).',
    );
  const days = request.expiresInDays ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new BadUserInputError('input.expiresInDays', 'A link can work for 1 to 90 days.');
  }
  let caseId: string | null = null;
  if (request.caseId) {
    caseId = parseId(request.caseId, 'input.caseId');
    if ((await casePatientOf(ctx.em, caseId)) !== patientId) {
      throw new BadUserInputError('input.caseId', 'This case is not one of this patient’s cases.');
    }
  }
  const token = randomBytes(32).toString('base64url');
  const code = request.withCode ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
  const shareLink = ctx.em.create(ShareLink, {
    patientId,
    scope: caseId ? ShareScope.CASE : ShareScope.HEALTH_RECORD,
    caseId,
    recipientEmail,
    expiresAt: new Date(Date.now() + days * 86_400_000),
    requiresCode: code !== null,
    tokenHash: secretHash(token),
    codeHash: code ? secretHash(code) : null,
    createdByAccountId: requireViewer(ctx).accountId,
  });
  await ctx.em.flush();
  return { shareLink, url: `/shared/${token}`, code };
}

/**
 * Revokes a share link at once (every replica reads the database on each use).
 * @throws FORBIDDEN unless the patient's side
 */
export async function revokeShareLink(ctx: Context, id: string): Promise<ShareLink> {
  const linkId = parseId(id, 'id');
  const shareLink = await ctx.em.findOne(ShareLink, { id: linkId });
  if (!shareLink) throw new ForbiddenError('You may not see or change this link.');
  requirePatientSide(ctx, shareLink.patientId, shareLink.id, AuditOperation.UPDATE);
  shareLink.revokedAt ??= new Date();
  await ctx.em.flush();
  return shareLink;
}

/**
 * The share links of a patient, newest first.
 * @throws FORBIDDEN unless the patient's side
 */
export async function shareLinksOf(ctx: Context, patientId: string): Promise<ShareLink[]> {
  const id = parseId(patientId, 'patientId');
  requirePatientSide(ctx, id, id, AuditOperation.READ);
  return ctx.em.find(ShareLink, { patientId: id }, { orderBy: { createdAt: 'desc' }, limit: 200 });
}
