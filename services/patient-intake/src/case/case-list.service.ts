import { decodeCursor, parseId, parsePageSize, toConnection } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { CaseConnection, CaseStageCount } from './case.connection';
import { CaseStage } from './case-stage.enum';
import { Case } from './case.entity';

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
 * @returns a Relay connection
 * @throws BadUserInputError for a bad `first`, `after` or `patientId`
 */
export async function listCases(
  ctx: Context,
  filter: CaseListFilter,
  first: number,
  after: string | null,
): Promise<CaseConnection> {
  const size = parsePageSize(first);
  const where: Record<string, unknown> = {};
  if (filter.stage) where['stage'] = filter.stage;
  if (filter.patientId) where['patient'] = parseId(filter.patientId, 'patientId');
  if (after != null) {
    const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
    const at = new Date(createdAt!);
    where['$or'] = [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }];
  }
  const rows = await ctx.em.find(Case, where, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, after, (node) => [node.createdAt.toISOString(), node.id]);
}

/**
 * How many cases are at each stage, every stage listed (zero included), in journey order.
 * @param ctx - request context
 * @returns one count per stage
 */
export async function countCasesByStage(ctx: Context): Promise<CaseStageCount[]> {
  const rows: { stage: CaseStage; count: string | number }[] = await ctx.em
    .getConnection()
    .execute('select stage, count(*) as count from medical_case group by stage');
  const counts = new Map(rows.map((row) => [row.stage, Number(row.count)]));
  return Object.values(CaseStage).map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}
