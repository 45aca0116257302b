import {
  applyCasePartiesFrom,
  InboxEntry,
  recordEvent,
  type DomainEvent,
  type Logger,
} from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { applyToCase } from '../case-stage/case-stage.handlers';
import { Case } from '../case/case.entity';
import { CaseReferral } from '../referral/case-referral.entity';
import { PartnerShare } from './partner-share.entity';

/** The inbox name patient-intake consumes events under, so its own events are not applied twice. */
const CONSUMER = 'patient-intake';

/**
 * On an erasure (issue 7), partners stop seeing the erased cases (issue 10): every share in force
 * is revoked with a PartnerAccessRevoked event (no person acted), which every service applies,
 * and a referral keeps only its ids (idempotency key, case) — the reason for the referral and
 * where the invitation went are blanked.
 * @param em - the consumer's transaction
 * @param event - the ErasureCompleted event (one case, or the patient's every case)
 * @param logger - for refused stage changes (a revocation never changes the stage)
 */
export async function endPartnerSharingOnErasure(
  em: EntityManager,
  event: DomainEvent<'ErasureCompleted'>,
  logger: Logger,
): Promise<void> {
  if (!event.patientId) return;
  const cases = event.caseId
    ? await em.find(Case, { id: event.caseId })
    : await em.find(Case, { patient: event.patientId });
  const caseIds = cases.map((found) => found.id);
  if (caseIds.length === 0) return;
  const shares = await em.find(PartnerShare, { caseId: { $in: caseIds }, revokedAt: null });
  for (const share of shares) {
    share.revokedAt = new Date(event.occurredAt);
    const revoked = recordEvent(em, {
      type: 'PartnerAccessRevoked',
      caseId: share.caseId,
      patientId: event.patientId,
      actor: { accountId: null, actingForPatientId: null },
      data: { partnerId: share.partnerId },
    });
    await applyCasePartiesFrom(em, revoked);
    await applyToCase(em, revoked, logger);
    em.persist(
      em.create(InboxEntry, { consumer: CONSUMER, eventId: revoked.id, type: revoked.type }),
    );
  }
  await em.nativeUpdate(
    CaseReferral,
    { caseId: { $in: caseIds } },
    { referralNote: '', invitationSentTo: '' },
  );
  await em.flush();
}
