import {
  periodicWorker,
  recordEvent,
  type PeriodicOptions,
  type ServiceWorker,
} from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { CaseSummary } from './case-summary.entity';
import { CaseSummaryStatus } from './case-summary-status.enum';

/**
 * Marks every case summary that is past its due time and still a draft as breached, once: sets
 * `breachedAt` (only where it is still unset, so two replicas never both mark one) and publishes
 * `CaseSummaryOverdue` in the same transaction. Summaries of closed cases (reported, refunded,
 * withdrawn, erased) are left alone.
 * @param orm - records' ORM
 * @param now - the time to judge at
 * @returns how many were marked
 */
export async function markOverdueCaseSummaries(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const due = await em.find(
      CaseSummary,
      { status: CaseSummaryStatus.DRAFT, breachedAt: null, dueAt: { $lte: now } },
      { orderBy: { dueAt: 'asc' } },
    );
    if (due.length === 0) return 0;
    const closed = new Set(
      (
        await em.find(CaseProgress, {
          caseId: { $in: due.map((summary) => summary.caseId) },
          closedAt: { $ne: null },
        })
      ).map((progress) => progress.caseId),
    );
    let marked = 0;
    for (const summary of due) {
      if (closed.has(summary.caseId)) continue;
      const updated = await em.nativeUpdate(
        CaseSummary,
        { id: summary.id, breachedAt: null, status: CaseSummaryStatus.DRAFT },
        { breachedAt: now },
      );
      if (updated !== 1) continue;
      recordEvent(em, {
        type: 'CaseSummaryOverdue',
        caseId: summary.caseId,
        patientId: summary.patientId,
        data: {
          summaryId: summary.id,
          gpAccountId: summary.gpAccountId,
          dueAt: summary.dueAt!.toISOString(),
        },
      });
      marked += 1;
    }
    return marked;
  });
}

/**
 * The worker that watches the GP summaries' due times (DESIGN.md journey step 8: within 24–48 h
 * of consent): looks once at start, then every `intervalMs`, and marks breaches with
 * markOverdueCaseSummaries.
 * @param options - the clock and the interval
 * @returns a worker for `defineService`'s `workers`
 */
export function caseSummaryBreachWatch(options: PeriodicOptions = {}): ServiceWorker {
  return periodicWorker('case summaries marked overdue', markOverdueCaseSummaries, options);
}
