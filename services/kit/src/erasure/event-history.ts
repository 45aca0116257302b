import { OutboxEvent } from '../events/outbox-event.entity';
import { ReceivedDeadLetter } from '../events/received-dead-letter.entity';
import type { ErasureScope } from './erasure-participant';

/**
 * Forgets the stored copies of events about erased cases: events may carry clinical text (the
 * patient's questions travel with `CaseSubmitted`), so the outbox rows already published (or
 * given up on) and the received events that failed are deleted. Events still to be published
 * (the erasure's own) stay; the case's timeline keeps the history without content.
 * @param scope - the erasure (its transaction and the patient's cases)
 * @returns how many stored events were deleted
 */
export async function forgetCaseEvents(scope: ErasureScope): Promise<number> {
  const { em, caseIds } = scope;
  if (caseIds.length === 0) return 0;
  const sent = await em.nativeDelete(OutboxEvent, {
    caseId: { $in: caseIds },
    $or: [{ publishedAt: { $ne: null } }, { deadAt: { $ne: null } }],
  });
  const failed = await em.nativeDelete(ReceivedDeadLetter, { caseId: { $in: caseIds } });
  return sent + failed;
}
