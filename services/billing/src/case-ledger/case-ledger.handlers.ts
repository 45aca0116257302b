import { CASE_CLOSING_EVENTS, closesCase, type EventHandlers } from '@consilium/subgraph-kit';
import { ledgerOf } from './case-ledger';

/**
 * billing's view of the case workflow (see CaseLedger): the confirmed panel's names, the first
 * specialist contact and the end of the case. Events may arrive in any order; each handler fills
 * in only what its event tells.
 * @returns the handlers
 */
export function caseLedgerHandlers(): EventHandlers {
  const handlers: EventHandlers = {
    SpecialistContacted: async (em, event) => {
      if (!event.caseId) return;
      const ledger = await ledgerOf(em, event.caseId, event.patientId);
      ledger.firstContactAt ??= new Date(event.occurredAt);
    },
  };
  for (const type of CASE_CLOSING_EVENTS) {
    handlers[type] = async (em, event) => {
      if (!event.caseId || !closesCase(event)) return;
      const ledger = await ledgerOf(em, event.caseId, event.patientId);
      if (ledger.closedAt) return;
      ledger.closedAt = new Date(event.occurredAt);
      ledger.closedBy = type;
    };
  }
  return handlers;
}
