import type { EntityManager } from '@mikro-orm/core';
import { CaseLedger } from '../case-ledger/case-ledger.entity';
import type { PaymentOrder } from '../payment/payment-order.entity';
import type { Payment } from '../payment/payment.entity';
import { entryForPanelSize } from '../price-list/price-list.service';
import { Quote } from '../quote/quote.entity';
import { Invoice } from './invoice.entity';
import { financialYearOf, invoiceNumber, nextInvoiceSequence } from './invoice-number';

/**
 * Issues the invoice of a payment that activated its case, in the transaction that records the
 * capture: the next number of the financial year, and a copy of everything it prints (who paid,
 * the panel, the fee line, inclusions and exclusions of the quote's price list, the payment
 * reference), so later changes elsewhere never alter it.
 * @param em - the capture's transaction
 * @param payment - the captured payment
 * @param order - its order
 * @returns the invoice
 */
export async function issueInvoice(
  em: EntityManager,
  payment: Payment,
  order: PaymentOrder,
): Promise<Invoice> {
  const quote = await em.findOneOrFail(
    Quote,
    { id: order.quote.id },
    { populate: ['priceList', 'priceList.entries'] },
  );
  const priceList = quote.priceList.getEntity();
  const entry = entryForPanelSize(priceList.entries.getItems(), quote.panelSize);
  const ledger = await em.findOne(CaseLedger, { caseId: order.caseId });
  const issuedAt = payment.capturedAt ?? new Date();
  const financialYear = financialYearOf(issuedAt);
  const sequence = await nextInvoiceSequence(em, financialYear);
  return em.create(Invoice, {
    number: invoiceNumber(financialYear, sequence),
    financialYear,
    sequence,
    caseId: order.caseId,
    payment,
    billedTo: order.billingName,
    specialistNames: ledger?.specialistNames ?? [],
    description: `Expert second opinion: ${entry?.label ?? `${quote.panelSize} specialists`}`,
    amount: payment.amount,
    currency: payment.currency,
    includes: [...priceList.includes],
    excludes: [...priceList.excludes],
    priceListVersion: priceList.version,
    paymentReference: payment.providerPaymentId,
    paymentMethod: payment.method,
    issuedAt,
  });
}
