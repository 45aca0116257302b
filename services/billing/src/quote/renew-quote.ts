import { AuditOperation, ConflictError, currentTime, parseId } from '@consilium/subgraph-kit';
import { authorizeMoney } from '../access/payer-access';
import type { Context } from '../context.type';
import { activatingPayment } from '../refund/refund-request.service';
import { CaseLedger } from '../case-ledger/case-ledger.entity';
import { PriceList } from '../price-list/price-list.entity';
import { entryForPanelSize } from '../price-list/price-list.service';
import { QUOTE_VALIDITY_DAYS } from './quote.handlers';
import { Quote } from './quote.entity';

/**
 * Renews an expired quote at the price list in force now, for another QUOTE_VALIDITY_DAYS (the
 * patient sees the new fee before paying); a checkout opened after it is for the new amount.
 * @param ctx - the request; the case's patient or their proxy
 * @param caseId - the case
 * @returns the renewed quote
 * @throws CONFLICT when the quote has not expired, the case is paid or has ended
 */
export async function renewQuote(ctx: Context, caseId: string): Promise<Quote> {
  const id = parseId(caseId, 'caseId');
  await authorizeMoney(ctx, id, 'PAYER', ['quote'], AuditOperation.UPDATE);
  const now = currentTime();
  const renewed = await ctx.em.fork().transactional(async (em) => {
    const quote = await em.findOne(Quote, { caseId: id });
    if (!quote) throw new ConflictError('This case has no fee yet.');
    if (quote.expiresAt > now)
      throw new ConflictError('The quote is still valid; pay it as it is.');
    if (await activatingPayment(em, id)) throw new ConflictError('This case is already paid for.');
    if ((await em.findOne(CaseLedger, { caseId: id }))?.closedAt) {
      throw new ConflictError('This case has ended.');
    }
    const priceList = await em.findOneOrFail(
      PriceList,
      { effectiveFrom: { $lte: now } },
      { orderBy: { version: 'desc' }, populate: ['entries'] },
    );
    const entry = entryForPanelSize(priceList.entries.getItems(), quote.panelSize);
    if (!entry) throw new ConflictError('The price list has no fee for this panel size.');
    quote.priceList = em.getReference(PriceList, priceList.id) as never;
    quote.amount = entry.amount;
    quote.currency = priceList.currency;
    quote.expiresAt = new Date(now.getTime() + QUOTE_VALIDITY_DAYS * 86_400_000);
    return quote;
  });
  return ctx.em.findOneOrFail(Quote, { id: renewed.id });
}
