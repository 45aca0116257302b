import {
  AuditOperation,
  AuditOutcome,
  authorizeCase,
  casePatientOf,
  ForbiddenError,
  hasRole,
  type BaseContext,
} from '@consilium/subgraph-kit';

/** Who may see or change a case's money matters. */
export type MoneyAccess = 'PAYER' | 'PAYER_OR_OPERATIONS';

/**
 * Authorises a read or change of a case's payments, invoices and refunds: the case's patient or
 * their proxy (the payer's side) and, for `PAYER_OR_OPERATIONS`, operations staff. The panel's
 * doctors, GPs and partners see none of it. Every decision, allowed or refused, is written to the
 * audit log like every case access.
 * @param ctx - the request
 * @param caseId - the case
 * @param access - who may
 * @param fields - the fields read or changed, for the audit log
 * @param operation - READ (default) or a change
 * @returns the case's patient id (null when billing has not learned it)
 * @throws UNAUTHENTICATED without a token; FORBIDDEN for anyone else
 */
export async function authorizeMoney(
  ctx: BaseContext,
  caseId: string,
  access: MoneyAccess,
  fields: string[],
  operation: AuditOperation = AuditOperation.READ,
): Promise<string | null> {
  const patientId = await casePatientOf(ctx.em, caseId);
  const viewer = ctx.viewer;
  if (viewer && !(access === 'PAYER_OR_OPERATIONS' && hasRole(viewer, 'OPERATIONS'))) {
    const payerSide =
      (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
      patientId !== null &&
      viewer.patientIds.includes(patientId);
    if (!payerSide) {
      ctx.audit.record({
        objectType: 'Case',
        objectId: caseId,
        caseId,
        operation,
        fields,
        outcome: AuditOutcome.DENIED,
        subjectPatientId: patientId,
        reason:
          access === 'PAYER' ? 'only the payer’s side pays or cancels' : 'not the payer’s side',
      });
      throw new ForbiddenError(
        access === 'PAYER'
          ? 'Only the patient or their proxy can pay for or cancel this case.'
          : 'Only the patient, their proxy and operations staff see this case’s payments.',
      );
    }
  }
  await authorizeCase(ctx, { caseId }, { allowPartner: false, fields, operation });
  return patientId;
}
