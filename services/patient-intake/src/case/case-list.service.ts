import {
  AuditOperation,
  AuditOutcome,
  CaseParty,
  CasePartyKind,
  decodeCursor,
  ForbiddenError,
  hasRole,
  parseId,
  parsePageSize,
  requireRole,
  requireViewer,
  toConnection,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { CaseConnection, CaseStageCount } from './case.connection';
import { CaseStage } from './case-stage.enum';
import { Case } from './case.entity';
import { CASE_FIELDS } from './case.service';

/** Filters for a case list. */
export interface CaseListFilter {
  stage?: CaseStage | null;
  /** only this patient's cases (UUID) */
  patientId?: string | null;
}

/**
 * One page of cases, newest first (keyset pagination on creation time, then id).
 * @param ctx - request context
 * @param filter - optional stage and patient
 * @param first - page size, 1..100
 * @param after - cursor of the last case of the previous page
 * @param columns - the columns the page shows (caseListColumns), or null to read whole cases;
 *   a page read by columns is not kept in the request's identity map, so no later read in the
 *   request meets a half-read case
 * @returns a Relay connection of the cases the viewer may see (each read is audited)
 * @throws BadUserInputError for a bad `first`, `after` or `patientId`; UNAUTHENTICATED;
 *   FORBIDDEN for another patient's cases
 */
export async function listCases(
  ctx: Context,
  filter: CaseListFilter,
  first: number,
  after: string | null,
  columns: (keyof Case & string)[] | null = null,
): Promise<CaseConnection> {
  const size = parsePageSize(first);
  const where: Record<string, unknown> = {};
  if (filter.stage) where['stage'] = filter.stage;
  if (filter.patientId) where['patient'] = parseId(filter.patientId, 'patientId');
  Object.assign(where, await visibleCases(ctx, filter.patientId ?? null));
  if (after != null) {
    const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
    const at = new Date(createdAt!);
    where['$or'] = [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }];
  }
  const orderBy = { createdAt: 'desc', id: 'desc' } as const;
  const rows: Case[] = columns
    ? await ctx.em.find(Case, where, {
        orderBy,
        limit: size + 1,
        fields: columns,
        disableIdentityMap: true,
      })
    : await ctx.em.find(Case, where, { orderBy, limit: size + 1 });
  const page = toConnection(rows, size, after, (node) => [node.createdAt.toISOString(), node.id]);
  for (const { node } of page.edges) {
    ctx.audit.record({
      objectType: 'Case',
      objectId: node.id,
      caseId: node.id,
      operation: AuditOperation.READ,
      fields: CASE_FIELDS,
      outcome: AuditOutcome.ALLOWED,
      actingForPatientId: ctx.viewer?.patientIds.includes(node.patient.id) ? node.patient.id : null,
    });
  }
  return page;
}

/**
 * The cases a viewer may list, as a query condition: operations staff all; patients and proxies
 * those of the patients they act for (asking for another patient's is FORBIDDEN); specialists
 * and GPs those they are party to; partners those shared with their organisation.
 * @param ctx - request context
 * @param patientId - the patient asked for, if any
 * @returns a condition to add to the query
 * @throws UNAUTHENTICATED; FORBIDDEN
 */
async function visibleCases(
  ctx: Context,
  patientId: string | null,
): Promise<Record<string, unknown>> {
  const viewer = requireViewer(ctx);
  if (hasRole(viewer, 'OPERATIONS')) return {};
  if (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) {
    if (patientId && !viewer.patientIds.includes(patientId)) {
      ctx.audit.record({
        objectType: 'Patient',
        objectId: patientId,
        operation: AuditOperation.READ,
        fields: ['cases'],
        outcome: AuditOutcome.DENIED,
        reason: 'not a patient the viewer acts for',
      });
      throw new ForbiddenError('You may not see this patient’s cases.');
    }
    return { patient: { $in: viewer.patientIds } };
  }
  const party: [CasePartyKind, string | null] | null = hasRole(viewer, 'SPECIALIST')
    ? [CasePartyKind.SPECIALIST, viewer.specialistId]
    : hasRole(viewer, 'GP')
      ? [CasePartyKind.GP, viewer.accountId]
      : hasRole(viewer, 'PARTNER') && viewer.scopes.includes('cases:read-status')
        ? [CasePartyKind.PARTNER, viewer.partnerId]
        : null;
  if (!party || !party[1]) throw new ForbiddenError('You may not list cases.');
  const theirs = await ctx.em.find(
    CaseParty,
    { kind: party[0], partyId: party[1] },
    { fields: ['caseId'] },
  );
  return { id: { $in: theirs.map((row) => row.caseId) } };
}

/**
 * How many cases are at each stage, every stage listed (zero included), in journey order.
 * @param ctx - request context
 * @returns one count per stage
 * @throws FORBIDDEN for anyone but operations staff
 */
export async function countCasesByStage(ctx: Context): Promise<CaseStageCount[]> {
  requireRole(ctx, 'OPERATIONS');
  const rows: { stage: CaseStage; count: string | number }[] = await ctx.em
    .getConnection()
    .execute('select stage, count(*) as count from medical_case group by stage');
  const counts = new Map(rows.map((row) => [row.stage, Number(row.count)]));
  return Object.values(CaseStage).map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}
