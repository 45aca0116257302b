import { caseLedgerHandlers } from '../case-ledger/case-ledger.handlers';
import { ledgerOf } from '../case-ledger/case-ledger';
import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent, EventHandlers, Logger } from '@consilium/subgraph-kit';
import { PriceList } from '../price-list/price-list.entity';
import { entryForPanelSize } from '../price-list/price-list.service';
import { Quote } from './quote.entity';

/** How long a quote stays payable before it must be renewed (days). */
export const QUOTE_VALIDITY_DAYS = Number(process.env['QUOTE_VALIDITY_DAYS'] ?? 7);

/**
 * When a panel is confirmed, fixes the case's fee from the price list in force at that moment
 * (DESIGN.md §2 step 5): 1 specialist, 2, or a board of 3+. A case already quoted keeps its quote.
 * The panel's names are kept for the invoice.
 * @param em - the consumer's transaction
 * @param event - the PanelConfirmed event
 * @param logger - for a panel size the price list does not cover
 */
export async function quoteConfirmedPanel(
  em: EntityManager,
  event: DomainEvent<'PanelConfirmed'>,
  logger: Logger,
): Promise<void> {
  if (!event.caseId) return;
  const ledger = await ledgerOf(em, event.caseId, event.patientId);
  ledger.specialistNames = (event.data.specialists ?? []).map((specialist) => specialist.name);
  if (await em.findOne(Quote, { caseId: event.caseId })) return;
  const at = new Date(event.occurredAt);
  const priceList = await em.findOne(
    PriceList,
    { effectiveFrom: { $lte: at } },
    { orderBy: { version: 'desc' }, populate: ['entries'] },
  );
  const panelSize = event.data.specialistIds.length;
  const entry = priceList && entryForPanelSize(priceList.entries.getItems(), panelSize);
  if (!priceList || !entry) {
    throw new Error(`no price for a panel of ${panelSize} at ${event.occurredAt}`);
  }
  em.create(Quote, {
    caseId: event.caseId,
    priceList,
    panelSize,
    amount: entry.amount,
    currency: priceList.currency,
    expiresAt: new Date(at.getTime() + QUOTE_VALIDITY_DAYS * 24 * 3600 * 1000),
  });
  logger.info({ caseId: event.caseId, amount: entry.amount }, 'case quoted');
}

/**
 * billing's handlers.
 * @param logger - the service logger
 * @returns the handlers
 */
export function billingHandlers(logger: Logger): EventHandlers {
  return {
    ...caseLedgerHandlers(),
    PanelConfirmed: (em, event) => quoteConfirmedPanel(em, event, logger),
  };
}
