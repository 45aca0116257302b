import type { EntityManager } from '@mikro-orm/core';
import { addCaseParty } from '../auth/case-parties';
import { CasePartyKind } from '../auth/case-party.entity';
import { DEMO_IDS } from './demo-ids';

/**
 * Who may see the demo case, in every service's copy: the demo patient, the board of three
 * and the GP writing its summary (what the events of the demo case's history would have told each
 * service). Idempotent.
 * @param em - a transaction
 */
export async function seedDemoCaseParties(em: EntityManager): Promise<void> {
  await addCaseParty(em, DEMO_IDS.case, CasePartyKind.PATIENT, DEMO_IDS.patient);
  for (const specialist of DEMO_IDS.specialists.slice(0, 3)) {
    await addCaseParty(em, DEMO_IDS.case, CasePartyKind.SPECIALIST, specialist);
  }
  await addCaseParty(em, DEMO_IDS.case, CasePartyKind.GP, DEMO_IDS.gpAccount);
}
