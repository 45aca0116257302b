import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { PriceList } from '../price-list/price-list.entity';
import { CaseLedger } from '../case-ledger/case-ledger.entity';
import { Quote } from '../quote/quote.entity';

/**
 * Seeds the demo case's quote (a board of three at price list version 1, 500000 paise) and what
 * billing knows of the case.
 * Idempotent; runs after the initial price list exists.
 * @param em - an EntityManager inside a transaction
 */
export async function seedDemo(em: EntityManager): Promise<void> {
  if (await em.findOne(Quote, { id: DEMO_IDS.quote })) return;
  const priceList = await em.findOneOrFail(PriceList, { version: 1 }, { populate: ['entries'] });
  const board = priceList.entries.getItems().find((entry) => entry.minSpecialists === 3)!;
  em.create(Quote, {
    id: DEMO_IDS.quote,
    caseId: DEMO_IDS.case,
    priceList,
    panelSize: 3,
    amount: board.amount,
    currency: priceList.currency,
    // kept payable for a long time, so the demo case can always be paid in the sandbox
    expiresAt: new Date('2027-12-31T18:29:59Z'),
  });
  // what billing learned of the demo case from PanelConfirmed: the board's names, for its invoice
  em.create(CaseLedger, {
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    specialistNames: ['Sunanda Iyer', 'Vikram Sethi', 'Ananya Ghosh'],
  });
}
