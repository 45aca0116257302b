import type { EntityManager } from '@mikro-orm/core';
import { PanelMemberStatus } from './panel-member-status.enum';

/**
 * How many cases each specialist is working on: confirmed seats on panels whose case is not yet
 * closed (delivered, refunded, withdrawn or erased). One grouped query.
 * @param em - an EntityManager (inside the caller's transaction when deciding on capacity)
 * @param specialistIds - whom to count (all when omitted)
 * @returns active case count per specialist id; absent means none
 */
export async function activeCaseCounts(
  em: EntityManager,
  specialistIds?: string[],
): Promise<Map<string, number>> {
  if (specialistIds && specialistIds.length === 0) return new Map();
  const only = specialistIds
    ? ` AND pm.specialist_id IN (${specialistIds.map(() => '?').join(', ')})`
    : '';
  const rows: { specialist_id: string; active: number }[] = await em
    .getConnection()
    .execute(
      `SELECT pm.specialist_id, count(*) AS active FROM panel_member pm` +
        ` JOIN panel p ON p.id = pm.panel_id` +
        ` WHERE pm.status = ? AND p.closed_at IS NULL${only}` +
        ` GROUP BY pm.specialist_id`,
      [PanelMemberStatus.CONFIRMED, ...(specialistIds ?? [])],
      'all',
      em.getTransactionContext(),
    );
  return new Map(rows.map((row) => [row.specialist_id, Number(row.active)]));
}
