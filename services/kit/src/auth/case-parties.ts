import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent } from '../events/domain-event';
import { CaseParty, CasePartyKind } from './case-party.entity';

/**
 * Records that someone is party to a case (idempotent).
 * @param em - the caller's transaction
 * @param caseId - the case
 * @param kind - how they relate to it
 * @param partyId - who
 */
export async function addCaseParty(
  em: EntityManager,
  caseId: string,
  kind: CasePartyKind,
  partyId: string,
): Promise<void> {
  await em.upsert(CaseParty, { caseId, kind, partyId });
}

/**
 * Keeps a service's copy of who may see a case up to date from an event, in the transaction that
 * records or consumes it: the case's patient from any event naming both; the specialists asked
 * (`PanelRequested`, `PanelConfirmed`, `SpecialistInvited`); a specialist who declines stops being a party; the GP
 * assigned to write the case summary (`GpAssigned`), who replaces any GP assigned before; a
 * partner organisation the patient's side shared the case with (`PartnerAccessGranted`), until
 * they revoke it (`PartnerAccessRevoked`); a referred patient's own record replaces the one the
 * referral made once they claim the case (`ReferralClaimed`).
 * @param em - the transaction
 * @param event - the event
 */
export async function applyCasePartiesFrom(em: EntityManager, event: DomainEvent): Promise<void> {
  if (!event.caseId) return;
  if (event.patientId) await addCaseParty(em, event.caseId, CasePartyKind.PATIENT, event.patientId);
  if (event.type === 'PanelRequested' || event.type === 'PanelConfirmed') {
    const { specialistIds } = event.data as { specialistIds: string[] };
    for (const id of specialistIds) {
      await addCaseParty(em, event.caseId, CasePartyKind.SPECIALIST, id);
    }
  }
  if (event.type === 'SpecialistInvited') {
    const { specialistId } = event.data as { specialistId: string };
    await addCaseParty(em, event.caseId, CasePartyKind.SPECIALIST, specialistId);
  }
  if (event.type === 'GpAssigned') {
    const { gpAccountId } = event.data as { gpAccountId: string };
    await em.nativeDelete(CaseParty, {
      caseId: event.caseId,
      kind: CasePartyKind.GP,
      partyId: { $ne: gpAccountId },
    });
    await addCaseParty(em, event.caseId, CasePartyKind.GP, gpAccountId);
  }
  if (event.type === 'PartnerAccessGranted') {
    const { partnerId } = event.data as { partnerId: string };
    await addCaseParty(em, event.caseId, CasePartyKind.PARTNER, partnerId);
  }
  if (event.type === 'PartnerAccessRevoked') {
    const { partnerId } = event.data as { partnerId: string };
    await em.nativeDelete(CaseParty, {
      caseId: event.caseId,
      kind: CasePartyKind.PARTNER,
      partyId: partnerId,
    });
  }
  if (event.type === 'ReferralClaimed') {
    const { previousPatientId } = event.data as { previousPatientId: string };
    await em.nativeDelete(CaseParty, {
      caseId: event.caseId,
      kind: CasePartyKind.PATIENT,
      partyId: previousPatientId,
    });
  }
  if (event.type === 'SpecialistDeclined') {
    const { specialistId } = event.data as { specialistId: string };
    await em.nativeDelete(CaseParty, {
      caseId: event.caseId,
      kind: CasePartyKind.SPECIALIST,
      partyId: specialistId,
    });
  }
}

/**
 * The case's patient as this service learned it, for the events it records.
 * @param em - an EntityManager
 * @param caseId - the case
 * @returns the patient id, or null when not known here
 */
export async function casePatientOf(em: EntityManager, caseId: string): Promise<string | null> {
  const party = await em.findOne(CaseParty, { caseId, kind: CasePartyKind.PATIENT });
  return party?.partyId ?? null;
}
